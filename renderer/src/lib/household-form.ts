/**
 * The registration and 家族の情報 forms as plain data: what the parent typed (strings, kept as
 * typed so nothing is lost on an error), checked field by field with core's checks
 * (core/household/field-checks.ts, kana.ts, date-input.ts), and turned into a
 * `nonstop-household/1` household that core's schema validates before anything is saved.
 * The same draft is what the registration keeps sealed in the profile to resume later.
 */
import { formatWareki } from '../../../core/dates/wareki';
import type { CivilDate } from '../../../core/dates/civil-date';
import { parseDateInput } from '../../../core/household/date-input';
import {
  checkAccountNumber,
  checkBirthDate,
  checkBirthWeight,
  checkDueDate,
  checkIncomeYear,
  checkYen,
  checkKana,
  checkMyNumber,
  checkPhone,
  checkPostalCode,
  checkText,
  digitsOnly,
  duplicateRole,
  householdProblems,
  normalizePhone,
  normalizePostalCode,
  yenOf,
  type FieldProblem,
} from '../../../core/household/field-checks';
import { toKatakanaInput } from '../../../core/household/kana';
import {
  HOUSEHOLD_FORMAT,
  validateHousehold,
  type Household,
  type Problem,
} from '../../../core/household/schema';

import {
  emptyChild,
  emptyDraft,
  emptyGuardian,
  readDraft,
  type AddressDraft,
  type BankDraft,
  type ChildDraft,
  type GuardianDraft,
  type HouseholdDraft,
} from './household-draft';

export { emptyChild, emptyDraft, emptyGuardian, readDraft };
export type { AddressDraft, BankDraft, ChildDraft, GuardianDraft, HouseholdDraft };

const showDate = (d: string | undefined) => (d ? formatWareki(d as CivilDate) : '');

/** The 家族の情報 screen edits a household through the same draft. */
export function householdToDraft(h: Household): HouseholdDraft {
  const address = h.address ?? h.guardians[0]?.address;
  return {
    version: 1,
    step: 0,
    guardians: h.guardians.map((g) => ({
      id: g.id,
      familyName: g.familyName,
      givenName: g.givenName,
      familyNameKana: g.familyNameKana,
      givenNameKana: g.givenNameKana,
      birthDate: showDate(g.birthDate),
      relationship: g.relationship,
      employment: g.employment,
      insurance: g.insurance,
      myNumber: g.myNumber ?? '',
      phone: g.phone ?? '',
      employer: g.employer ?? '',
      incomeYen: g.income ? String(g.income.shotokuYen) : '',
      incomeYear: g.income ? String(g.income.year) : '',
    })),
    children: h.children.map((c) => ({
      id: c.id,
      born: c.birthDate !== undefined,
      birthDate: showDate(c.birthDate),
      expectedBirthDate: showDate(c.expectedBirthDate),
      familyName: c.familyName ?? '',
      givenName: c.givenName ?? '',
      familyNameKana: c.familyNameKana ?? '',
      givenNameKana: c.givenNameKana ?? '',
      sex: c.sex ?? '',
      birthWeightGrams: c.birthWeightGrams === undefined ? '' : String(c.birthWeightGrams),
      myNumber: c.myNumber ?? '',
      disability: c.disability !== undefined,
    })),
    address: {
      postalCode: address?.postalCode ?? '',
      prefecture: address?.prefecture ?? '',
      city: address?.city ?? '',
      street: address?.street ?? '',
      building: address?.building ?? '',
      municipalityCode: h.municipalityCode,
    },
    bank:
      h.bankAccount?.kind === 'bank'
        ? { ...h.bankAccount }
        : {
            kind: h.bankAccount?.kind ?? '',
            bankName: '',
            branchName: '',
            accountType: 'ordinary',
            accountNumber: '',
            holderKana: '',
          },
    singleParent: h.singleParent ?? false,
    privateOffers: [...(h.privateOffers ?? [])],
    claimant: h.claimant ?? '',
    childSupportYen: h.childSupportYenPerYear === undefined ? '' : String(h.childSupportYenPerYear),
    residentTaxExempt: h.residentTaxExempt ?? false,
  };
}

/** Errors by field path (`guardians.0.givenNameKana`), as reason codes. */
export type FieldErrors = Record<string, FieldProblem>;

/** Kana are checked as they will be saved (hiragana and half-width already converted). */
const kana = (text: string) => checkKana(toKatakanaInput(text));

function dateProblem(text: string): FieldProblem | null {
  const r = parseDateInput(text);
  return r.ok ? null : r.code === 'date.empty' ? { code: 'required' } : { code: r.code };
}

export type Step = 'guardians' | 'children' | 'address' | 'work' | 'bank' | 'optional';
export const STEPS: readonly Step[] = ['guardians', 'children', 'address', 'work', 'bank', 'optional'];

