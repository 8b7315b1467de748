import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../dates/civil-date';
import { journeyChanges } from './journey-diff';
import type { Household } from './schema';

const d = (s: string) => s as CivilDate;
const born = (birthDate: string): Household => ({
  format: 'nonstop-household/1',
  municipalityCode: '131121',
  guardians: [
    {
      id: 'mother',
      familyName: '山田',
      givenName: '花子',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'ハナコ',
      birthDate: d('1994-04-02'),
      relationship: 'mother',
      employment: 'employee',
      insurance: 'employee',
    },
  ],
  children: [
    {
      id: 'baby',
      birthDate: d(birthDate),
      familyName: '山田',
      givenName: '太郎',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'タロウ',
      supported: true,
    },
  ],
  completed: [],
});

describe('journeyChanges', () => {
  it('a corrected birth date moves the 出生届 deadline (戸籍法49条: 14 days counting the birth day)', () => {
    // 2026-11-20 → 14th day 2026-12-03 (木); 2026-12-01 → 2026-12-14 (月): no holiday in either.
    const changes = journeyChanges(born('2026-11-20'), born('2026-12-01'), d('2026-12-02'));
    const reg = changes.find((c) => c.id === 'birth-registration');
    expect(reg?.kind).toBe('changed');
    expect(reg?.before?.due).toBe('2026-12-03');
    expect(reg?.after?.due).toBe('2026-12-14');
  });

  it('no change, no item listed', () => {
    expect(journeyChanges(born('2026-11-20'), born('2026-11-20'), d('2026-12-02'))).toEqual([]);
  });

  it('recording a completion changes only that item', () => {
    const after = {
      ...born('2026-11-20'),
      completed: [{ item: 'birth-registration', child: 'baby', on: d('2026-11-25') }],
    };
    const changes = journeyChanges(born('2026-11-20'), after, d('2026-12-02'));
    expect(changes.map((c) => [c.id, c.after?.status])).toEqual([['birth-registration', 'done']]);
  });
});
