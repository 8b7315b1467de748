/**
 * The journey: every item a household meets from pregnancy to school entry,
 * with window, deadline, status and why, computed from the catalog (data) and
 * a few named rules. Format `nonstop-journey/1` is a public contract: extend
 * it, never break it.
 */
import { dayEndOfSchoolYearOfAge } from '../dates/age';
import {
  addDays,
  compare,
  dayNumber,
  fromDayNumber,
  fromParts,
  parts,
  ymdOfDay,
  type CivilDate,
} from '../dates/civil-date';
import { addCalendarMonths, addCalendarMonthsToDay, dayMonthsReached } from '../dates/offsets';
import { formatWareki, formatWarekiDay } from '../dates/wareki';
import {
  allowanceChildren,
  childAllowanceSummary,
  firstMonthlyAmount,
  MONTHLY_UNDER_3,
  type AllowanceChild,
  type ChildAllowanceSummary,
} from '../benefits/child-allowance';
import { catalog, knownItemIds } from '../catalog/catalog';
import { municipalityName } from '../municipalities';
import { NATIONAL_DEFAULTS, type MunicipalOverlay } from '../catalog/municipalities/overlay';
import type { ServiceDefinition } from '../catalog/schema';
import { allowanceClaimant, type Child, type Guardian, type Household } from '../household/schema';
import {
  compiledCatalog,
  ruleDay,
  schoolEntryDay,
  type CompiledCatalog,
  type Cond,
  type DosePlan,
  type ServicePlan,
  type VaccinePlan,
} from './plan';

export const JOURNEY_FORMAT = 'nonstop-journey/1';

export type ItemStatus = 'done' | 'due' | 'upcoming' | 'overdue' | 'missed' | 'not-applicable';

export interface Why {
  rule: string;
  facts: string[];
  legalBasis: string;
  source: string;
  /** For a not-applicable item: what would make it apply. */
  appliesWhen?: string;
  unverified?: string;
}

export interface Window {
  opens: CivilDate | null;
  due: CivilDate | null;
  closes: CivilDate | null;
}

export interface JourneyItem extends Window {
  id: string;
  child: string | null;
  guardian?: string;
  title: { ja: string; en: string };
  kind: ServiceDefinition['kind'];
  group: ServiceDefinition['group'];
  status: ItemStatus;
  doneOn: CivilDate | null;
  filedAt: ServiceDefinition['filedAt'];
  online: boolean;
  /** Procedures the app can prefill and submit. */
  applyOnline: boolean;
  monthlyAmountYen: number | null;
  amount: { yen: number; per: 'once' | 'month' | 'fetus' | 'day' } | null;
  /** Before the birth: the window if the baby arrives on the expected date. */
  estimated?: Window;
  documents: string[];
  why: Why;
}

export interface Journey {
  format: typeof JOURNEY_FORMAT;
  on: CivilDate;
  municipality: { code: string; name: string | null; overlay: boolean };
  notices: string[];
  items: JourneyItem[];
  childAllowance: ChildAllowanceSummary;
}

/** Status from the window, the completion and the date. */
export function statusOn(on: CivilDate, w: Window, doneOn: CivilDate | null): ItemStatus {
  const day = (d: CivilDate | null) => (d === null ? null : dayNumber(d));
  return statusOnDay(dayNumber(on), day(w.opens), day(w.due), day(w.closes), doneOn);
}

/** {@link statusOn} on day numbers (null: no such date). */
function statusOnDay(
  on: number,
  opens: number | null,
  due: number | null,
  closes: number | null,
  doneOn: CivilDate | null,
): ItemStatus {
  if (doneOn) return 'done';
  if (opens !== null && on < opens) return 'upcoming';
  if (closes !== null && on > closes) return 'missed';
  if (due !== null && on > due) return 'overdue';
  return 'due';
}

