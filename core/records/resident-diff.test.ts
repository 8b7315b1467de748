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
});
