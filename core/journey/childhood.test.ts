/**
 * Through the whole of childhood (issue 18): the journey runs to 18歳年度末 (20 where a right runs that long),
 * school-age routine vaccinations, 障害児福祉手当. Every expected date is counted by hand from the rule named
 * beside it (予防接種法施行令3条 and the 定期接種実施要領; 特別児童扶養手当等の支給に関する法律), never taken
 * from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import { civilDate } from '../dates/civil-date';
import { validateHousehold, type Household } from '../household/schema';
import { computeJourney } from './journey';

const kid = (id: string, birthDate: string, extra: Record<string, unknown> = {}) => ({
  id,
  birthDate,
  familyName: '佐藤',
  givenName: id,
  familyNameKana: 'サトウ',
  givenNameKana: 'コ',
  ...extra,
});

function withChild(child: Record<string, unknown>, done: [string, string][] = []): Household {
  const json = JSON.parse(JSON.stringify(newborn)) as Record<string, any>;
  json.children = [child];
  json.completed = done.map(([item, on]) => ({ item, child: child['id'], on }));
  const r = validateHousehold(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const find = (h: Household, on: string, id: string) =>
  computeJourney(h, civilDate(on)).items.find((i) => i.id === id);
const item = (h: Household, on: string, id: string) => {
  const found = find(h, on, id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('school-age routine vaccinations (予防接種法施行令3条, 定期接種実施要領)', () => {
  it('日本脳炎 1期 stays open at school until 生後90月 (born 2019-05-10: reached 2026-11-09)', () => {
    const h = withChild(kid('a', '2019-05-10'));
    // At school since 2026-04-01; 生後90月 is 7 years 6 months: the eve of 2026-11-10.
    expect(item(h, '2026-11-01', 'je-1')).toMatchObject({ status: 'due', closes: '2026-11-09' });
    // Closed and never given: it leaves the school child's journey.
    expect(find(h, '2026-11-10', 'je-1')).toBeUndefined();
  });

  it('日本脳炎 2期: 9歳以上13歳未満, standard at 9 (born 2016-08-20)', () => {
    const je2 = item(withChild(kid('a', '2016-08-20')), '2026-11-21', 'je-phase2');
    // 9歳 reached 2025-08-19, 13歳 reached 2029-08-19, 10歳 reached 2026-08-19.
    expect(je2).toMatchObject({ status: 'due', opens: '2025-08-19', closes: '2029-08-19' });
    expect(je2.recommended).toEqual({ from: '2025-08-19', to: '2026-08-19' });
  });

  it('二種混合 DT 2期: 11歳以上13歳未満, standard at 11 (born 2014-10-05)', () => {
    const dt = item(withChild(kid('a', '2014-10-05')), '2026-11-21', 'dt');
    expect(dt).toMatchObject({ status: 'due', opens: '2025-10-04', closes: '2027-10-04' });
    expect(dt.recommended).toEqual({ from: '2025-10-04', to: '2026-10-04' });
  });

  it('HPV for a girl: 小6 to 高1相当 (born 2013-06-15: FY2025 to FY2029), standard 中1 (FY2026)', () => {
    const hpv = item(withChild(kid('a', '2013-06-15', { sex: 'female' })), '2026-11-21', 'hpv-1');
    // 12歳 reached 2025-06-14 (FY2025 starts 2025-04-01); 16歳 reached 2029-06-14 (FY2029 ends 2030-03-31).
    expect(hpv).toMatchObject({ status: 'due', opens: '2025-04-01', closes: '2030-03-31' });
    // 13歳 reached 2026-06-14: FY2026, 2026-04-01 to 2027-03-31.
    expect(hpv.recommended).toEqual({ from: '2026-04-01', to: '2027-03-31' });
  });

  it('HPV: not for a boy; for a child whose sex is not recorded, shown with a note', () => {
    expect(find(withChild(kid('a', '2013-06-15', { sex: 'male' })), '2026-11-21', 'hpv-1')).toBeUndefined();
    const unknown = item(withChild(kid('a', '2013-06-15')), '2026-11-21', 'hpv-1');
    expect(unknown.why.facts.join()).toContain('女の子が対象');
  });

  it('HPV: a first dose before 15 is a 2-dose course (the second 5 months or more after, no third)', () => {
    const h = withChild(kid('a', '2013-06-15', { sex: 'female' }), [['hpv-1', '2026-05-01']]);
    // 5か月以上 after 2026-05-01: from 2026-10-01.
    expect(item(h, '2026-11-21', 'hpv-2')).toMatchObject({ status: 'due', opens: '2026-10-01' });
    // No third dose: not on a school child's journey at all (only what is open or paid stays).
    expect(find(h, '2026-11-21', 'hpv-3')).toBeUndefined();
  });

  it('HPV: a first dose from 15 is a 3-dose course (1 month, then 3 months)', () => {
    // Born 2011-01-10: 15 reached 2026-01-09; window FY2022 (2022-04-01) to FY2026 (2027-03-31).
    const h = withChild(kid('a', '2011-01-10', { sex: 'female' }), [
      ['hpv-1', '2026-02-01'],
      ['hpv-2', '2026-03-05'],
    ]);
    expect(item(h, '2026-03-01', 'hpv-2').closes).toBe('2027-03-31');
    expect(item(h, '2026-11-21', 'hpv-3')).toMatchObject({ status: 'due', opens: '2026-06-05' });
  });

  it('HPV catch-up in force: born FY2008 with a first dose by 2025-03-31 finishes until 2026-03-31', () => {
    // Born 2008-10-01: the routine window closed 2025-03-31 (16歳年度末); 15 reached 2023-09-30 → 3 doses.
    const started = withChild(kid('a', '2008-10-01', { sex: 'female' }), [['hpv-1', '2025-03-01']]);
    expect(item(started, '2025-12-01', 'hpv-2')).toMatchObject({ status: 'due', closes: '2026-03-31' });
    // Without a first dose by then, nothing is open any more.
    const notStarted = withChild(kid('a', '2008-10-01', { sex: 'female' }));
    expect(find(notStarted, '2025-12-01', 'hpv-2')).toBeUndefined();
    expect(find(notStarted, '2025-12-01', 'hpv-1')).toBeUndefined();
  });
});

describe('money through the whole of childhood', () => {
  it('a 7-year-old with a 1級 disability: 特別児童扶養手当 to 20 (FY2026 ¥58,450)', () => {
    const h = withChild(kid('a', '2019-05-01', { disability: { grade: 1 } }));
    // 20歳 reached on the eve of 2039-05-01.
    expect(item(h, '2026-11-21', 'special-child-rearing-allowance')).toMatchObject({
      status: 'due',
      closes: '2039-04-30',
      amount: { yen: 58_450, per: 'month' },
    });
  });

  it('a 19-year-old with a disability still has 特別児童扶養手当 until 20; without one, no journey', () => {
    const disabled = withChild(kid('a', '2007-03-01', { disability: { grade: 2 } }));
    expect(item(disabled, '2026-11-21', 'special-child-rearing-allowance').closes).toBe('2027-02-28');
    const other = withChild(kid('a', '2007-03-01'));
    expect(computeJourney(other, civilDate('2026-11-21')).items).toEqual([]);
  });

  it('児童手当 stays on the journey to 18歳年度末: a 17-year-old claimed at birth receives ¥10,000', () => {
    const h = withChild(kid('a', '2009-06-01'), [['child-allowance-application', '2009-06-10']]);
    expect(item(h, '2026-11-21', 'child-allowance-application')).toMatchObject({
      status: 'done',
      amount: { yen: 10_000, per: 'month' },
    });
    // 18歳 reached 2027-05-31 → 18歳年度末 2028-03-31; after it, nothing.
    expect(computeJourney(h, civilDate('2028-04-01')).items).toEqual([]);
  });
});

describe('障害児福祉手当 (特別児童扶養手当等の支給に関する法律17条・18条), by fiscal year', () => {
  const h = withChild(kid('a', '2020-05-01', { disability: { grade: 1 } }));
  it.each([
    ['FY2024', '2024-06-01', 15_690],
    ['FY2025', '2025-06-01', 16_100],
  ])('%s (asked on %s): ¥%i', (_fy, on, yen) => {
    expect(item(h, on, 'disabled-child-welfare-allowance').amount).toEqual({ yen, per: 'month' });
  });

  it('FY2026 is not confirmed: FY2025’s figure, said so', () => {
    const i = item(h, '2026-06-01', 'disabled-child-welfare-allowance');
    expect(i.amount?.yen).toBe(16_100);
    expect(i.why.unverified).toContain('2026年度の額は未登録');
  });

  it('runs to 20 (reached 2040-04-30) and says it is for a child needing constant care', () => {
    const i = item(h, '2026-06-01', 'disabled-child-welfare-allowance');
    expect(i.closes).toBe('2040-04-30');
    expect(i.why.facts.join()).toContain('いつも介護が必要');
  });

  it('is not applicable without a recorded disability', () => {
    expect(
      item(withChild(kid('a', '2020-05-01')), '2026-06-01', 'disabled-child-welfare-allowance').status,
    ).toBe('not-applicable');
  });
});