/** The given strings without the nulls, in an array of exactly that size (no growth on push: ≈850,000 of these per benchmark run). */
function listOf(a: string | null, b: string | null, c: string | null): string[] {
  if (a === null) return b === null ? (c === null ? [] : [c]) : c === null ? [b] : [b, c];
  return b === null ? (c === null ? [a] : [a, c]) : c === null ? [a, b] : [a, b, c];
}

const iso = (n: number | null): CivilDate | null => (n === null ? null : fromDayNumber(n));

interface Context {
  h: Household;
  guardians: readonly Guardian[];
  singleParent: boolean;
  privateOffers: readonly string[];
  on: CivilDate;
  onDay: number;
  overlay: MunicipalOverlay | undefined;
  /** Worked out once per journey, on first use. */
  born: AllowanceChild[] | undefined;
  otherRounds: string | undefined;
  claimant: { civilServant: boolean; fact: string } | undefined;
}

/** One child as the engine sees it: its dates as day numbers, its completions by item slot. */
interface ChildFrame {
  child: Child;
  id: string;
  birth: number | null;
  expected: number | null;
  /** The birth date, else the expected one, else ''. */
  birthOrExpected: string;
  birthWeightGrams: number | null;
  disability: boolean;
  pentavalentRota: boolean;
  /** 出生日 … or 出産予定日 …, the first fact of every item. */
  dateFact: string | null;
  /** Completion dates by item slot (null: none recorded for this child). */
  done: (CivilDate | null)[] | null;
  /** A guardian's own records, `item:guardian`. */
  byGuardian: Map<string, CivilDate> | null;
}

function conditionHolds(c: Cond, ctx: Context, f: ChildFrame): boolean {
  switch (c.when) {
    case 'unborn':
      return f.birth === null;
    case 'born':
      return f.birth !== null;
    case 'born-on-or-after':
      return f.birthOrExpected >= c.date;
    case 'guardian-insurance':
      for (const g of ctx.guardians)
        if (g.insurance === c.insurance && (c.relationship === 'any' || g.relationship === c.relationship))
          return true;
      return false;
    case 'guardian-employed-as-employee':
      for (const g of ctx.guardians) if (g.employment === 'employee') return true;
      return false;
    case 'birth-weight-under':
      return f.birthWeightGrams !== null && f.birthWeightGrams < c.grams;
    case 'single-parent':
      return ctx.singleParent;
    case 'disability':
      return f.disability;
    case 'opted-in':
      return ctx.privateOffers.includes(c.offer);
  }
}

function firstFailing(p: ServicePlan, ctx: Context, f: ChildFrame): Cond | undefined {
  for (const c of p.conditions) if (!conditionHolds(c, ctx, f)) return c;
  return undefined;
}

/** The day a service opens for a birth (or expected birth) on day `anchor`, after its programme starts. */
function opensDay(p: ServicePlan, anchor: number): number | null {
  if (!p.opens) return null;
  const opens = ruleDay(p.opens, anchor);
  return p.notBefore !== null && p.notBefore > opens ? p.notBefore : opens;
}

function baseItem(p: ServicePlan, f: ChildFrame, ctx: Context): JourneyItem {
  const { birth, expected } = f;
  let opens: number | null = null;
  let due: number | null = null;
  let closes: number | null = null;
  // Before the birth, pregnancy items run on the expected date; others show only an opening that
  // anchors on it (e.g. 42 days before), and their end as if the baby came on that day.
  const at = birth ?? (p.pregnancy ? expected : null);
  if (at !== null) {
    opens = opensDay(p, at);
    due = p.due && ruleDay(p.due, at);
    closes = p.closes && ruleDay(p.closes, at);
  } else if (expected !== null && p.opensOnExpected) {
    opens = opensDay(p, expected);
    closes = p.closes && ruleDay(p.closes, expected);
  }
  const doneOn = doneAt(f, p.index);
  const withoutDates = birth === null && !p.pregnancy && !(expected !== null && p.opensOnExpected);
  const facts = listOf(
    f.dateFact,
    due === null ? null : `期限 ${formatWarekiDay(due)}`,
    closes === null ? null : `終了 ${formatWarekiDay(closes)}`,
  );
  const why: Why = { rule: p.rule, facts, legalBasis: p.legalBasis, source: p.source };
  if (p.unverified !== null) why.unverified = p.unverified;
  const item: JourneyItem = {
    id: p.id,
    child: f.id,
    title: p.title,
    kind: p.kind,
    group: p.group,
    status: withoutDates
      ? doneOn
        ? 'done'
        : 'upcoming'
      : statusOnDay(ctx.onDay, opens, due, closes, doneOn),
    opens: iso(opens),
    due: iso(due),
    closes: iso(closes),
    doneOn,
    filedAt: p.filedAt,
    online: p.online,
    applyOnline: false,
    monthlyAmountYen: p.monthlyAmountYen,
    amount: p.amount,
    documents: p.documents,
    why,
  };
  if (withoutDates && expected !== null)
    item.estimated = {
      opens: iso(opensDay(p, expected)),
      due: iso(p.due && ruleDay(p.due, expected)),
      closes: iso(p.closes && ruleDay(p.closes, expected)),
    };
  return item;
}

