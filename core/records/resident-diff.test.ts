import { describe, expect, it } from 'vitest';
import { validateHousehold } from '../household/schema';
import newborn from '../../fixtures/households/newborn-family.json';
import { applyResidentRows, diffResidentRecord } from './resident-diff';
import type { ResidentRecord } from './resident-record';

const household = (() => {
  const h = validateHousehold(newborn);
  if (!h.ok) throw new Error('fixture');
  return h.value;
})();

// What the register says (written here by hand): the mother's given-name kana differs,
// and a member the household does not know.
const record: ResidentRecord = {
  format: 'nonstop-resident-record/1',
  municipalityCode: '131121',
  issuedAt: '2026-11-21T00:00:00.000Z',
  consent: { id: 1, purpose: 'test', fields: ['name', 'kana', 'birthDate', 'address'] },
  address: {
    postalCode: '154-0017',
    prefecture: '東京都',
    city: '世田谷区',
    street: '世田谷四丁目21番27号',
    building: 'ノンストップ荘201',
  },
  members: [
    {
      relationship: '世帯主',
      familyName: '佐藤',
      givenName: '健太',
      familyNameKana: 'サトウ',
      givenNameKana: 'ケンタ',
      birthDate: '1991-06-03',
    },
    {
      relationship: '妻',
      familyName: '佐藤',
      givenName: '美咲',
      familyNameKana: 'サトウ',
      givenNameKana: 'ミサ',
      birthDate: '1993-02-14',
    },
    {
      relationship: '母',
      familyName: '佐藤',
      givenName: '和子',
      familyNameKana: 'サトウ',
      givenNameKana: 'カズコ',
      birthDate: '1960-04-01',
    },
  ],
};

describe('resident record diff (自己情報取得)', () => {
  it('lists every field, marks the differing one, and a member the household lacks as not applicable', () => {
    const rows = diffResidentRecord(record, household);
    expect(rows.filter((r) => !r.same).map((r) => [r.key, r.record, r.household, r.applicable])).toEqual([
      ['1:givenNameKana', 'ミサ', 'ミサキ', true],
      ['2:familyName', '佐藤', null, false],
      ['2:givenName', '和子', null, false],
      ['2:familyNameKana', 'サトウ', null, false],
      ['2:givenNameKana', 'カズコ', null, false],
      ['2:birthDate', '1960-04-01', null, false],
    ]);
    expect(rows.find((r) => r.key === 'address')).toMatchObject({ same: true });
  });

  it('applies only the picked rows', () => {
    const next = applyResidentRows(record, household, ['1:givenNameKana']);
    expect(next.guardians[1]?.givenNameKana).toBe('ミサ');
    expect(next.guardians[0]).toEqual(household.guardians[0]);
    expect(household.guardians[1]?.givenNameKana).toBe('ミサキ'); // the original is untouched
    expect(next.guardians).toHaveLength(2);
    expect(validateHousehold(next).ok).toBe(true);
  });

  it('a guardian read with only kana, sex and 続柄 is found (not 「いません」): sex shown, not applicable; 続柄 beside the role', () => {
    const only: ResidentRecord = {
      ...record,
      consent: { id: 2, purpose: 'test', fields: ['kana', 'sex', 'relationship'] },
      address: undefined,
      members: [
        { relationship: '世帯主', familyNameKana: 'サトウ', givenNameKana: 'ケンタ', sex: 'male' },
        { relationship: '妻', familyNameKana: 'サトウ', givenNameKana: 'ミサキ', sex: 'female' },
        { relationship: '子', familyNameKana: 'サトウ', givenNameKana: 'ハルト', sex: 'male' },
      ],
    };
    const rows = diffResidentRecord(only, household);
    expect(rows.every((r) => r.memberFound)).toBe(true);
    expect(rows.find((r) => r.key === '1:relationship')).toMatchObject({
      record: '妻',
      household: 'mother',
      info: true,
      applicable: false,
      kind: 'relationship',
    });
    expect(rows.find((r) => r.key === '2:relationship')).toMatchObject({ record: '子', household: 'child' });
    // the household keeps no sex for a guardian: shown, nothing to apply; the child's is compared
    expect(rows.find((r) => r.key === '1:sex')).toMatchObject({
      record: 'female',
      applicable: false,
      kind: 'sex',
    });
    expect(rows.find((r) => r.key === '2:sex')).toMatchObject({
      record: 'male',
      household: 'male',
      same: true,
    });
  });

  it('names are matched after NFKC and without spaces, each person once', () => {
    const spaced: ResidentRecord = {
      ...record,
      consent: { id: 3, purpose: 'test', fields: ['name'] },
      address: undefined,
      members: [
        { familyName: '佐藤', givenName: '美　咲' },
        { familyName: '佐藤', givenName: '美咲' },
      ],
    };
    const rows = diffResidentRecord(spaced, household);
    expect(rows.filter((r) => r.key.startsWith('0:')).every((r) => r.memberFound)).toBe(true);
    // the second 美咲 cannot be the same person again
    expect(rows.filter((r) => r.key.startsWith('1:')).every((r) => !r.memberFound && !r.applicable)).toBe(
      true,
    );
  });

  it('birth dates are compared as civil dates and marked as dates for the screen (和暦 there)', () => {
    const rows = diffResidentRecord(record, household);
    expect(rows.find((r) => r.key === '0:birthDate')).toMatchObject({
      record: '1991-06-03',
      household: '1991-06-03',
      same: true,
      kind: 'date',
    });
  });
});
