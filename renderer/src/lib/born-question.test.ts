import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../../../core/dates/civil-date';
import type { Household } from '../../../core/household/schema';
import { asksToday, pastDueUnborn } from './born-question';

const h = {
  children: [{ id: 'baby', expectedBirthDate: '2027-04-20' }],
} as unknown as Household;
const d = (s: string) => s as CivilDate;

describe('「赤ちゃんは生まれましたか？」', () => {
  it('not on or before the due date; from the day after', () => {
    expect(asksToday(h, d('2027-04-19'), null)).toBe(false);
    expect(asksToday(h, d('2027-04-20'), null)).toBe(false);
    expect(asksToday(h, d('2027-04-21'), null)).toBe(true);
    expect(pastDueUnborn(h, d('2027-05-01')).map((c) => c.id)).toEqual(['baby']);
  });

  it('once a day: put aside today, asked again tomorrow', () => {
    expect(asksToday(h, d('2027-04-21'), '2027-04-21')).toBe(false);
    expect(asksToday(h, d('2027-04-22'), '2027-04-21')).toBe(true);
  });

  it('never once the birth is recorded, nor without a household', () => {
    const born = { children: [{ id: 'baby', birthDate: '2027-04-22' }] } as unknown as Household;
    expect(asksToday(born, d('2027-05-01'), null)).toBe(false);
    expect(asksToday(null, d('2027-05-01'), null)).toBe(false);
  });
});