function notApplicable(p: ServicePlan, f: ChildFrame, reason: string): JourneyItem {
  return {
    id: p.id,
    child: f.id,
    title: p.title,
    kind: p.kind,
    group: p.group,
    status: 'not-applicable',
    opens: null,
    due: null,
    closes: null,
    doneOn: null,
    filedAt: p.filedAt,
    online: p.online,
    applyOnline: false,
    monthlyAmountYen: null,
    amount: p.amount,
    documents: p.documents,
    why: {
      rule: p.rule,
      facts: [reason],
      legalBasis: p.legalBasis,
      source: p.source,
      appliesWhen: p.appliesWhen,
    },
  };
}

// ---- named adjustments: the few services whose rule needs household facts beyond dates.
// Each receives the item just built for this journey (its own objects) and amends it in place.

type Adjust = (item: JourneyItem, f: ChildFrame, ctx: Context) => void;

/** The next monthly admission round open on `on`: its deadline and the month it admits for. */
export function nextMonthlyRound(on: CivilDate, deadlineDay: number): string {
  const { year, month, day } = parts(on);
  const first =
    day <= deadlineDay
      ? fromParts(year, month, deadlineDay)
      : addCalendarMonths(fromParts(year, month, deadlineDay), 1);
  const admits = addCalendarMonths(first, 1);
  return `${formatWareki(first)}締切・${parts(admits).month}月入所`;
}

/** Twins and more: another child with the same birth (or expected) date. */
function multipleBirth(h: Household, child: Child): boolean {
  const day = child.birthDate ?? child.expectedBirthDate;
  for (const c of h.children) if (c !== child && (c.birthDate ?? c.expectedBirthDate) === day) return true;
  return false;
}

// The few monthly amounts there are, each formatted once (Intl formatting costs more than the rest of the item).
const YEN = new Intl.NumberFormat('ja-JP');
const yenText = new Map<number, string>();
const monthlyFact = (n: number): string => {
  let text = yenText.get(n);
  if (text === undefined) yenText.set(n, (text = `月額 ${YEN.format(n)}円`));
  return text;
};

/** The claimant of 児童手当 and the fact naming them (once per journey). */
function claimantOf(h: Household): { civilServant: boolean; fact: string } {
  const claimant = allowanceClaimant(h);
  const civilServant = claimant.employment === 'civil-servant';
  return {
    civilServant,
    fact: `請求者 ${claimant.familyName} ${claimant.givenName}${civilServant ? '（公務員: 勤務先へ請求）' : ''}`,
  };
}

type SubsidyPeriod = MunicipalOverlay['medicalSubsidy']['periods'][number];

// Text made only from catalog data is made once per catalog object (it never changes while that object lives).
const periodText = new WeakMap<SubsidyPeriod, readonly string[]>();

