/**
 * 自己情報取得, after verification: the resident record compared field by
 * field with the household kept on the device, and only the rows the user
 * picks applied. Members are matched by birth date, then by given name; a
 * member of the record not found in the household is listed (not added: the
 * registration screens add people, with the facts this record lacks).
 */
import type { Household } from '../household/schema';
import type { ResidentRecord } from './resident-record';

export type DiffField =
  'familyName' | 'givenName' | 'familyNameKana' | 'givenNameKana' | 'birthDate' | 'sex' | 'address';

export interface DiffRow {
  /** stable id of the row, what `applyResidentRows` takes */
  key: string;
  /** who (世帯主 佐藤 健太) or 住所 */
  who: string;
  field: DiffField;
  record: string;
  household: string | null;
  same: boolean;
  /** false: the member is not in the household, nothing to apply to */
  applicable: boolean;
}

type Person = {
  id: string;
  familyName?: string;
  givenName?: string;
  familyNameKana?: string;
  givenNameKana?: string;
  birthDate?: string;
  sex?: 'male' | 'female';
};

const addressText = (a: {
  postalCode: string;
  prefecture: string;
  city: string;
  street: string;
  building?: string | undefined;
}) => `〒${a.postalCode} ${a.prefecture}${a.city}${a.street}${a.building ? ` ${a.building}` : ''}`;

function people(h: Household): { kind: 'guardian' | 'child'; p: Person }[] {
  return [
    ...h.guardians.map((p) => ({ kind: 'guardian' as const, p: p as Person })),
    ...h.children.map((p) => ({ kind: 'child' as const, p: p as Person })),
  ];
}

function match(h: Household, m: ResidentRecord['members'][number]) {
  const all = people(h);
  return (
    all.find(
      (x) => m.birthDate && x.p.birthDate === m.birthDate && (!m.givenName || x.p.givenName === m.givenName),
    ) ??
    all.find((x) => m.birthDate && x.p.birthDate === m.birthDate) ??
    all.find((x) => m.givenName && x.p.givenName === m.givenName)
  );
}

const FIELDS: Exclude<DiffField, 'address'>[] = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'birthDate',
  'sex',
];

export function diffResidentRecord(record: ResidentRecord, h: Household): DiffRow[] {
  const rows: DiffRow[] = [];
  if (record.address) {
    const r = addressText(record.address);
    const mine = h.address ? addressText(h.address) : null;
    rows.push({
      key: 'address',
      who: '住所',
      field: 'address',
      record: r,
      household: mine,
      same: r === mine,
      applicable: true,
    });
  }
  record.members.forEach((m, i) => {
    const found = match(h, m);
    const who = `${m.relationship ?? ''} ${m.familyName ?? ''} ${m.givenName ?? ''}`.trim() || `#${i + 1}`;
    for (const f of FIELDS) {
      const value = m[f];
      if (value === undefined) continue;
      const mine = found ? (found.p[f] ?? null) : null;
      rows.push({
        key: `${i}:${f}`,
        who,
        field: f,
        record: value,
        household: mine,
        same: value === mine,
        applicable: found !== undefined && !(f === 'sex' && found.kind === 'guardian'),
      });
    }
  });
  return rows;
}

/** The household with the picked rows of the record applied (a new object; validate before saving). */
export function applyResidentRows(record: ResidentRecord, h: Household, keys: readonly string[]): Household {
  const pick = new Set(keys);
  const next = JSON.parse(JSON.stringify(h)) as Household;
  if (pick.has('address') && record.address) next.address = { ...record.address };
  record.members.forEach((m, i) => {
    const found = match(h, m);
    if (!found) return;
    const list = (found.kind === 'guardian' ? next.guardians : next.children) as Person[];
    const target = list.find((x) => x.id === found.p.id);
    if (!target) return;
    for (const f of FIELDS) {
      if (!pick.has(`${i}:${f}`) || m[f] === undefined) continue;
      if (f === 'sex' && found.kind === 'guardian') continue;
      (target as Record<string, unknown>)[f] = m[f];
    }
  });
  return next;
}
