/**
 * The catalog compiled for the journey engine, once per catalog and language: every date
 * rule becomes one object of a single shape evaluated with integer day
 * arithmetic, and every service and vaccine dose keeps what the engine asks of
 * it on each item (flags, ids, titles) precomputed. The catalog stays the
 * source of truth; this is only its fast form (10,000 journeys of ≈85 items each
 * are the benchmark).
 */
import { dayEndOfSchoolYearOfAge } from '../dates/age';
import { dayNumber } from '../dates/civil-date';
import { addCalendarMonthsToDay, dayMonthsReached } from '../dates/offsets';
import type { Catalog } from '../catalog/catalog';
import type {
  Condition,
  DateRule,
  RecommendedBound,
  ServiceDefinition,
  VaccineDefinition,
} from '../catalog/schema';
import { birthRegistrationDeadlineDay, childAllowanceFifteenDayDeadlineDay } from './rules';
import { EN, JA, TEXT, type JourneyText, type Lang } from './text';

/** A date rule in one shape: `from`, a month offset (years folded in), a day offset, an age, a fixed day. */
export interface Rule {
  readonly from: Exclude<DateRule['from'], 'named'> | Extract<DateRule, { from: 'named' }>['name'];
  readonly months: number;
  readonly days: number;
  readonly age: number;
  readonly fixed: number;
}

export function compileRule(rule: DateRule): Rule {
  switch (rule.from) {
    case 'birth':
    case 'expected-birth':
    case 'age':
    case 'school-entry':
      return {
        from: rule.from,
        months: (rule.years ?? 0) * 12 + (rule.months ?? 0),
        days: rule.days ?? 0,
        age: 0,
        fixed: 0,
      };
    case 'school-year-end':
      return { from: rule.from, months: 0, days: rule.days ?? 0, age: rule.age, fixed: 0 };
    case 'date':
      return { from: rule.from, months: 0, days: 0, age: 0, fixed: dayNumber(rule.date as never) };
    case 'named':
      return { from: rule.name, months: 0, days: 0, age: 0, fixed: 0 };
  }
}

/** The primary-school entry day (April 1 after 6歳年度末) of a child born on day `birth`. */
export const schoolEntryDay = (birth: number): number => dayEndOfSchoolYearOfAge(birth, 6) + 1;

/** A rule's day for a child born (or expected) on day `birth`. */
export function ruleDay(r: Rule, birth: number): number {
  switch (r.from) {
    case 'birth':
    case 'expected-birth':
      return addCalendarMonthsToDay(birth, r.months) + r.days;
    case 'age':
      return dayMonthsReached(birth, r.months) + r.days;
    case 'school-year-end':
      return dayEndOfSchoolYearOfAge(birth, r.age) + r.days;
    case 'school-entry':
      return addCalendarMonthsToDay(schoolEntryDay(birth), r.months) + r.days;
    case 'date':
      return r.fixed;
    case 'birth-registration-deadline':
      return birthRegistrationDeadlineDay(birth);
    case 'child-allowance-deadline':
      return childAllowanceFifteenDayDeadlineDay(birth);
  }
}

/**
 * A condition in one shape. Catalog objects come from the schema parser in as
 * many shapes as they have optional fields; the engine reads these on every
 * item, so it reads copies of a single shape (monomorphic property access).
 */
export interface Cond {
  readonly when: Condition['when'];
  readonly insurance: string | null;
  readonly relationship: string | null;
  readonly grams: number;
  readonly date: string;
  readonly offer: string;
}

function compileCondition(c: Condition): Cond {
  return {
    when: c.when,
    insurance: c.when === 'guardian-insurance' ? c.insurance : null,
    relationship: c.when === 'guardian-insurance' ? c.relationship : null,
    grams: c.when === 'birth-weight-under' ? c.grams : 0,
    date: c.when === 'born-on-or-after' ? c.date : '',
    offer: c.when === 'opted-in' ? c.offer : '',
  };
}

const FISCAL_YEAR_SERVICES = new Set([
  'child-rearing-allowance',
  'special-child-rearing-allowance',
  'disabled-child-welfare-allowance',
]);

