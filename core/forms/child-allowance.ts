/**
 * 児童手当 認定請求書 (児童手当法施行規則 様式第2号): the application data built
 * from the household. The same data is drawn on the PDF and, in canonical
 * form, signed and sent. Format `nonstop-application/1`.
 */
import { endOfSchoolYearOfAge } from '../dates/age';
import { compare, type CivilDate } from '../dates/civil-date';
import {
  addressOf,
  allowanceClaimant,
  type Address,
  type Guardian,
  type Household,
} from '../household/schema';
import { municipalityHead } from '../municipalities';

export const APPLICATION_FORMAT = 'nonstop-application/1';
export const CHILD_ALLOWANCE = 'child-allowance-application';

export interface PersonOnForm {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  myNumber: string | null;
}

export interface ChildAllowanceApplication {
  format: typeof APPLICATION_FORMAT;
  procedure: typeof CHILD_ALLOWANCE;
  municipalityCode: string;
  addressee: string | null;
  filedOn: string;
  claimant: PersonOnForm & {
    sex: 'female' | 'male' | null;
    relationshipToChild: 'parent' | 'other';
    pension: 'employees-pension' | 'mutual-aid' | 'national-pension';
    address: Address;
    phone: string | null;
    employer: string | null;
  };
  spouse: (PersonOnForm & { sameAddress: boolean }) | null;
  children: (PersonOnForm & {
    sex: 'female' | 'male' | null;
    livesWithClaimant: boolean;
    claimed: boolean;
  })[];
  bankAccount: Household['bankAccount'] | null;
}

export interface MissingFact {
  path: string;
  label: string;
}

export type BuildResult =
  { ok: true; value: ChildAllowanceApplication } | { ok: false; missing: MissingFact[] };

function person(p: {
  familyName?: string | undefined;
  givenName?: string | undefined;
  familyNameKana?: string | undefined;
  givenNameKana?: string | undefined;
  birthDate?: string | undefined;
  myNumber?: string | undefined;
}): PersonOnForm {
  return {
    familyName: p.familyName ?? '',
    givenName: p.givenName ?? '',
    familyNameKana: p.familyNameKana ?? '',
    givenNameKana: p.givenNameKana ?? '',
    birthDate: p.birthDate ?? '',
    myNumber: p.myNumber ?? null,
  };
}

// 加入年金 decides the 被用者/非被用者 split (jp-forms §1, item 3).
function pensionOf(g: Guardian): ChildAllowanceApplication['claimant']['pension'] {
  if (g.employment === 'civil-servant' || g.insurance === 'mutual-aid') return 'mutual-aid';
  if (g.employment === 'employee') return 'employees-pension';
  return 'national-pension';
}

function sexOfGuardian(g: Guardian): 'female' | 'male' | null {
  return g.relationship === 'mother' ? 'female' : g.relationship === 'father' ? 'male' : null;
}

export function buildChildAllowanceApplication(
  h: Household,
  childId: string,
  filedOn: CivilDate,
): BuildResult {
  const missing: MissingFact[] = [];
  const claimant = allowanceClaimant(h);
  const ci = h.guardians.indexOf(claimant);
  const child = h.children.find((c) => c.id === childId);
  if (!child)
    return { ok: false, missing: [{ path: 'children', label: `子ども "${childId}" が登録されていません` }] };
  if (!child.birthDate)
    return {
      ok: false,
      missing: [
        { path: `children.${childId}.birthDate`, label: 'お子さんの生年月日（出生後に請求できます）' },
      ],
    };
  const address = addressOf(h, claimant);
  if (!address) missing.push({ path: `guardians[${ci}].address`, label: '請求者の住所' });
  if (!claimant.myNumber) missing.push({ path: `guardians[${ci}].myNumber`, label: '請求者の個人番号' });
  if (!h.bankAccount) missing.push({ path: 'bankAccount', label: '振込先口座（または公金受取口座）' });
  if (missing.length > 0 || !address) return { ok: false, missing };

  const spouse = h.guardians.find(
    (g) => g !== claimant && (g.relationship === 'mother' || g.relationship === 'father'),
  );
  const claimantAddress = address;
  const children = h.children
    .filter((c) => c.birthDate && c.supported && compare(filedOn, endOfSchoolYearOfAge(c.birthDate, 18)) <= 0)
    .sort((a, b) => compare(a.birthDate as CivilDate, b.birthDate as CivilDate))
    .map((c) => ({ ...person(c), sex: c.sex ?? null, livesWithClaimant: true, claimed: c.id === childId }));

  return {
    ok: true,
    value: {
      format: APPLICATION_FORMAT,
      procedure: CHILD_ALLOWANCE,
      municipalityCode: h.municipalityCode,
      addressee: municipalityHead(h.municipalityCode) ?? null,
      filedOn,
      claimant: {
        ...person(claimant),
        sex: sexOfGuardian(claimant),
        relationshipToChild: claimant.relationship === 'other' ? 'other' : 'parent',
        pension: pensionOf(claimant),
        address: claimantAddress,
        phone: claimant.phone ?? null,
        employer: claimant.employer ?? null,
      },
      spouse: spouse
        ? {
            ...person(spouse),
            sameAddress:
              !spouse.address || JSON.stringify(spouse.address) === JSON.stringify(claimantAddress),
          }
        : null,
      children,
      bankAccount: h.bankAccount ?? null,
    },
  };
}
