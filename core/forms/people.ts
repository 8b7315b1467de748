/**
 * Who is who on a form, read from the household: the mother and father, the
 * guardian `--guardian` names, the order of children, an account in a given
 * person's own name.
 */
import { compare, type CivilDate } from '../dates/civil-date';
import type { Address, Guardian, Household } from '../household/schema';
import type { OwnAccount } from './parts';

/** The mother (the pregnant person, the one who gives birth), if the household lists her. */
export function motherOf(h: Household): Guardian | undefined {
  return h.guardians.find((g) => g.relationship === 'mother');
}

export function fatherOf(h: Household): Guardian | undefined {
  return h.guardians.find((g) => g.relationship === 'father');
}

/** The guardian named by `--guardian` (FormRequest.guardian), else `pick`'s choice. */
export function chosenGuardian(
  req: { household: Household; guardian?: string | undefined },
  pick: (h: Household) => Guardian | undefined,
): Guardian | undefined {
  return req.guardian ? req.household.guardians.find((g) => g.id === req.guardian) : pick(req.household);
}

export function sexOfGuardian(g: Guardian): 'female' | 'male' | null {
  return g.relationship === 'mother' ? 'female' : g.relationship === 'father' ? 'male' : null;
}

export function sameAddress(a: Address | undefined, b: Address | undefined): boolean {
  return !a || !b || JSON.stringify(a) === JSON.stringify(b);
}

export function byDate(a: { birthDate?: string | undefined }, b: { birthDate?: string | undefined }): number {
  return compare((a.birthDate ?? '9999-12-31') as CivilDate, (b.birthDate ?? '9999-12-31') as CivilDate);
}

const squash = (s: string) => s.replace(/[\s\u3000]/g, '');

/**
 * The household's bank account when it is in `g`'s own name (the holder's kana
 * is `g`'s), else null: a form that pays only the applicant is prefilled with
 * nobody else's account.
 */
export function accountInNameOf(h: Household, g: Guardian): OwnAccount {
  const b = h.bankAccount?.kind === 'bank' ? h.bankAccount : null;
  if (!b || squash(b.holderKana) !== squash(g.familyNameKana + g.givenNameKana)) return null;
  const { bankName, branchName, accountType, accountNumber, holderKana } = b;
  return { bankName, branchName, accountType, accountNumber, holderKana };
}