function periodFacts(period: SubsidyPeriod): readonly string[] {
  let facts = periodText.get(period);
  if (!facts)
    periodText.set(
      period,
      (facts = [
        `対象: ${period.schoolYearEndOfAge}歳年度末まで`,
        `自己負担: ${period.copay}`,
        `所得制限: ${period.incomeLimit ?? 'なし'}`,
      ]),
    );
  return facts;
}

type NurseryRules = MunicipalOverlay['nursery'];
interface AprilRound {
  opens: CivilDate;
  closes: CivilDate;
  target: string;
  period: string;
}
const roundText = new WeakMap<NurseryRules, Map<number, AprilRound>>();

/** The application round for April admission in `aprilYear` (held the autumn before). */
function aprilRound(nursery: NurseryRules, aprilYear: number): AprilRound {
  let byYear = roundText.get(nursery);
  if (!byYear) roundText.set(nursery, (byYear = new Map()));
  let round = byYear.get(aprilYear);
  if (!round) {
    const opens = `${aprilYear - 1}-${nursery.aprilRound.opens}` as CivilDate;
    const closes = `${aprilYear - 1}-${nursery.aprilRound.closes}` as CivilDate;
    round = {
      opens,
      closes,
      target: `対象の4月入所: ${aprilYear}年4月（生後57日から入所できる施設が多い）`,
      period: `申込期間 ${formatWareki(opens)}〜${formatWareki(closes)}`,
    };
    byYear.set(aprilYear, round);
  }
  return round;
}

const adjustments: Readonly<Record<string, Adjust>> = {
  // 健保法102条: from 42 days before the birth, 98 for a multiple birth.
  'maternity-allowance': (item, f, ctx) => {
    if (!multipleBirth(ctx.h, f.child)) return;
    item.why.facts.push('多胎妊娠: 産前98日から');
    if (f.birth !== null) {
      item.opens = fromDayNumber(f.birth - 98);
      item.status = statusOn(ctx.on, item, item.doneOn);
      return;
    }
    const opens = f.expected === null ? null : fromDayNumber(f.expected - 98);
    if (item.estimated) item.estimated.opens = opens;
    if (item.opens) {
      // Before the birth the window anchors on the expected date: 98 days before it opens it earlier.
      item.opens = opens;
      if (item.status !== 'done') item.status = statusOn(ctx.on, item, item.doneOn);
    }
  },
  // 被扶養者 within 5 days via the employer (健保則38条), or 国保 within 14 days at the municipality.
  'child-health-insurance': (item, f, ctx) => {
    let employeeInsured = false;
    for (const g of ctx.guardians)
      if (g.insurance === 'employee' || g.insurance === 'mutual-aid') employeeInsured = true;
    if (employeeInsured || f.birth === null) {
      item.why.facts.push(
        employeeInsured ? '親が勤務先の健康保険: 被扶養者として5日以内' : '国民健康保険: 14日以内',
      );
      return;
    }
    item.due = fromDayNumber(f.birth + 14);
    item.filedAt = 'municipality';
    item.status = statusOn(ctx.on, item, item.doneOn);
    item.why.facts.push('世帯が国民健康保険: 世帯主が14日以内に市区町村へ');
  },
  'child-allowance-application': (item, f, ctx) => {
    const { civilServant, fact } = (ctx.claimant ??= claimantOf(ctx.h));
    const amount =
      f.birth === null ? MONTHLY_UNDER_3 : firstMonthlyAmount((ctx.born ??= allowanceChildren(ctx.h)), f.id);
    item.filedAt = civilServant ? 'employer' : 'municipality';
    item.online = !civilServant;
    item.applyOnline = !civilServant && f.birth !== null;
    item.monthlyAmountYen = amount;
    item.amount = { yen: amount, per: 'month' };
    if (civilServant) item.why.legalBasis = '児童手当法7条・8条・17条（公務員は所属庁）';
    item.why.facts.push(fact, monthlyFact(amount));
  },
  'child-medical-subsidy': (item, f, ctx) => {
    const rules = ctx.overlay?.medicalSubsidy ?? NATIONAL_DEFAULTS.medicalSubsidy;
    let period = rules.periods[0];
    for (const p of rules.periods) if (p.from <= ctx.on) period = p;
    if (!period) return;
    item.closes =
      f.birth === null ? null : fromDayNumber(dayEndOfSchoolYearOfAge(f.birth, period.schoolYearEndOfAge));
    if (f.birth !== null) item.status = statusOn(ctx.on, item, item.doneOn);
    item.why.source = rules.source;
    // The subsidy's own end replaces the catalog's (終了, always the last fact of a base item).
    const facts = item.why.facts;
    if (facts.length > 0 && (facts[facts.length - 1] as string).startsWith('終了')) facts.pop();
    for (const text of periodFacts(period)) facts.push(text);
    if (!ctx.overlay) facts.push('市区町村の規則が未登録のため、一般的な内容で表示しています');
  },
  // The first April round the child can use (infants from 57 days old); its window is the previous autumn.
  'nursery-application': (item, f, ctx) => {
    const nursery = ctx.overlay?.nursery ?? NATIONAL_DEFAULTS.nursery;
    const birth = f.birth ?? f.expected;
    if (birth === null) return;
    const eligible = ymdOfDay(birth + 57);
    const aprilYear = Math.floor(eligible / 10_000) + (eligible % 10_000 > 401 ? 1 : 0);
    const round = aprilRound(nursery, aprilYear);
    const w: Window = { opens: round.opens, due: round.closes, closes: round.closes };
    item.why.facts = [
      round.target,
      round.period,
      (ctx.otherRounds ??= `4月以外: 前月${nursery.monthlyDeadlineDay}日締切（次は ${nextMonthlyRound(ctx.on, nursery.monthlyDeadlineDay)}）`),
    ];
    item.why.source = nursery.source;
    if (nursery.unverified) item.why.unverified = nursery.unverified;
    if (f.birth === null) {
      item.estimated = w;
      return;
    }
    item.opens = w.opens;
    item.due = w.due;
    item.closes = w.closes;
    item.status = statusOn(ctx.on, w, item.doneOn);
  },
};

