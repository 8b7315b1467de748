/**
 * Which of the facts a form finds missing (core/forms: `Facts.need`, named by
 * household path) the application screen asks inline, saved to the household
 * once (screens/household/MissingFacts.svelte): the bank account, a guardian's
 * 個人番号 / phone / employer / address (asked as the household's address), the
 * household's address, an unborn child's due date, and who claims 児童手当. Anything else is named,
 * with the way to 家族の情報 and back.
 */
import { parseDateInput } from '../../../core/household/date-input';
import { digitsOnly, normalizePhone, normalizePostalCode } from '../../../core/household/field-checks';
import { toKatakanaInput } from '../../../core/household/kana';
import type { Household } from '../../../core/household/schema';
import type { HouseholdDraft } from './household-form';
import type { FactsPatch } from './household-store.svelte';
export type InlineFact =
  | 'bankAccount'
  | 'address'
  | 'claimant'
  | `guardians[${number}].${'myNumber' | 'phone' | 'employer' | 'address'}`
  | `children[${number}].expectedBirthDate`;

export const INLINE_FACT =
  /^(bankAccount|address|claimant|guardians\[\d+\]\.(myNumber|phone|employer|address)|children\[\d+\]\.expectedBirthDate)$/;

/** A topic of 家族の情報 (household-form.ts `Step`) and the field in it (the draft's dotted path). */
export interface HouseholdField {
  step: 'guardians' | 'children' | 'address' | 'work' | 'bank' | 'optional';
  field: string;
}

/**
 * Where 家族の情報 keeps a fact a form misses, so the application screen can
 * open that topic at that field (and come back): `guardians[1].phone` →
 * guardians / `guardians.1.phone`. Null for a path it does not know.
 */
export function householdFieldOf(path: string): HouseholdField | null {
  if (path === 'address' || /^guardians\[\d+\]\.address$/.test(path))
    return { step: 'address', field: 'address.postalCode' };
  if (path === 'bankAccount') return { step: 'bank', field: 'bank.bankName' };
  // who claims 児童手当 (生計を維持する程度の高い者) is chosen under the guardians' work
  if (path === 'claimant') return { step: 'work', field: 'claimant' };
  const m = /^(guardians|children)\[(\d+)\]\.(\w+)$/.exec(path);
  if (!m) return null;
  const [, list, i, fact] = m as unknown as [string, 'guardians' | 'children', string, string];
  const step = list === 'guardians' && ['employment', 'employer', 'insurance'].includes(fact) ? 'work' : list;
  return { step, field: `${list}.${i}.${fact}` };
}

/**
 * The household facts the application's inline questions save (one
 * HouseholdStore.saveFacts: validated by core's schema, sealed, one
 * transaction): what the parent typed, cleaned as registration cleans it.
 * `extra` holds the guardians' answers by path (`guardians[0].phone`).
 */
export function factsPatch(
  need: readonly InlineFact[],
  draft: HouseholdDraft,
  extra: Readonly<Record<string, string>>,
  h: Household,
): FactsPatch {
  const patch: FactsPatch = { guardians: {}, children: {} };
  const b = draft.bank;
  if (need.includes('bankAccount'))
    patch.household = {
      bankAccount:
        b.kind === 'public-funds'
          ? { kind: 'public-funds' }
          : {
              kind: 'bank',
              bankName: b.bankName.trim(),
              branchName: b.branchName.trim(),
              accountType: b.accountType,
              accountNumber: digitsOnly(b.accountNumber),
              holderKana: toKatakanaInput(b.holderKana),
            },
    };
  // who claims 児童手当: one of the household's guardians, chosen in the form (`extra.claimant`)
  const claimant = extra['claimant'] ?? '';
  if (need.includes('claimant') && h.guardians.some((g) => g.id === claimant))
    patch.household = { ...patch.household, claimant };
  // A guardian without an own address lives at the household's: one address, saved once.
  if (need.some((n) => n === 'address' || n.endsWith('].address'))) {
    const a = draft.address;
    patch.household = {
      ...patch.household,
      address: {
        postalCode: normalizePostalCode(a.postalCode) ?? a.postalCode.trim(),
        prefecture: a.prefecture.trim(),
        city: a.city.trim(),
        street: a.street.trim(),
        ...(a.building.trim() ? { building: a.building.trim() } : {}),
      },
      municipalityCode: a.municipalityCode,
    };
  }
  for (const n of need) {
    const due = /^children\[(\d+)\]\.expectedBirthDate$/.exec(n);
    if (due) {
      const i = Number(due[1]);
      const c = h.children[i];
      const parsed = parseDateInput(draft.children[i]?.expectedBirthDate ?? '');
      if (c && parsed.ok) patch.children![c.id] = { expectedBirthDate: parsed.date };
      continue;
    }
    const f = /^guardians\[(\d+)\]\.(myNumber|phone|employer)$/.exec(n);
    const g = f ? h.guardians[Number(f[1])] : undefined;
    if (!f || !g) continue;
    const v = extra[n] ?? '';
    const field = f[2] as 'myNumber' | 'phone' | 'employer';
    const value = field === 'myNumber' ? digitsOnly(v) : field === 'phone' ? normalizePhone(v) : v.trim();
    patch.guardians![g.id] = { ...patch.guardians![g.id], [field]: value };
  }
  return patch;
}
