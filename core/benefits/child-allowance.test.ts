import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import { civilDate, type CivilDate } from '../dates/civil-date';
import { validateHousehold, type Household } from '../household/schema';
import {
  addMonths,
  childAllowanceForMonth,
  childAllowanceSummary,
  nextPaymentMonth,
} from './child-allowance';

function base(): Household {
  const r = validateHousehold(newborn);
  if (!r.ok) throw new Error('fixture');
  return r.value;
}

function withChildren(...births: [string, string, boolean?][]): Household {
  const h = base();
  return {
    ...h,
    children: births.map(([id, birthDate, supported]) => ({
      id,
      birthDate: birthDate as CivilDate,
      familyName: '佐藤',
      givenName: '子',
      familyNameKana: 'サトウ',
      givenNameKana: 'コ',
      supported: supported ?? true,
    })),
  };
}

const amounts = (h: Household, month: string) =>
  childAllowanceForMonth(h, month).children.map((c) => [c.child, c.amount]);

describe('児童手当 monthly amounts (2024-10 reform)', () => {
  it.each([
    ['2026-11', 0, 'the birth month is not paid'],
    ['2026-12', 15_000, 'from the month after birth'],
    ['2029-11', 15_000, 'through the month of the third birthday'],
    ['2029-12', 10_000, 'the month after the third birthday'],
  ])('born 2026-11-12, %s → %i (%s)', (month, amount) => {
    expect(amounts(withChildren(['a', '2026-11-12']), month)).toEqual([['a', amount]]);
  });

  it('ends with the month of 18歳年度末', () => {
    const h = withChildren(['a', '2008-04-02']); // turns 18 on 2026-04-01 → 18歳年度末 2027-03-31
    expect(amounts(h, '2027-03')).toEqual([['a', 10_000]]);
    expect(amounts(h, '2027-04')).toEqual([]);
    const april1 = withChildren(['b', '2008-04-01']); // reaches 18 on 2026-03-31 → ends 2026-03
    expect(amounts(april1, '2026-03')).toEqual([['b', 10_000]]);
    expect(amounts(april1, '2026-04')).toEqual([]);
  });

  it('pays ¥30,000 from the third child, counting a university-age sibling up to 22歳年度末', () => {
    const h = withChildren(['eldest', '2006-05-10'], ['middle', '2015-06-01'], ['baby', '2025-01-20']);
    // eldest: 18歳年度末 2025-03 passed, 22歳年度末 2029-03 → counted, not paid
    expect(amounts(h, '2026-11')).toEqual([
      ['middle', 10_000],
      ['baby', 30_000],
    ]);
    // after the eldest's 22歳年度末, the baby becomes the second child
    expect(amounts(h, '2029-04')).toEqual([
      ['middle', 10_000],
      ['baby', 10_000],
    ]);
  });

  it('does not count a child the household does not support', () => {
    const h = withChildren(['eldest', '2006-05-10', false], ['middle', '2015-06-01'], ['baby', '2025-01-20']);
    expect(amounts(h, '2026-11')).toEqual([
      ['middle', 10_000],
      ['baby', 15_000],
    ]);
  });
});

describe('payment months', () => {
  it.each([
    ['2026-11', '2026-12'],
    ['2026-12', '2026-12'],
    ['2027-01', '2027-02'],
  ])('%s → next payment %s', (m, p) => expect(nextPaymentMonth(m)).toBe(p));

  it('adds months across years', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -2)).toBe('2026-11');
  });

  const claimed = (h: Household, child: string, on: string): Household => ({
    ...h,
    completed: [{ item: 'child-allowance-application', child, on: on as CivilDate }],
  });

  it('counts a claim filed in time from the month after the birth (法8条②③)', () => {
    const h = claimed(withChildren(['a', '2026-11-12']), 'a', '2026-11-20');
    expect(childAllowanceSummary(h, civilDate('2026-11-21'))).toMatchObject({
      month: '2026-11',
      law: 'after-2024-10',
      children: [{ child: 'a', amount: 0, entitled: 0, claimed: true, paidFrom: '2026-12' }],
      total: 0,
      ifClaimedNow: null,
      nextPayment: { month: '2026-12', amount: 0, covers: ['2026-10', '2026-11'] },
    });
    expect(childAllowanceSummary(h, civilDate('2027-01-05')).nextPayment).toEqual({
      month: '2027-02',
      amount: 30_000,
      covers: ['2026-12', '2027-01'],
      day: '2027-02-10',
    });
  });

  it('promises nothing for an unfiled, overdue claim: what claiming now brings, with no back pay', () => {
    // Born 9/10: the deadline was 9/30 (the 15th day 9/25, or the month's last open day). Not claimed.
    const h = withChildren(['a', '2026-09-10']);
    const s = childAllowanceSummary(h, civilDate('2026-11-21'));
    expect(s.total).toBe(0);
    expect(s.children).toEqual([{ child: 'a', amount: 0, entitled: 15_000, claimed: false, paidFrom: null }]);
    expect(s.nextPayment).toMatchObject({ month: '2026-12', amount: 0 });
    expect(s.ifClaimedNow).toEqual({
      from: '2026-12',
      monthlyTotal: 15_000,
      children: [{ child: 'a', amount: 15_000, from: '2026-12' }],
    });
    expect(s.notes.join()).toContain('さかのぼっての支給はありません');
  });

  it('pays a late claim from the month after the claim', () => {
    const h = claimed(withChildren(['a', '2026-09-10']), 'a', '2026-11-02');
    expect(childAllowanceSummary(h, civilDate('2026-12-05')).nextPayment).toMatchObject({
      month: '2026-12',
      amount: 0,
    });
    expect(childAllowanceSummary(h, civilDate('2027-01-05')).nextPayment).toMatchObject({
      month: '2027-02',
      amount: 30_000,
    });
  });

  it('names the next payment once the usual payment day of a payment month has passed', () => {
    const h = claimed(withChildren(['a', '2026-11-12']), 'a', '2026-11-20');
    expect(childAllowanceSummary(h, civilDate('2027-02-10')).nextPayment?.month).toBe('2027-02');
    expect(childAllowanceSummary(h, civilDate('2027-02-11')).nextPayment).toMatchObject({
      month: '2027-04',
      covers: ['2027-02', '2027-03'],
      amount: 30_000,
    });
  });

  it('refuses to answer dates before the 2024-10 reform with new-law figures', () => {
    const h = claimed(withChildren(['a', '2024-01-12']), 'a', '2024-01-15');
    const s = childAllowanceSummary(h, civilDate('2024-09-30'));
    expect(s).toMatchObject({ law: 'before-2024-10', total: null, nextPayment: null, children: [] });
    expect(s.notes[0]).toContain('改正前');
    expect(childAllowanceSummary(h, civilDate('2024-10-01')).law).toBe('after-2024-10');
  });
});
