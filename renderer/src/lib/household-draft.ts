/**
 * The registration draft's shape (what the parent typed, as strings) and its reading back from
 * the profile. Kept apart from household-form.ts so the session (first screen's chunk) loads it
 * without the kana, date and municipality modules.
 */
export interface GuardianDraft {
  id: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  relationship: 'mother' | 'father' | 'other';
  employment: '' | 'employee' | 'self-employed' | 'civil-servant' | 'none';
  insurance: '' | 'employee' | 'national' | 'mutual-aid';
  myNumber: string;
  phone: string;
  employer: string;
  /** Optional: 所得 (合計所得金額) of `incomeYear`, as typed ('' = not given). */
  incomeYen: string;
  incomeYear: string;
}

export interface ChildDraft {
  id: string;
  born: boolean;
  birthDate: string;
  expectedBirthDate: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  sex: '' | 'female' | 'male';
  birthWeightGrams: string;
  myNumber: string;
  disability: boolean;
}

export interface AddressDraft {
  postalCode: string;
  prefecture: string;
  city: string;
  street: string;
  building: string;
  /** The household's 全国地方公共団体コード (a designated city's, for one of its wards). */
  municipalityCode: string;
}

export interface BankDraft {
  kind: '' | 'public-funds' | 'bank';
  bankName: string;
  branchName: string;
  accountType: 'ordinary' | 'current';
  accountNumber: string;
  holderKana: string;
}

export interface HouseholdDraft {
  version: 1;
  step: number;
  guardians: GuardianDraft[];
  children: ChildDraft[];
  address: AddressDraft;
  bank: BankDraft;
  singleParent: boolean;
  privateOffers: string[];
  /** Who claims 児童手当 ('' = the format's default: the first guardian in work). */
  claimant: string;
  /** Optional: 養育費 received per year, as typed. */
  childSupportYen: string;
  /** Optional: 住民税非課税世帯. */
  residentTaxExempt: boolean;
}

export function emptyGuardian(
  n: number,
  relationship: GuardianDraft['relationship'] = 'mother',
): GuardianDraft {
  return {
    id: n === 0 ? 'guardian-1' : `guardian-${n + 1}`,
    familyName: '',
    givenName: '',
    familyNameKana: '',
    givenNameKana: '',
    birthDate: '',
    relationship,
    employment: '',
    insurance: '',
    myNumber: '',
    phone: '',
    employer: '',
    incomeYen: '',
    incomeYear: '',
  };
}

export function emptyChild(n: number, born = false): ChildDraft {
  return {
    id: `child-${n + 1}`,
    born,
    birthDate: '',
    expectedBirthDate: '',
    familyName: '',
    givenName: '',
    familyNameKana: '',
    givenNameKana: '',
    sex: '',
    birthWeightGrams: '',
    myNumber: '',
    disability: false,
  };
}

export function emptyDraft(): HouseholdDraft {
  return {
    version: 1,
    step: 0,
    guardians: [emptyGuardian(0)],
    children: [emptyChild(0)],
    address: { postalCode: '', prefecture: '', city: '', street: '', building: '', municipalityCode: '' },
    bank: {
      kind: '',
      bankName: '',
      branchName: '',
      accountType: 'ordinary',
      accountNumber: '',
      holderKana: '',
    },
    singleParent: false,
    privateOffers: [],
    claimant: '',
    childSupportYen: '',
    residentTaxExempt: false,
  };
}

/** A draft read back from the profile: anything unexpected gives a fresh draft, never a crash. */
export function readDraft(raw: unknown): HouseholdDraft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const d = raw as Partial<HouseholdDraft>;
  if (d.version !== 1 || !Array.isArray(d.guardians) || !Array.isArray(d.children)) return null;
  const base = emptyDraft();
  return {
    ...base,
    ...d,
    guardians: d.guardians.map((g, i) => ({ ...emptyGuardian(i), ...g })),
    children: d.children.map((c, i) => ({ ...emptyChild(i), ...c })),
    address: { ...base.address, ...d.address },
    bank: { ...base.bank, ...d.bank },
  } as HouseholdDraft;
}