/** A service with every field the engine reads, in a single shape. */
export interface ServicePlan {
  /** Its place in the catalog's services. */
  readonly index: number;
  readonly s: ServiceDefinition;
  readonly id: string;
  readonly title: ServiceDefinition['title'];
  readonly kind: ServiceDefinition['kind'];
  readonly group: ServiceDefinition['group'];
  readonly concerns: ServiceDefinition['concerns'];
  readonly filedAt: ServiceDefinition['filedAt'];
  readonly online: boolean;
  readonly amount: NonNullable<ServiceDefinition['amount']> | null;
  readonly documents: string[];
  readonly rule: string;
  readonly legalBasis: string;
  readonly source: string;
  readonly appliesWhen: string;
  readonly unverified: string | null;
  readonly conditions: readonly Cond[];
  readonly opens: Rule | null;
  readonly due: Rule | null;
  readonly closes: Rule | null;
  /** `notBefore` as a day number (a programme that starts later), or null. */
  readonly notBefore: number | null;
  /** A pregnancy item (condition `unborn`): its window runs on the expected date. */
  readonly pregnancy: boolean;
  /** Before the birth, `opens` may anchor on the expected date (e.g. 42 days before it). */
  readonly opensOnExpected: boolean;
  readonly monthlyAmountYen: number | null;
  /** The catalog's amount is one fiscal year's (児童扶養手当, 特別児童扶養手当): the adjustment sets the year's. */
  readonly fiscalYearAmount: boolean;
}

/** "N日以上" / "Nか月以上" after dose `dose` (see {@link intervalDay}). */
export interface Interval {
  readonly dose: number;
  readonly months: number;
  readonly days: number;
}

/**
 * The first day allowed after a dose on day `prev`: "N日以上の間隔をおいて" leaves N whole days between,
 * so from prev + N + 1 (27日以上 → 28 days later, fact sheet §0b); "Nか月以上" from the same date N
 * months later (clamped to the month's end).
 */
export function intervalDay(prev: number, i: Interval): number {
  return addCalendarMonthsToDay(prev, i.months) + (i.days > 0 ? i.days + 1 : 0);
}

/** A bound of the 標準的な接種期間: a rule over the birth, or an interval after an earlier dose. */
export interface Bound {
  readonly rule: Rule | null;
  readonly after: Interval | null;
}

function compileBound(b: RecommendedBound): Bound {
  return b.from === 'dose'
    ? { rule: null, after: { dose: b.dose, months: b.months ?? 0, days: b.days ?? 0 } }
    : { rule: compileRule(b), after: null };
}

export interface DosePlan {
  readonly n: number;
  /** Its item id's number in {@link CompiledCatalog.slots}. */
  readonly slot: number;
  /** The minimum interval after an earlier dose, or null. */
  readonly after: Interval | null;
  /** A second minimum interval after another dose, or null. */
  readonly alsoAfter: Interval | null;
  /** The 標準的な接種期間, or null. */
  readonly recommended: { from: Bound; to: Bound } | null;
  readonly id: string;
  readonly title: { ja: string; en: string };
  readonly opens: Rule;
  readonly closes: Rule;
}

export interface VaccinePlan {
  readonly v: VaccineDefinition;
  readonly rule: string;
  readonly legalBasis: string;
  readonly documents: readonly string[];
  readonly source: string;
  /** The course by the age at the first dose, or null (the catalog's doses as they are). */
  readonly catchUp: 'pcv' | 'hib' | 'hpv' | null;
  /** Routine for girls only (HPV). */
  readonly femaleOnly: boolean;
  /** The generation of the series by its first dose's due day (see the catalog schema), or null. */
  readonly routineFrom: number | null;
  readonly routineUntil: number | null;
  /** The slots of the sibling series' doses (a record there excludes this one). */
  readonly siblingSlots: readonly number[];
  readonly monovalent: readonly DosePlan[];
  readonly pentavalent: readonly DosePlan[];
  /** The slot of dose n's item, for the minimum interval after an earlier dose (-1: none). */
  readonly doseSlots: readonly number[];
}

export interface CompiledCatalog {
  readonly services: readonly ServicePlan[];
  readonly vaccines: readonly VaccinePlan[];
  /**
   * Every item id the journey can produce, numbered: a child's completions are
   * kept in an array by these numbers, read once per item.
   */
  readonly slots: ReadonlyMap<string, number>;
}