function guardianItems(p: ServicePlan, f: ChildFrame, ctx: Context, out: JourneyItem[]): void {
  const employees = ctx.guardians.filter((g: Guardian) => g.employment === 'employee');
  if (employees.length === 0 || firstFailing(p, ctx, f)) {
    out.push(notApplicable(p, f, '雇用保険に入って勤務している親が登録されていません'));
    return;
  }
  for (const g of employees) {
    const item = baseItem(p, f, ctx);
    item.guardian = g.id;
    item.doneOn = f.byGuardian?.get(`${p.id}:${g.id}`) ?? item.doneOn;
    // Mothers: 育児休業 starts after the 56-day 産後休業.
    if (g.relationship === 'mother' && p.id === 'post-birth-leave-support-benefit' && item.closes)
      item.closes = addDays(item.closes, 56);
    if (item.opens) item.status = statusOn(ctx.on, item, item.doneOn);
    item.why.facts.push(`${g.familyName} ${g.givenName}`);
    out.push(item);
  }
}

// The adjustment of each compiled service, by its index (looked up once per catalog, not per item).
const adjustmentsByCatalog = new WeakMap<CompiledCatalog, (Adjust | undefined)[]>();

function adjustmentsOf(plan: CompiledCatalog): (Adjust | undefined)[] {
  let list = adjustmentsByCatalog.get(plan);
  if (!list) adjustmentsByCatalog.set(plan, (list = plan.services.map((p) => adjustments[p.id])));
  return list;
}