/** What is wrong in one step (the registration checks each before moving on). */
export function stepErrors(step: Step, d: HouseholdDraft, today: CivilDate): FieldErrors {
  const e: FieldErrors = {};
  const put = (path: string, p: FieldProblem | null) => {
    if (p) e[path] = p;
  };
  if (step === 'guardians')
    d.guardians.forEach((g, i) => {
      put(`guardians.${i}.familyName`, checkText(g.familyName, 40));
      put(`guardians.${i}.givenName`, checkText(g.givenName, 40));
      put(`guardians.${i}.familyNameKana`, kana(g.familyNameKana));
      put(`guardians.${i}.givenNameKana`, kana(g.givenNameKana));
      const bd = dateProblem(g.birthDate);
      const parsed = parseDateInput(g.birthDate);
      put(`guardians.${i}.birthDate`, bd ?? (parsed.ok ? checkBirthDate(parsed.date, today) : null));
      put(`guardians.${i}.myNumber`, checkMyNumber(g.myNumber));
      put(`guardians.${i}.phone`, checkPhone(g.phone));
      put(
        `guardians.${i}.relationship`,
        duplicateRole(
          d.guardians.map((x) => x.relationship),
          i,
        ),
      );
    });
  if (step === 'children')
    d.children.forEach((c, i) => {
      if (c.born) {
        put(`children.${i}.familyName`, checkText(c.familyName, 40));
        put(`children.${i}.givenName`, checkText(c.givenName, 40));
        put(`children.${i}.familyNameKana`, kana(c.familyNameKana));
        put(`children.${i}.givenNameKana`, kana(c.givenNameKana));
        const parsed = parseDateInput(c.birthDate);
        put(
          `children.${i}.birthDate`,
          dateProblem(c.birthDate) ?? (parsed.ok ? checkBirthDate(parsed.date, today) : null),
        );
        put(`children.${i}.birthWeightGrams`, checkBirthWeight(c.birthWeightGrams));
        put(`children.${i}.myNumber`, checkMyNumber(c.myNumber));
      } else {
        const parsed = parseDateInput(c.expectedBirthDate);
        put(
          `children.${i}.expectedBirthDate`,
          dateProblem(c.expectedBirthDate) ?? (parsed.ok ? checkDueDate(parsed.date, today) : null),
        );
        for (const f of ['familyNameKana', 'givenNameKana'] as const)
          if (c[f].trim()) put(`children.${i}.${f}`, kana(c[f]));
      }
      // A child born (or due) before a guardian: the cross-field check of core.
      const when = parseDateInput(c.born ? c.birthDate : c.expectedBirthDate);
      if (when.ok)
        for (const g of d.guardians) {
          const gb = parseDateInput(g.birthDate);
          if (gb.ok && gb.date >= when.date) {
            put(`children.${i}.${c.born ? 'birthDate' : 'expectedBirthDate'}`, {
              code: 'child.olderThanGuardian',
              params: { guardian: `${g.familyName} ${g.givenName}`.trim() },
            });
            break;
          }
        }
    });
  if (step === 'address') {
    put('address.postalCode', checkPostalCode(d.address.postalCode));
    put('address.prefecture', checkText(d.address.prefecture, 40));
    put('address.city', checkText(d.address.city, 40));
    put('address.street', checkText(d.address.street, 80));
    if (!e['address.city'] && !/^\d{6}$/.test(d.address.municipalityCode))
      put('address.city', { code: 'municipality.unknown' });
  }
  if (step === 'work')
    d.guardians.forEach((g, i) => {
      if (!g.employment) put(`guardians.${i}.employment`, { code: 'required' });
      if (!g.insurance) put(`guardians.${i}.insurance`, { code: 'required' });
    });
  if (step === 'bank' && d.bank.kind === 'bank') {
    put('bank.bankName', checkText(d.bank.bankName, 40));
    put('bank.branchName', checkText(d.bank.branchName, 40));
    put('bank.accountNumber', checkAccountNumber(d.bank.accountNumber));
    put('bank.holderKana', kana(d.bank.holderKana));
  }
  if (step === 'optional') {
    d.guardians.forEach((g, i) => {
      put(`guardians.${i}.incomeYen`, checkYen(g.incomeYen, MAX_INCOME));
      if (yenOf(g.incomeYen, MAX_INCOME) !== undefined)
        put(`guardians.${i}.incomeYear`, checkIncomeYear(g.incomeYear, today));
    });
    put('childSupportYen', checkYen(d.childSupportYen, MAX_SUPPORT));
  }
  return e;
}

/** The schema's bounds (core/household/schema.ts). */
const MAX_INCOME = 10_000_000_000;
const MAX_SUPPORT = 100_000_000;

