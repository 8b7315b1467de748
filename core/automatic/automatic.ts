/**
 * What the municipality does without any application (issue 20: 申請主義の
 * 見直し), shown as automatic so nobody files what needs no filing — with
 * what the family will receive and when, read from the journey's own dates:
 *
 * - 乳児家庭全戸訪問 (児童福祉法6条の3第4項): every family with a baby up to 4
 *   months is visited; the 出生連絡票 only brings the date forward. Shown
 *   while the journey's home-visit item is open (until its last day).
 * - 予診票 for routine vaccinations (予防接種法): the municipality mails them
 *   (a 接種券・予診票 set) before the first routine dose at 2 months; nothing to
 *   ask for. Shown from the birth until 60 days after the child's first
 *   routine vaccination window opens.
 * - 児童手当 現況届: not needed in principle since 2022-06; required only in
 *   listed cases (DV-displaced, separated during divorce talks, a child without
 *   戸籍 or 住民票, a corporate guardian or a facility; and whoever the
 *   municipality writes to). Shown while the household has a 児童手当 item.
 *
 * Pure: takes the computed journey.
 */
import { addDays, compare, type CivilDate } from '../dates/civil-date';
import type { JourneyItem } from '../journey/frame';

export type AutomaticKind = 'home-visit' | 'vaccination-forms' | 'allowance-status-report';

export interface AutomaticEntry {
  kind: AutomaticKind;
  /** the child it concerns (null: the household) */
  child: string | null;
  /** when it happens by (the visit), or from when (the first dose the forms are for) */
  date: CivilDate | null;
}

const HOME_VISIT = 'newborn-home-visit';
const CHILD_ALLOWANCE = 'child-allowance-application';
/** how long after the first routine window opens the "予診票が届きます" line stays */
const FORMS_SHOWN_DAYS = 60;

export function automaticEntries(items: readonly JourneyItem[], today: CivilDate): AutomaticEntry[] {
  const out: AutomaticEntry[] = [];
  for (const i of items)
    if (
      i.id === HOME_VISIT &&
      i.child &&
      !i.doneOn &&
      !i.estimated &&
      i.closes &&
      compare(i.closes, today) >= 0
    )
      out.push({ kind: 'home-visit', child: i.child, date: i.closes });
  const firstDose = new Map<string, CivilDate>();
  for (const i of items) {
    // the standard period where there is one (BCG's routine window opens at birth, its standard period at 5 months;
    // the first standard doses are at 生後2月)
    const from = i.recommended?.from ?? i.opens;
    if (i.kind !== 'vaccination' || !i.child || !from || i.estimated) continue;
    const known = firstDose.get(i.child);
    if (!known || compare(from, known) < 0) firstDose.set(i.child, from);
  }
  for (const [child, opens] of firstDose)
    if (compare(today, addDays(opens, FORMS_SHOWN_DAYS)) <= 0)
      out.push({ kind: 'vaccination-forms', child, date: opens });
  if (items.some((i) => i.id === CHILD_ALLOWANCE))
    out.push({ kind: 'allowance-status-report', child: null, date: null });
  return out;
}
