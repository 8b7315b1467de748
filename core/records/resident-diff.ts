/**
 * 自己情報取得, after verification: the resident record compared field by
 * field with the household kept on the device, and only the rows the user
 * picks applied. Members are matched by the facts the consent let through,
 * most telling first: birth date with the given name, birth date, the full
 * name, the full kana, then the given name alone (names compared after NFKC
 * and without spaces); each person of the household is matched once. A member
 * of the record not found in the household is listed (not added: the
 * registration screens add people, with the facts this record lacks).
 *
 * Each row says what kind of value it holds (`kind`) so the one diff screen
 * (renderer/src/components/RecordDiff.svelte, also used for offers and health
 * records) writes it as the parent reads it: 性別 as 男/女, dates in 和暦, the
 * register's 続柄 beside the household's role (shown, never applied: the
 * register's 続柄 is to the head of the 世帯, the household's is to the child).
 */
import type { Household } from '../household/schema';
import type { ResidentRecord } from './resident-record';

export type DiffField =
  | 'familyName'
  | 'givenName'
  | 'familyNameKana'
  | 'givenNameKana'
  | 'birthDate'
  | 'sex'
  | 'relationship'
  | 'address';

/** How a value is written for people: as it is, a civil date (和暦), a sex (男/女), a 続柄 or role. */
export type DiffValueKind = 'text' | 'date' | 'sex' | 'relationship';

export interface DiffRow {
  /** stable id of the row, what `applyResidentRows` takes */
  key: string;
  /** who (世帯主 佐藤 健太) or 住所 */
  who: string;
  field: DiffField;
  record: string;
  household: string | null;
  same: boolean;
  /** false: the member is not in the household, or the household keeps no such fact, nothing to apply to */
  applicable: boolean;
  kind: DiffValueKind;
  /** the member was found in the household (false: 「この端末の家族の情報にいません」) */
  memberFound: boolean;
  /** shown for information only (the register's 続柄 beside the household's role): neither same nor different */
  info?: boolean;
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

const norm = (s: string | undefined) => (s ?? '').normalize('NFKC').replace(/[\s\u3000]+/g, '');

type Member = ResidentRecord['members'][number];
type Found = { kind: 'guardian' | 'child'; p: Person };

/** Ways a record member is recognised, most telling first (only with the facts both sides hold). */
const MATCHERS: ((m: Member, p: Person) => boolean)[] = [
  (m, p) =>
    !!m.birthDate && p.birthDate === m.birthDate && !!m.givenName && norm(p.givenName) === norm(m.givenName),
  (m, p) => !!m.birthDate && p.birthDate === m.birthDate,
  (m, p) =>
    !!m.familyName &&
    !!m.givenName &&
    norm(`${p.familyName}${p.givenName}`) === norm(`${m.familyName}${m.givenName}`),
  (m, p) =>
    !!m.familyNameKana &&
    !!m.givenNameKana &&
    norm(`${p.familyNameKana}${p.givenNameKana}`) === norm(`${m.familyNameKana}${m.givenNameKana}`),
  (m, p) => !!m.givenName && norm(p.givenName) === norm(m.givenName),
  (m, p) => !!m.givenNameKana && norm(p.givenNameKana) === norm(m.givenNameKana),
];

/** Each record member's person in the household (or undefined), each person taken once. */
function matchAll(h: Household, members: readonly Member[]): (Found | undefined)[] {
  const all = people(h);
  const taken = new Set<string>();
  const out: (Found | undefined)[] = members.map(() => undefined);
  for (const matcher of MATCHERS)
    members.forEach((m, i) => {
      if (out[i]) return;
      const x = all.find((c) => !taken.has(c.p.id) && matcher(m, c.p));
      if (x) {
        out[i] = x;
        taken.add(x.p.id);
      }
    });
  return out;
}

const KIND: Record<Exclude<DiffField, 'address' | 'relationship'>, DiffValueKind> = {
  familyName: 'text',
  givenName: 'text',
  familyNameKana: 'text',
  givenNameKana: 'text',
  birthDate: 'date',
  sex: 'sex',
};

const FIELDS: Exclude<DiffField, 'address' | 'relationship'>[] = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'birthDate',
  'sex',
];

export function diffResidentRecord(record: ResidentRecord, h: Household): DiffRow[] {
  const rows: DiffRow[] = [];
  const matched = matchAll(h, record.members);
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
      kind: 'text',
      memberFound: true,
    });
  }
  record.members.forEach((m, i) => {
    const found = matched[i];
    const name =
      `${m.familyName ?? ''} ${m.givenName ?? ''}`.trim() ||
      `${m.familyNameKana ?? ''} ${m.givenNameKana ?? ''}`.trim();
    const who = `${m.relationship ?? ''} ${name}`.trim() || `#${i + 1}`;
    if (m.relationship !== undefined)
      rows.push({
        key: `${i}:relationship`,
        who,
        field: 'relationship',
        record: m.relationship,
        // the household's role of the person: 父 / 母 / その他の保護者, or 子
        household: found
          ? found.kind === 'child'
            ? 'child'
            : ((found.p as { relationship?: string }).relationship ?? null)
          : null,
        same: true,
        applicable: false,
        kind: 'relationship',
        memberFound: found !== undefined,
        info: true,
      });
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
        // the household keeps no sex for a guardian (no form asks it from the household)
        applicable: found !== undefined && !(f === 'sex' && found.kind === 'guardian'),
        kind: KIND[f],
        memberFound: found !== undefined,
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
  const matched = matchAll(h, record.members);
  record.members.forEach((m, i) => {
    const found = matched[i];
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