export function allErrors(d: HouseholdDraft, today: CivilDate): FieldErrors {
  return Object.assign({}, ...STEPS.map((s) => stepErrors(s, d, today))) as FieldErrors;
}

const date = (text: string): CivilDate | undefined => {
  const r = parseDateInput(text);
  return r.ok ? r.date : undefined;
};
const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());

function incomeOf(g: GuardianDraft): { year: number; shotokuYen: number } | undefined {
  const yen = yenOf(g.incomeYen, MAX_INCOME);
  const year = Number(digitsOnly(g.incomeYear));
  return typeof yen === 'number' && Number.isInteger(year) && year >= 1900
    ? { year, shotokuYen: yen }
    : undefined;
}

/**
 * The household the draft describes, validated by core's schema (and core's cross-field
 * checks). `base` keeps what the forms do not edit (completions, declined items, label,
 * claimant, previous municipality) when the 家族の情報 screen saves.
 */
export function draftToHousehold(
  d: HouseholdDraft,
  today: CivilDate,
  base?: Household,
): { ok: true; value: Household } | { ok: false; problems: Problem[] } {
  const address =
    d.address.street.trim() !== ''
      ? {
          postalCode: normalizePostalCode(d.address.postalCode) ?? d.address.postalCode,
          prefecture: d.address.prefecture.trim(),
          city: d.address.city.trim(),
          street: d.address.street.trim(),
          ...(opt(d.address.building) ? { building: opt(d.address.building) } : {}),
        }
      : undefined;
  const clean = <T extends object>(o: T): T =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
  const candidate = clean({
    ...(base ?? {}),
    format: HOUSEHOLD_FORMAT,
    municipalityCode: d.address.municipalityCode,
    address,
    guardians: d.guardians.map((g, i) => {
      const before = base?.guardians.find((x) => x.id === g.id);
      return clean({
        ...(before ?? {}),
        id: g.id,
        familyName: g.familyName.trim(),
        givenName: g.givenName.trim(),
        familyNameKana: toKatakanaInput(g.familyNameKana),
        givenNameKana: toKatakanaInput(g.givenNameKana),
        birthDate: date(g.birthDate),
        relationship: g.relationship,
        employment: g.employment || undefined,
        insurance: g.insurance || undefined,
        myNumber: opt(digitsOnly(g.myNumber)),
        phone: opt(normalizePhone(g.phone)),
        employer: opt(g.employer),
        address: i === 0 ? undefined : before?.address,
        // The income fact is kept only with both its amount and its year (a year alone says nothing).
        income: incomeOf(g),
      });
    }),
    children: d.children.map((c) => {
      const before = base?.children.find((x) => x.id === c.id);
      return clean({
        ...(before ?? {}),
        id: c.id,
        birthDate: c.born ? date(c.birthDate) : undefined,
        // The due date is kept after the birth (出産手当金 counts from it); only an unborn child needs it.
        expectedBirthDate: c.born ? before?.expectedBirthDate : date(c.expectedBirthDate),
        familyName: opt(c.familyName),
        givenName: opt(c.givenName),
        familyNameKana: opt(c.familyNameKana) && toKatakanaInput(c.familyNameKana),
        givenNameKana: opt(c.givenNameKana) && toKatakanaInput(c.givenNameKana),
        sex: c.sex || undefined,
        birthWeightGrams: opt(c.birthWeightGrams) ? Number(digitsOnly(c.birthWeightGrams)) : undefined,
        myNumber: opt(digitsOnly(c.myNumber)),
        supported: before?.supported ?? true,
        disability: c.disability ? (before?.disability ?? {}) : undefined,
      });
    }),
    bankAccount:
      d.bank.kind === 'public-funds'
        ? { kind: 'public-funds' as const }
        : d.bank.kind === 'bank'
          ? {
              kind: 'bank' as const,
              bankName: d.bank.bankName.trim(),
              branchName: d.bank.branchName.trim(),
              accountType: d.bank.accountType,
              accountNumber: digitsOnly(d.bank.accountNumber),
              holderKana: toKatakanaInput(d.bank.holderKana),
            }
          : undefined,
    claimant: d.claimant && d.guardians.some((g) => g.id === d.claimant) ? d.claimant : undefined,
    singleParent: d.singleParent || undefined,
    privateOffers: d.privateOffers.length ? d.privateOffers : undefined,
    childSupportYenPerYear: yenOf(d.childSupportYen, MAX_SUPPORT) ?? undefined,
    residentTaxExempt: d.residentTaxExempt || undefined,
  });
  const r = validateHousehold(candidate);
  if (!r.ok) return r;
  const cross = householdProblems(r.value, today);
  if (cross.length) return { ok: false, problems: cross.map((p) => ({ path: p.path, message: p.code })) };
  return r;
}
