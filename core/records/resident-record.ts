/**
 * `nonstop-resident-record/1`: the family's own record as the municipality
 * holds it (住民基本台帳: 世帯 members, names and kana, birth dates, sex,
 * relationship to the head, address), returned by 自己情報取得 after card login
 * and consent, signed by the municipality (detached CMS). Only the facts the
 * user consented to are present. The app verifies, then diffs it against its
 * household (`diffResidentRecord`) and applies only what the user picks.
 */
import { z } from 'zod';

export const RESIDENT_RECORD_FORMAT = 'nonstop-resident-record/1';

/** What a consent may cover, and why each is read (shown on the consent screen). */
export const RESIDENT_FIELDS = {
  name: {
    ja: '氏名',
    why: {
      ja: '申請書の氏名を住民票と合わせるため',
      en: 'to match names on forms with the residence record',
    },
  },
  kana: { ja: 'ふりがな', why: { ja: '申請書のふりがなを合わせるため', en: 'to match the kana on forms' } },
  birthDate: {
    ja: '生年月日',
    why: { ja: '期限と対象年齢を正しく計算するため', en: 'to compute deadlines and age limits' },
  },
  sex: { ja: '性別', why: { ja: '申請書の性別欄のため', en: 'for the sex field of forms' } },
  relationship: {
    ja: '続柄',
    why: { ja: '請求者と児童の関係を確かめるため', en: 'to check who may claim for which child' },
  },
  address: {
    ja: '住所',
    why: { ja: '申請先の自治体と住所欄のため', en: 'for the municipality filed with and the address field' },
  },
} as const;
export type ResidentField = keyof typeof RESIDENT_FIELDS;
export const residentFieldSchema = z.enum(
  Object.keys(RESIDENT_FIELDS) as [ResidentField, ...ResidentField[]],
);

export const consentSchema = z.strictObject({
  purpose: z.string().min(1).max(200),
  fields: z.array(residentFieldSchema).min(1).max(6),
});
export type Consent = z.infer<typeof consentSchema>;

const addressSchema = z.strictObject({
  postalCode: z.string(),
  prefecture: z.string(),
  city: z.string(),
  street: z.string(),
  building: z.string().optional(),
});

export const residentMemberSchema = z.strictObject({
  relationship: z.string().optional(),
  familyName: z.string().optional(),
  givenName: z.string().optional(),
  familyNameKana: z.string().optional(),
  givenNameKana: z.string().optional(),
  birthDate: z.string().optional(),
  sex: z.enum(['male', 'female']).optional(),
});

export const residentRecordSchema = z.strictObject({
  format: z.literal(RESIDENT_RECORD_FORMAT),
  municipalityCode: z.string(),
  issuedAt: z.string(),
  consent: z.strictObject({
    id: z.number().int(),
    purpose: z.string(),
    fields: z.array(residentFieldSchema),
  }),
  address: addressSchema.optional(),
  members: z.array(residentMemberSchema),
});
export type ResidentRecord = z.infer<typeof residentRecordSchema>;

/** The full facts, before a consent filters them. */
export type FullMember = Required<Omit<z.infer<typeof residentMemberSchema>, 'sex'>> & {
  sex?: 'male' | 'female';
};

export function filterByConsent(
  full: { municipalityCode: string; address: z.infer<typeof addressSchema>; members: FullMember[] },
  consent: Consent & { id: number },
  issuedAt: string,
): ResidentRecord {
  const f = new Set(consent.fields);
  return {
    format: RESIDENT_RECORD_FORMAT,
    municipalityCode: full.municipalityCode,
    issuedAt,
    consent: { id: consent.id, purpose: consent.purpose, fields: [...consent.fields] },
    ...(f.has('address') ? { address: full.address } : {}),
    members: full.members.map((m) => ({
      ...(f.has('relationship') ? { relationship: m.relationship } : {}),
      ...(f.has('name') ? { familyName: m.familyName, givenName: m.givenName } : {}),
      ...(f.has('kana') ? { familyNameKana: m.familyNameKana, givenNameKana: m.givenNameKana } : {}),
      ...(f.has('birthDate') ? { birthDate: m.birthDate } : {}),
      ...(f.has('sex') && m.sex ? { sex: m.sex } : {}),
    })),
  };
}

/** The member fields each consented fact allows. */
const MEMBER_FIELDS: Record<ResidentField, (keyof z.infer<typeof residentMemberSchema>)[]> = {
  name: ['familyName', 'givenName'],
  kana: ['familyNameKana', 'givenNameKana'],
  birthDate: ['birthDate'],
  sex: ['sex'],
  relationship: ['relationship'],
  address: [],
};

/**
 * A record checked against the consent the user gave (issue 19 item 11): it
 * must name that consent (the same purpose and facts) and carry nothing
 * beyond it — a record with more than was consented to is refused whole, not
 * trimmed, since a municipality that sends more has not honoured the consent.
 * Returns the problem, or null.
 */
export function consentProblem(record: ResidentRecord, given: Consent): string | null {
  const allowed = new Set(given.fields);
  const named = new Set(record.consent.fields);
  if (record.consent.purpose !== given.purpose) return 'the record names another purpose than the consent';
  if (named.size !== allowed.size || [...named].some((f) => !allowed.has(f)))
    return 'the record names other facts than the consent';
  if (record.address !== undefined && !allowed.has('address'))
    return 'the record carries the address, which was not consented to';
  const memberFields = new Set([...allowed].flatMap((f) => MEMBER_FIELDS[f]));
  for (const m of record.members)
    for (const [k, v] of Object.entries(m))
      if (v !== undefined && !memberFields.has(k as keyof typeof m))
        return `the record carries ${k}, which was not consented to`;
  return null;
}
