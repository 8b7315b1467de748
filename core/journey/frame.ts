/**
 * What every part of the journey engine shares: the item shape of `nonstop-journey/1`, the
 * household context of one journey, one child as the engine sees it, and the status rule.
 */
import { dayNumber, fromDayNumber, type CivilDate } from '../dates/civil-date';
import type { AllowanceChild, AllowanceClaims } from '../benefits/child-allowance';
import type { MunicipalOverlay } from '../catalog/municipalities/overlay';
import type { ServiceDefinition } from '../catalog/schema';
import type { Child, Guardian, Household } from '../household/schema';
import type { JourneyText } from './text';

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
  /** Vaccinations: the 標準的な接種期間 (advice shown beside the routine window), when it can be dated. */
  recommended?: { from: CivilDate; to: CivilDate } | null;
  doneOn: CivilDate | null;
  filedAt: ServiceDefinition['filedAt'];
  online: boolean;
  /** Procedures the app can prefill and submit. */
  applyOnline: boolean;
  monthlyAmountYen: number | null;
  amount: { yen: number; per: 'once' | 'month' | 'fetus' | 'day' } | null;
  /**
   * A household claim's parts by child (児童扶養手当: the first child's base amount and each addition), whose
   * sum is `amount`. Present only on such a claim.
   */
  perChild?: { child: string; yen: number }[];
  /**
   * When the amount depends on income the household has not recorded (児童扶養手当): the monthly range it can
   * be, from 0 (支給停止) to `amount` (全部支給). Present only then.
   */
  amountRange?: { min: number; max: number };
  /** Before the birth: the window if the baby arrives on the expected date. */
  estimated?: Window;
  /** The household recorded that this item does not concern it (`declined` in the household). */
  declined?: { on: CivilDate; reason: string };
  documents: string[];
  why: Why;
}

export interface Context {
  h: Household;
  /** The words of this journey's language. */
  t: JourneyText;
  guardians: readonly Guardian[];
  singleParent: boolean;
  privateOffers: readonly string[];
  on: CivilDate;
  onDay: number;
  overlay: MunicipalOverlay | undefined;
  /** Worked out once per journey, on first use. */
  born: AllowanceChild[] | undefined;
  /** 児童手当's recorded claims and what they cover (on first use). */
  claims: AllowanceClaims | undefined;
  otherRounds: string | undefined;
  /** 児童手当 amounts of the month after the journey date, by born child (a late claim's first month). */
  nextMonthAmounts: number[] | undefined;
  claimant: { civilServant: boolean; fact: string } | undefined;
  /** The guardians working with employment insurance or 共済 (items per working guardian). */
  workers: Guardian[] | undefined;
}

/** One child as the engine sees it: its dates as day numbers, its completions by item slot. */
export interface ChildFrame {
  child: Child;
  id: string;
  birth: number | null;
  /** The due date (kept after the birth when the household records it). */
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
  /** A child at school: doses whose routine window closed before this day are not built (null: build all). */
  closedBefore: number | null;
  /** The children of this child's birth ({@link sameBirth}), worked out on first use. */
  birthSet: Child[] | null;
}

/** {@link sameBirth} of the frame's child, once per child and journey. */
export const birthSetOf = (f: ChildFrame, h: Household): Child[] => (f.birthSet ??= sameBirth(h, f.child));

/**
 * A named adjustment: a service whose rule needs household facts beyond dates amends its own fresh item.
 * It returns `false` when the item is not this child's to show (one claim per birth or per household is
 * shown once, on the child that carries it).
 */
export type Adjust = (item: JourneyItem, f: ChildFrame, ctx: Context) => void | boolean;

/** Status from the window (day numbers; null: no such date), the completion and the date. */
export function statusOnDay(
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
export function listOf(a: string | null, b: string | null, c: string | null): string[] {
  if (a === null) return b === null ? (c === null ? [] : [c]) : c === null ? [b] : [b, c];
  return b === null ? (c === null ? [a] : [a, c]) : c === null ? [a, b] : [a, b, c];
}

export const iso = (n: number | null): CivilDate | null => (n === null ? null : fromDayNumber(n));

export const doneAt = (f: ChildFrame, slot: number): CivilDate | null =>
  f.done === null || slot < 0 ? null : (f.done[slot] ?? null);

/**
 * The children of one birth (twins and more), oldest record first: the same expected date, or births
 * at most one day apart (twins born either side of midnight). A single birth is just the child.
 */
export function sameBirth(h: Household, child: Child): Child[] {
  const out: Child[] = [];
  for (const c of h.children) {
    if (c === child) out.push(c);
    else if (child.birthDate && c.birthDate) {
      if (Math.abs(dayNumber(c.birthDate) - dayNumber(child.birthDate)) <= 1) out.push(c);
    } else if (!child.birthDate && !c.birthDate && c.expectedBirthDate === child.expectedBirthDate)
      out.push(c);
  }
  return out;
}

export function multipleBirth(h: Household, child: Child): boolean {
  return sameBirth(h, child).length > 1;
}
