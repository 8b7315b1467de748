/**
 * Reminders of the municipal round trip, for core/reminders' `reconcile`
 * (each id fires once, ever; quiet hours, snooze, sealed state and the generic
 * text of a shared terminal are the reminders' own):
 *
 * - `case-status`: a case the municipality marked 要補正, 承認 or 却下 (from the
 *   signed statuses the case file keeps). The id names the case, the status and
 *   the moment of that event, so a second correction round fires again and a
 *   re-fetched status does not. True while it is the case's latest status.
 * - `municipal-notice`: a notice of the kept feed that concerns the household
 *   (filtered on the device by `noticesFor`), while it is current: its day has
 *   not passed (a rule change: for 60 days after it takes effect).
 *
 * Pure.
 */
import { addDays, compare, japanDateOf, type CivilDate } from '../dates/civil-date';
import type { Household } from '../household/schema';
import { noticesFor, type Notice } from '../records/notices';
import type { Reminder } from '../reminders/reminders';
import { feedOf, latestStatus, openOffers, type CaseFileState } from './casefile';

const DECIDED = new Set(['needs-correction', 'approved', 'rejected'] as const);
type Decided = 'needs-correction' | 'approved' | 'rejected';

export function caseReminders(state: CaseFileState): Reminder[] {
  const out: Reminder[] = [];
  for (const receiptId of new Set(state.statuses.map((s) => s.receiptId))) {
    const last = latestStatus(state, receiptId);
    if (!last) continue;
    const c = last.status.case;
    if (!DECIDED.has(c.status as Decided)) continue;
    const event = c.history.filter((e) => e.status === c.status).at(-1);
    const at = event?.at ?? last.issuedAt;
    out.push({
      id: `case:${receiptId}:${c.status}:${at}`,
      kind: 'case-status',
      since: japanDateOf(Date.parse(at)),
      case: { receiptNumber: c.receiptNumber, procedure: c.procedure, status: c.status as Decided },
    });
  }
  return out;
}

/** `municipal-offer`: each open offer, once (its id names the offer). */
export function offerReminders(state: CaseFileState): Reminder[] {
  return openOffers(state).map((o) => ({
    id: `offer:${o.offerId}`,
    kind: 'municipal-offer' as const,
    since: japanDateOf(Date.parse(o.offer.issuedAt)),
    offer: {
      offerId: o.offerId,
      procedure: o.offer.procedure,
      child: `${o.offer.child.familyName} ${o.offer.child.givenName}`,
    },
  }));
}

/** Whether a notice is still worth telling on `on`. */
export function isCurrentNotice(n: Notice, on: CivilDate): boolean {
  const day = n.date as CivilDate;
  return compare(n.kind === 'rule-change' ? addDays(day, 60) : day, on) >= 0;
}

/** The kept feed's notices for this household that are current on `on`. */
export function currentNotices(state: CaseFileState, household: Household, on: CivilDate): Notice[] {
  const feed = feedOf(state, household.municipalityCode);
  return feed ? noticesFor(feed, household).filter((n) => isCurrentNotice(n, on)) : [];
}

export function noticeReminders(state: CaseFileState, household: Household, on: CivilDate): Reminder[] {
  return currentNotices(state, household, on).map((n) => ({
    id: `municipal-notice:${household.municipalityCode}:${n.id}`,
    kind: 'municipal-notice' as const,
    since: on,
    municipalNotice: { id: n.id, kind: n.kind, title: n.title, date: n.date },
  }));
}
