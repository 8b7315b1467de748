/**
 * The journey: every item a household meets, with window, deadline, status and why.
 * Format `nonstop-journey/1` is a public contract: extend it, never break it.
 */
import { compare, type CivilDate } from '../dates/civil-date';
import { formatWareki } from '../dates/wareki';
import { allowanceClaimant, childDisplayName, type Child, type Household } from '../household/schema';
import { birthRegistrationDeadline, childAllowanceFifteenDayDeadline } from './rules';

export const JOURNEY_FORMAT = 'nonstop-journey/1';

export type ItemStatus = 'done' | 'due' | 'upcoming' | 'overdue' | 'missed' | 'not-applicable';

export interface Why {
  rule: string;
  facts: string[];
  legalBasis: string;
  source: string;
}

export interface JourneyItem {
  id: string;
  child: string | null;
  title: { ja: string; en: string };
  kind: 'procedure' | 'benefit';
  status: ItemStatus;
  opens: CivilDate | null;
  due: CivilDate | null;
  closes: CivilDate | null;
  doneOn: CivilDate | null;
  filedAt: 'municipality' | 'employer';
  online: boolean;
  /** Procedure ids the app can prefill and submit. */
  applyOnline: boolean;
  monthlyAmountYen: number | null;
  why: Why;
}

export interface Journey {
  format: typeof JOURNEY_FORMAT;
  on: CivilDate;
  items: JourneyItem[];
}

interface Window {
  opens: CivilDate | null;
  due: CivilDate | null;
  closes: CivilDate | null;
}

/** Status from the window, the completion and the date (issue #3's status rules). */
export function statusOn(on: CivilDate, w: Window, doneOn: CivilDate | null): ItemStatus {
  if (doneOn) return 'done';
  if (w.opens && compare(on, w.opens) < 0) return 'upcoming';
  if (w.closes && compare(on, w.closes) > 0) return 'missed';
  if (w.due && compare(on, w.due) > 0) return 'overdue';
  return 'due';
}

function completion(h: Household, item: string, child: string | null): CivilDate | null {
  return h.completed.find((c) => c.item === item && (c.child ?? null) === child)?.on ?? null;
}

function birthRegistration(h: Household, c: Child, on: CivilDate): JourneyItem {
  const doneOn = completion(h, 'birth-registration', c.id);
  const birth = c.birthDate ?? null;
  const w: Window = birth
    ? { opens: birth, due: birthRegistrationDeadline(birth), closes: null }
    : { opens: null, due: null, closes: null };
  return {
    id: 'birth-registration',
    child: c.id,
    title: { ja: '出生届', en: 'Birth registration' },
    kind: 'procedure',
    status: birth ? statusOn(on, w, doneOn) : 'upcoming',
    ...w,
    doneOn,
    filedAt: 'municipality',
    online: true,
    applyOnline: false,
    monthlyAmountYen: null,
    why: {
      rule: '生まれた日を1日目として14日以内に届け出ます。最終日が土日祝・年末年始（12/29〜1/3）なら次の開庁日まで延びます。期限を過ぎても届出の義務は残ります。',
      facts: birth
        ? [
            `出生日 ${formatWareki(birth)}（${childDisplayName(c)}）`,
            `期限 ${formatWareki(w.due as CivilDate)}`,
          ]
        : [`出産予定日 ${c.expectedBirthDate}: 生まれた日から期限が決まります`],
      legalBasis: '戸籍法49条・43条、地方自治法4条の2',
      source: 'https://laws.e-gov.go.jp/law/322AC0000000224',
    },
  };
}

function childAllowanceApplication(h: Household, c: Child, on: CivilDate): JourneyItem {
  const doneOn = completion(h, 'child-allowance-application', c.id);
  const birth = c.birthDate ?? null;
  const claimant = allowanceClaimant(h);
  const civilServant = claimant.employment === 'civil-servant';
  const w: Window = birth
    ? { opens: birth, due: childAllowanceFifteenDayDeadline(birth), closes: null }
    : { opens: null, due: null, closes: null };
  const facts = birth
    ? [`出生日 ${formatWareki(birth)}`, `15日目 ${formatWareki(w.due as CivilDate)}`]
    : [`出産予定日 ${c.expectedBirthDate}: 生まれた日の翌日から15日以内に請求します`];
  facts.push(
    `請求者 ${claimant.familyName} ${claimant.givenName}${civilServant ? '（公務員: 勤務先へ請求）' : ''}`,
  );
  return {
    id: 'child-allowance-application',
    child: c.id,
    title: { ja: '児童手当 認定請求', en: 'Child allowance application' },
    kind: 'benefit',
    status: birth ? statusOn(on, w, doneOn) : 'upcoming',
    ...w,
    doneOn,
    filedAt: civilServant ? 'employer' : 'municipality',
    online: !civilServant,
    applyOnline: !civilServant && birth !== null,
    // Under 3: ¥15,000 a month (2024-10 reform); the birth-order rate comes with issue #3.
    monthlyAmountYen: 15_000,
    why: {
      rule: '生まれた月のうち、または生まれた日の翌日から15日以内（最終日が閉庁日なら次の開庁日まで）に請求すると、生まれた月の翌月分から支給されます。遅れると、その月の分は受け取れません（さかのぼりなし）。',
      facts,
      legalBasis: civilServant ? '児童手当法7条・8条③・17条' : '児童手当法7条・8条③',
      source:
        'https://www.city.edogawa.tokyo.jp/e049/qa/kosodate/kosodate/teate/teate007.html ; http://www.city.kizugawa.lg.jp/index.cfm/7,25204,33,148,html',
    },
  };
}

function pregnancyNotification(h: Household, c: Child, on: CivilDate): JourneyItem {
  const doneOn = completion(h, 'pregnancy-notification', c.id);
  const w: Window = { opens: null, due: null, closes: c.expectedBirthDate ?? null };
  return {
    id: 'pregnancy-notification',
    child: c.id,
    title: { ja: '妊娠届出・母子健康手帳', en: 'Pregnancy notification and maternal handbook' },
    kind: 'procedure',
    status: statusOn(on, w, doneOn),
    ...w,
    doneOn,
    filedAt: 'municipality',
    online: true,
    applyOnline: false,
    monthlyAmountYen: null,
    why: {
      rule: '妊娠がわかったら「速やかに」住んでいる市区町村に届け出て、母子健康手帳を受け取ります（妊娠11週までが目安）。',
      facts: [`出産予定日 ${formatWareki(c.expectedBirthDate as CivilDate)}`],
      legalBasis: '母子保健法15条・16条',
      source: 'https://laws.e-gov.go.jp/law/340AC0000000141',
    },
  };
}

export function computeJourney(h: Household, on: CivilDate): Journey {
  const items: JourneyItem[] = [];
  for (const c of h.children) {
    if (c.expectedBirthDate && !c.birthDate) items.push(pregnancyNotification(h, c, on));
    items.push(birthRegistration(h, c, on), childAllowanceApplication(h, c, on));
  }
  return { format: JOURNEY_FORMAT, on, items };
}