function serviceItems(
  adjust: readonly (Adjust | undefined)[],
  p: ServicePlan,
  f: ChildFrame,
  ctx: Context,
  out: JourneyItem[],
): void {
  const failing = firstFailing(p, ctx, f);
  if (p.kind === 'private' && failing) return; // never shown without opt-in
  if (failing?.when === 'unborn') return; // a pregnancy item after the birth: that stage is over
  // Before the birth an item for born children is shown as upcoming, its window estimated from the expected date.
  const beforeBirth = failing?.when === 'born' && f.expected !== null;
  if (!beforeBirth) {
    if (p.concerns === 'guardian') return guardianItems(p, f, ctx, out);
    if (failing) {
      out.push(notApplicable(p, f, p.appliesWhen));
      return;
    }
  }
  const item = baseItem(p, f, ctx);
  adjust[p.index]?.(item, f, ctx);
  out.push(outgrown(p, f, item));
}

/** A programme that starts after the child has outgrown it (e.g. from 2026-04 for under-3s) does not apply. */
function outgrown(p: ServicePlan, f: ChildFrame, item: JourneyItem): JourneyItem {
  const w = item.opens || item.closes ? item : (item.estimated ?? item);
  if (!w.opens || !w.closes || compare(w.opens, w.closes) <= 0) return item;
  // Recorded as done anyway: keep the record, without an impossible window.
  if (item.status === 'done') {
    item.opens = null;
    if (item.estimated) item.estimated.opens = null;
    return item;
  }
  return notApplicable(p, f, `対象の期間（${formatWareki(w.closes)}まで）が制度の開始より前に終わります`);
}

// ---- vaccinations

interface PcvCourse {
  /** Bit n set: dose n is needed. */
  needed: number;
  reason: string;
}

const PCV: Readonly<Record<'from2m' | 'skip3' | 'from7m' | 'from12m' | 'from24m', PcvCourse>> = {
  from2m: { needed: 0b11110, reason: '生後2〜6か月で開始: 3回＋追加1回' },
  // A second dose given from 12 months on makes the third unnecessary (fact sheet §7).
  skip3: { needed: 0b10110, reason: '2回目が生後12か月以降だったため3回目は不要: 追加接種へ' },
  from7m: { needed: 0b10110, reason: '生後7〜11か月で開始: 2回＋追加1回' },
  from12m: { needed: 0b00110, reason: '生後12〜23か月で開始: 60日以上あけて2回' },
  from24m: { needed: 0b00010, reason: '生後24か月以降に開始: 1回' },
};

function pcvCourse(vp: VaccinePlan, birth: number, f: ChildFrame, ctx: Context): PcvCourse {
  const first = doneAt(f, vp.doseSlots[1] ?? -1);
  const started = first ? dayNumber(first) : ctx.onDay;
  if (started < dayMonthsReached(birth, 7)) {
    const second = doneAt(f, vp.doseSlots[2] ?? -1);
    return second && dayNumber(second) >= dayMonthsReached(birth, 12) ? PCV.skip3 : PCV.from2m;
  }
  if (started < dayMonthsReached(birth, 12)) return PCV.from7m;
  if (started < dayMonthsReached(birth, 24)) return PCV.from12m;
  return PCV.from24m;
}

const needs = (c: PcvCourse, n: number) => (c.needed & (1 << n)) !== 0;

const VACCINE_DOCUMENTS = ['母子健康手帳', '予診票'];

function vaccineItem(
  vp: VaccinePlan,
  plan: DosePlan,
  f: ChildFrame,
  doneOn: CivilDate | null,
  status: ItemStatus,
  opens: CivilDate | null,
  closes: CivilDate | null,
  facts: string[],
): JourneyItem {
  return {
    id: plan.id,
    child: f.id,
    title: plan.title,
    kind: 'vaccination',
    group: 'vaccination',
    status,
    opens,
    due: null,
    closes,
    doneOn,
    filedAt: 'medical-institution',
    online: false,
    applyOnline: false,
    monthlyAmountYen: null,
    amount: null,
    documents: VACCINE_DOCUMENTS,
    why: { rule: vp.rule, facts, legalBasis: vp.legalBasis, source: vp.source },
  };
}

