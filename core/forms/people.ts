/**
 * Who is who on a form, read from the household: the mother and father, the
 * guardian `--guardian` names, the order of children, an account in a given
 * person's own name.
 */
import { compare, type CivilDate } from '../dates/civil-date';
import { allowanceClaimant, type Address, type Guardian, type Household } from '../household/schema';
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

const SMALL = 'ァィゥェォッャュョヮヵヶ';
const LARGE = 'アイウエオツヤユヨワカケ';

/**
 * A holder's kana as banks compare it: NFKC (half-width ｶﾅ folded), no spaces, small kana written
 * large (the bank's 口座名義 has no small kana: サトウ キョウコ is ｻﾄｳ ｷﾖｳｺ), the long-vowel mark and
 * hyphens alike. Exported for the tests of the one holder rule.
 */
export function holderKey(kana: string): string {
  return [
    ...kana
      .normalize('NFKC')
      .replace(/[\s\u3000]/g, '')
      .replace(/[-‐－―ｰ]/g, 'ー'),
  ]
    .map((ch) => {
      const i = SMALL.indexOf(ch);
      return i < 0 ? ch : LARGE[i];
    })
    .join('');
}

/**
 * The household's bank account when it is in `g`'s own name, else null — the one holder rule of
 * every form that pays only its applicant (児童手当 「請求者本人名義の口座に限ります」, 児童扶養手当,
 * 妊婦支援給付, 出産育児一時金): the holder's kana is `g`'s, compared as banks do (holderKey), so
 * the bank's large-kana spelling of the same name is accepted everywhere and another person's
 * account nowhere.
 */
export function accountInNameOf(h: Household, g: Guardian): OwnAccount {
  const b = h.bankAccount?.kind === 'bank' ? h.bankAccount : null;
  if (!b || holderKey(b.holderKana) !== holderKey(g.familyNameKana + g.givenNameKana)) return null;
  const { bankName, branchName, accountType, accountNumber, holderKana } = b;
  return { bankName, branchName, accountType, accountNumber, holderKana };
}

/** The insured person of a birth: the mother if she is insured herself at work, else the parent whose dependant she is. */
function birthInsuredOf(h: Household): Guardian | undefined {
  const mother = motherOf(h);
  if (mother && mother.insurance !== 'national' && mother.employment !== 'none') return mother;
  return fatherOf(h) && fatherOf(h)!.insurance !== 'national' ? fatherOf(h) : mother;
}

/** The employee-insured guardian a newborn joins as a dependant: the claimant if so insured, else the first. */
function employeeInsuredOf(h: Household): Guardian | undefined {
  const claimant = allowanceClaimant(h);
  return claimant.insurance === 'employee' ? claimant : h.guardians.find((g) => g.insurance === 'employee');
}

type Req = { household: Household; guardian?: string | undefined };

/**
 * Who signs or files each form (a form's data names one): `--guardian` where
 * given, else the household's choice. The 児童手当 claimant is the household's
 * (生計維持 decides, the household names its claimant), whoever `--guardian` names.
 */
export const APPLICANTS = {
  /** the pregnant person (妊娠届, 妊婦給付) */
  mother: (req: Req) => chosenGuardian(req, motherOf),
  /** 届出人 of the 出生届: the father, else the mother (戸籍法52条) */
  parent: (req: Req) => chosenGuardian(req, (h) => fatherOf(h) ?? motherOf(h)),
  /** the guardian who applies for the child (医療証, 保育) */
  claimant: (req: Req) => chosenGuardian(req, allowanceClaimant),
  /** the 児童手当 請求者 */
  'allowance-claimant': (req: Req) => allowanceClaimant(req.household),
  /** 被保険者 of the 出産育児一時金 */
  'birth-insured': (req: Req) => chosenGuardian(req, birthInsuredOf),
  /** 被保険者 of the 被扶養者届 (a named guardian, else the employee-insured one) */
  'employee-insured': (req: Req) =>
    (req.guardian ? req.household.guardians.find((g) => g.id === req.guardian) : undefined) ??
    employeeInsuredOf(req.household),
  /** 届出人 of the 国保 資格取得届: the first guardian (the household names its 世帯主 first) */
  'first-guardian': (req: Req) => chosenGuardian(req, (h) => h.guardians[0]),
} as const;
export type ApplicantKind = keyof typeof APPLICANTS;