function planService(s: ServiceDefinition, index: number, t: JourneyText): ServicePlan {
  // The texts in the journey's language (the catalog's \`en\` block for English).
  const words = t.lang === 'en' ? s.en : s;
  return {
    index,
    s,
    id: s.id,
    title: s.title,
    kind: s.kind,
    group: s.group,
    concerns: s.concerns,
    filedAt: s.filedAt,
    online: s.online,
    amount: s.amount ?? null,
    documents: words.documents,
    rule: words.rule,
    legalBasis: words.legalBasis,
    source: s.source,
    appliesWhen: words.appliesWhen,
    unverified: words.unverified ?? null,
    conditions: s.conditions.map(compileCondition),
    opens: s.opens && compileRule(s.opens),
    due: s.due && compileRule(s.due),
    closes: s.closes && compileRule(s.closes),
    notBefore: s.notBefore ? dayNumber(s.notBefore as never) : null,
    pregnancy: s.conditions.some((c) => c.when === 'unborn'),
    opensOnExpected:
      s.opens?.from === 'expected-birth' || (s.opens?.from === 'birth' && s.opens.orExpected === true),
    monthlyAmountYen: s.amount?.per === 'month' ? s.amount.yen : null,
    fiscalYearAmount: FISCAL_YEAR_SERVICES.has(s.id),
  };
}

function planVaccine(v: VaccineDefinition, slots: Map<string, number>, t: JourneyText): VaccinePlan {
  const slotOf = (id: string) => {
    let slot = slots.get(id);
    if (slot === undefined) slots.set(id, (slot = slots.size));
    return slot;
  };
  const build = (product: 'monovalent' | 'pentavalent'): DosePlan[] => {
    const doses = v.doses.filter((d) => !d.product || d.product === product);
    const single = new Set(doses.map((d) => d.n)).size === 1;
    return doses.map((dose) => {
      const id = single ? v.id : `${v.id}-${dose.n}`;
      return {
        n: dose.n,
        slot: slotOf(id),
        after: dose.after
          ? { dose: dose.after.dose, months: dose.after.months ?? 0, days: dose.after.days ?? 0 }
          : null,
        alsoAfter: dose.alsoAfter
          ? { dose: dose.alsoAfter.dose, months: dose.alsoAfter.months ?? 0, days: dose.alsoAfter.days ?? 0 }
          : null,
        recommended: dose.recommended
          ? { from: compileBound(dose.recommended.from), to: compileBound(dose.recommended.to) }
          : null,
        id,
        title: single
          ? v.title
          : { ja: JA.vaccineTitle(v.title.ja, dose.n), en: EN.vaccineTitle(v.title.en, dose.n) },
        opens: compileRule(dose.opens),
        closes: compileRule(dose.closes),
      };
    });
  };
  const most = Math.max(...v.doses.map((d) => d.n));
  const monovalent = build('monovalent');
  const pentavalent = build('pentavalent');
  return {
    v,
    rule: t.lang === 'en' ? v.en.rule : v.rule,
    legalBasis: t.lang === 'en' ? v.en.legalBasis : v.legalBasis,
    documents: t.vaccineDocuments,
    source: v.source,
    catchUp: v.catchUp ?? null,
    femaleOnly: v.sex === 'female',
    routineFrom: v.routineFrom ? dayNumber(v.routineFrom as never) : null,
    routineUntil: v.routineUntil ? dayNumber(v.routineUntil as never) : null,
    siblingSlots: [],
    monovalent,
    pentavalent,
    doseSlots: Array.from({ length: most + 1 }, (_, n) => slots.get(`${v.id}-${n}`) ?? -1),
  };
}

// One compiled catalog per language: the texts are read from the plan, never chosen per item.
const compiled: Readonly<Record<Lang, WeakMap<Catalog, CompiledCatalog>>> = {
  ja: new WeakMap(),
  en: new WeakMap(),
};

export function compiledCatalog(c: Catalog, lang: Lang = 'ja'): CompiledCatalog {
  let plan = compiled[lang].get(c);
  if (!plan) {
    const t = TEXT[lang];
    const services = c.services.map((s, i) => planService(s, i, t));
    // Services take slots 0…S-1 (their index), doses the numbers after.
    const slots = new Map(services.map((p) => [p.id, p.index]));
    const vaccines = c.vaccines.map((v) => planVaccine(v, slots, t));
    for (const vp of vaccines)
      if (vp.v.sibling) {
        const sibling = vp.v.sibling;
        (vp.siblingSlots as number[]).push(
          ...[...slots]
            .filter(([id]) => id === sibling || id.startsWith(`${sibling}-`))
            .map(([, slot]) => slot),
        );
      }
    plan = { services, vaccines, slots };
    compiled[lang].set(c, plan);
  }
  return plan;
}