function vaccineItems(vp: VaccinePlan, f: ChildFrame, ctx: Context, out: JourneyItem[]): void {
  const birth = f.birth;
  const pcv = vp.pcv && birth !== null ? pcvCourse(vp, birth, f, ctx) : null;
  for (const plan of f.pentavalentRota ? vp.pentavalent : vp.monovalent) {
    const doneOn = doneAt(f, plan.slot);
    if (pcv && !needs(pcv, plan.n) && !doneOn) {
      const item = vaccineItem(vp, plan, f, null, 'not-applicable', null, null, [pcv.reason]);
      item.why.appliesWhen = '生後2〜6か月で接種を始めた場合は4回接種します';
      out.push(item);
      continue;
    }
    if (birth === null) {
      const e = f.expected;
      const item = vaccineItem(vp, plan, f, doneOn, doneOn ? 'done' : 'upcoming', null, null, [
        '生まれた日から接種の時期が決まります',
      ]);
      // `estimated` sits after the window in vaccination items (part of the format's key order).
      out.push({
        id: item.id,
        child: item.child,
        title: item.title,
        kind: item.kind,
        group: item.group,
        status: item.status,
        opens: null,
        due: null,
        closes: null,
        estimated: {
          opens: e === null ? null : fromDayNumber(ruleDay(plan.opens, e)),
          due: null,
          closes: e === null ? null : fromDayNumber(ruleDay(plan.closes, e)),
        },
        doneOn: item.doneOn,
        filedAt: item.filedAt,
        online: item.online,
        applyOnline: item.applyOnline,
        monthlyAmountYen: item.monthlyAmountYen,
        amount: item.amount,
        documents: item.documents,
        why: item.why,
      });
      continue;
    }
    let opens = ruleDay(plan.opens, birth);
    const closes = ruleDay(plan.closes, birth);
    // The PCV booster after a late start (or a skipped dose 3) follows the last primary dose.
    const after =
      pcv && plan.n === 4 && !needs(pcv, 3)
        ? PCV_BOOSTER_AFTER_2
        : pcv && plan.n === 2 && !needs(pcv, 3) && !needs(pcv, 4)
          ? PCV_SECOND_AFTER_1
          : plan.after;
    let prevFact: string | null = null;
    if (after) {
      const prev = doneAt(f, vp.doseSlots[after.dose] ?? -1);
      if (!prev) {
        const status = doneOn ? 'done' : ctx.onDay > closes ? 'missed' : 'upcoming';
        out.push(
          vaccineItem(vp, plan, f, doneOn, status, null, fromDayNumber(closes), [
            `${after.dose}回目の接種後に日程が決まります`,
            `接種できるのは ${formatWarekiDay(closes)} まで`,
          ]),
        );
        continue;
      }
      const earliest = addCalendarMonthsToDay(dayNumber(prev), after.months) + after.days;
      if (earliest > opens) opens = earliest;
      prevFact = `${after.dose}回目 ${formatWareki(prev)}`;
    }
    const course = pcv && pcv.reason;
    if (opens > closes) {
      // no day in the window is far enough from the previous dose
      const facts = listOf(prevFact, course, '接種できる期間内に間隔がとれません');
      out.push(
        vaccineItem(vp, plan, f, doneOn, doneOn ? 'done' : 'missed', null, fromDayNumber(closes), facts),
      );
      continue;
    }
    const facts = listOf(prevFact, course, `接種期間 ${formatWarekiDay(opens)}〜${formatWarekiDay(closes)}`);
    out.push(
      vaccineItem(
        vp,
        plan,
        f,
        doneOn,
        statusOnDay(ctx.onDay, opens, null, closes, doneOn),
        fromDayNumber(opens),
        fromDayNumber(closes),
        facts,
      ),
    );
  }
}

const PCV_BOOSTER_AFTER_2 = { dose: 2, months: 0, days: 60 };
const PCV_SECOND_AFTER_1 = { dose: 1, months: 0, days: 60 };

/** A child's completions by item slot, and its guardians' own records (a later record of the same item wins). */
function completionsOf(h: Household, childId: string, plan: CompiledCatalog, f: ChildFrame): void {
  for (const c of h.completed) {
    if (c.child !== childId) continue;
    const slot = plan.slots.get(c.item);
    if (slot !== undefined) (f.done ??= new Array<CivilDate | null>(plan.slots.size).fill(null))[slot] = c.on;
    else if (c.item.includes(':')) (f.byGuardian ??= new Map()).set(c.item, c.on);
  }
}

const doneAt = (f: ChildFrame, slot: number): CivilDate | null =>
  f.done === null || slot < 0 ? null : (f.done[slot] ?? null);

function notices(h: Household, on: CivilDate, overlay: MunicipalOverlay | undefined): string[] {
  const out: string[] = [];
  if (!overlay)
    out.push(
      `municipality ${h.municipalityCode} has no overlay: national defaults are shown (医療費助成・保育の申込期間は目安)`,
    );
  const known = knownItemIds();
  for (let i = 0; i < h.completed.length; i++) {
    const done = h.completed[i] as Household['completed'][number];
    // A guardian's own record is `item:guardian`.
    const colon = done.item.indexOf(':');
    if (!known.has(colon < 0 ? done.item : done.item.slice(0, colon)))
      out.push(`completed[${i}].item: unknown item id "${done.item}" (ignored)`);
    for (const child of h.children)
      if (
        child.id === done.child &&
        child.birthDate &&
        done.on < child.birthDate &&
        !done.item.startsWith('pregnancy')
      )
        out.push(`completed[${i}].on: ${done.on} is before the birth (${child.birthDate})`);
  }
  for (const child of h.children)
    if (child.expectedBirthDate && !child.birthDate && compare(child.expectedBirthDate, addDays(on, -42)) < 0)
      out.push(
        `children.${child.id}.expectedBirthDate: ${child.expectedBirthDate} is more than 6 weeks past and no birthDate is recorded`,
      );
  return out;
}

export function computeJourney(h: Household, on: CivilDate): Journey {
  const plan = compiledCatalog(catalog());
  const adjust = adjustmentsOf(plan);
  const overlay = catalog().overlays.get(h.municipalityCode);
  const ctx: Context = {
    h,
    guardians: h.guardians,
    singleParent: h.singleParent === true,
    privateOffers: h.privateOffers ?? [],
    on,
    onDay: dayNumber(on),
    overlay,
    born: undefined,
    otherRounds: undefined,
    claimant: undefined,
  };
  const items: JourneyItem[] = [];
  for (const child of h.children) {
    const birth = child.birthDate ? dayNumber(child.birthDate) : null;
    // The journey runs from pregnancy to school entry: a child who has started school has no items
    // (still counted for 児童手当 and its third-child rate).
    if (birth !== null && schoolEntryDay(birth) <= ctx.onDay) continue;
    const expected = child.expectedBirthDate ? dayNumber(child.expectedBirthDate) : null;
    const f: ChildFrame = {
      child,
      id: child.id,
      birth,
      expected,
      birthOrExpected: child.birthDate ?? child.expectedBirthDate ?? '',
      birthWeightGrams: child.birthWeightGrams ?? null,
      disability: child.disability !== undefined,
      pentavalentRota: child.rotavirusVaccine === 'pentavalent',
      dateFact:
        birth !== null
          ? `出生日 ${formatWarekiDay(birth)}`
          : expected !== null
            ? `出産予定日 ${formatWarekiDay(expected)}`
            : null,
      done: null,
      byGuardian: null,
    };
    completionsOf(h, child.id, plan, f);
    for (const p of plan.services) serviceItems(adjust, p, f, ctx, items);
    for (const vp of plan.vaccines) vaccineItems(vp, f, ctx, items);
  }
  return {
    format: JOURNEY_FORMAT,
    on,
    municipality: {
      code: h.municipalityCode,
      name: municipalityName(h.municipalityCode) ?? null,
      overlay: overlay !== undefined,
    },
    notices: notices(h, on, overlay),
    items,
    childAllowance: childAllowanceSummary(h, on, (ctx.born ??= allowanceChildren(h))),
  };
}
