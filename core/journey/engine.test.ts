/** Worked examples for the catalog's rules: vaccinations, overlays, conditions, bad input. */
import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import { civilDate, type CivilDate } from '../dates/civil-date';
import { dateMonthsReached } from '../dates/offsets';
import { validateHousehold, type Household } from '../household/schema';
import { computeJourney, nextMonthlyRound } from './journey';

function household(patch: (h: Record<string, any>) => void = () => {}): Household {
  const json = JSON.parse(JSON.stringify(newborn)) as Record<string, any>;
  patch(json);
  const r = validateHousehold(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const find = (h: Household, on: string, id: string, guardian?: string) =>
  computeJourney(h, civilDate(on)).items.find(
    (i) => i.id === id && (guardian === undefined || i.guardian === guardian),
  );

const born = (birthDate: string, completed: [string, string][] = [], extra: Record<string, unknown> = {}) =>
  household((h) => {
    Object.assign(h.children[0], { birthDate }, extra);
    h.completed = completed.map(([item, on]) => ({ item, child: 'haruto', on }));
  });

describe('生後N月 (fact sheet §0)', () => {
  it.each([
    ['2026-07-31', 2, '2026-09-30', 'no 9/31: that month’s last day'],
    ['2026-05-15', 2, '2026-07-14', 'the eve of the same date'],
    ['2024-02-29', 12, '2025-02-28', 'leap day'],
    ['2026-01-31', 1, '2026-02-28', 'no 2/31'],
  ])('born %s, %i months reached on %s (%s)', (b, m, d) =>
    expect(dateMonthsReached(civilDate(b), m)).toBe(d),
  );
});

describe('vaccinations by dose', () => {
  it('opens the first dose with its routine window and waits for the previous dose', () => {
    const h = born('2026-05-15');
    // 施行令3条: B型肝炎 "1歳に至るまで" from birth; 標準 生後2月から9月に至るまで (shown as advice).
    expect(find(h, '2026-05-20', 'hepb-1')?.status).toBe('due');
    expect(find(h, '2026-07-20', 'hepb-1')).toMatchObject({
      status: 'due',
      opens: '2026-05-15',
      closes: '2027-05-14',
      recommended: { from: '2026-07-14', to: '2027-02-14' },
    });
    expect(find(h, '2026-07-20', 'hepb-2')).toMatchObject({ status: 'upcoming', opens: null });
  });

  it('moves the next dose by the minimum interval after a recorded dose', () => {
    const h = born('2026-05-15', [['hepb-1', '2026-07-20']]);
    // 27日以上の間隔 → from 28 days later (the same weekday four weeks on); 139日以上 → 140 days after #1.
    expect(find(h, '2026-08-01', 'hepb-2')).toMatchObject({ status: 'upcoming', opens: '2026-08-17' });
    expect(find(h, '2026-08-16', 'hepb-2')?.status).toBe('upcoming');
    expect(find(h, '2026-08-17', 'hepb-2')?.status).toBe('due');
    expect(find(h, '2026-12-10', 'hepb-3')).toMatchObject({ opens: '2026-12-07' });
  });

  it('misses a dose whose window closed', () => {
    const h = born('2026-05-15');
    expect(find(h, '2026-09-01', 'rota-1')).toMatchObject({ status: 'missed', closes: '2026-08-27' }); // 14w6d
  });

  it('uses three rotavirus doses for the pentavalent vaccine', () => {
    const h = born('2026-05-15', [], { rotavirusVaccine: 'pentavalent' });
    expect(find(h, '2026-07-01', 'rota-3')).toBeDefined();
    expect(find(born('2026-05-15'), '2026-07-01', 'rota-3')).toBeUndefined();
  });

  it.each([
    ['2026-06-10', [1, 2, 3, 4], 'started at 3 months: 3 + booster'],
    ['2026-10-10', [1, 2, 4], 'started at 8 months: 2 + booster'],
    ['2027-05-20', [1, 2], 'started at 12 months: 2 doses'],
    ['2028-06-01', [1], 'started at 24 months: 1 dose'],
  ])('PCV catch-up: first dose on %s → doses %j (%s)', (first, doses) => {
    const h = born('2026-03-01', [['pcv-1', first]]);
    const applicable = [1, 2, 3, 4].filter((n) => find(h, first, `pcv-${n}`)?.status !== 'not-applicable');
    expect(applicable).toEqual(doses);
  });

  it('skips PCV dose 3 when dose 2 came after 12 months, and boosters 61 days after dose 2 (60日以上)', () => {
    const h = born('2026-03-01', [
      ['pcv-1', '2026-06-01'],
      ['pcv-2', '2027-03-10'],
    ]);
    expect(find(h, '2027-03-20', 'pcv-3')?.status).toBe('not-applicable');
    expect(find(h, '2027-03-20', 'pcv-4')).toMatchObject({ opens: '2027-05-10', status: 'upcoming' });
  });

  it('schedules MR 期2 in the year before primary school', () => {
    expect(find(born('2021-04-01'), '2026-11-21', 'mr-2')).toMatchObject({
      opens: '2026-04-01',
      closes: '2027-03-31',
      status: 'due',
    });
    expect(find(born('2021-04-02'), '2026-11-21', 'mr-2')).toMatchObject({
      opens: '2027-04-01',
      status: 'upcoming',
    });
  });
});

describe('conditions and reasons', () => {
  it('applies 低体重児の届出 only under 2,500 g, and says why not', () => {
    expect(
      find(born('2026-11-12', [], { birthWeightGrams: 2400 }), '2026-11-21', 'low-birth-weight-notification')
        ?.status,
    ).toBe('due');
    const na = find(
      born('2026-11-12', [], { birthWeightGrams: 2500 }),
      '2026-11-21',
      'low-birth-weight-notification',
    );
    expect(na).toMatchObject({ status: 'not-applicable', opens: null });
    expect(na?.why.appliesWhen).toContain('2,500g未満');
  });

  it('gives 出産手当金 only to a mother in employee insurance', () => {
    const nhi = household((h) => h.guardians.forEach((g: any) => (g.insurance = 'national')));
    expect(find(nhi, '2026-11-21', 'maternity-allowance')?.status).toBe('not-applicable');
    expect(find(household(), '2026-11-21', 'maternity-allowance')?.status).toBe('due');
  });

  it('files the child’s insurance by the guardians’ insurance', () => {
    expect(find(household(), '2026-11-21', 'child-health-insurance')).toMatchObject({
      due: '2026-11-17',
      filedAt: 'employer',
    });
    const nhi = household((h) => h.guardians.forEach((g: any) => (g.insurance = 'national')));
    expect(find(nhi, '2026-11-21', 'child-health-insurance')).toMatchObject({
      due: '2026-11-26',
      filedAt: 'municipality',
    });
  });

  it('never shows private offers without opt-in', () => {
    const ids = computeJourney(household(), civilDate('2026-11-21')).items.map((i) => i.id);
    expect(ids).not.toContain('diaper-subscription');
    const opted = household((h) => (h.privateOffers = ['diaper-subscription']));
    expect(find(opted, '2026-11-21', 'diaper-subscription')).toMatchObject({
      kind: 'private',
      status: 'due',
    });
  });

  it('shows 児童扶養手当 only for a single-parent household', () => {
    expect(find(household(), '2026-11-21', 'child-rearing-allowance')?.status).toBe('not-applicable');
    expect(
      find(
        household((h) => (h.singleParent = true)),
        '2026-11-21',
        'child-rearing-allowance',
      )?.status,
    ).toBe('due');
  });

  it('opens こども誰でも通園制度 from 2026-04 at 6 months, and not for a child who outgrew it first', () => {
    expect(find(born('2025-06-10'), '2026-11-21', 'children-drop-in-care')).toMatchObject({
      opens: '2026-04-01',
      status: 'due',
    });
    expect(find(born('2026-11-12'), '2026-11-21', 'children-drop-in-care')).toMatchObject({
      opens: '2027-05-11',
      status: 'upcoming',
    });
    expect(find(born('2022-01-10'), '2026-11-21', 'children-drop-in-care')?.status).toBe('not-applicable');
  });

  it('starts 無償化 at 満3歳 for kindergarten, and names the April 1 after turning 3 for nursery', () => {
    // 満3歳 is reached at the end of the eve of the third birthday (年齢計算ニ関スル法律).
    const april1 = find(born('2023-04-01'), '2026-11-21', 'preschool-free-education');
    expect(april1).toMatchObject({ opens: '2026-03-31' });
    expect(april1?.why.facts).toContain('保育所・認定こども園（2号）: 令和8年4月1日から');
    const april2 = find(born('2023-04-02'), '2026-11-21', 'preschool-free-education');
    expect(april2).toMatchObject({ opens: '2026-04-01' });
    expect(april2?.why.facts).toContain('保育所・認定こども園（2号）: 令和9年4月1日から');
  });

  it('starts 出産手当金 on day 1 of the 98 before a multiple birth (of the 42 otherwise)', () => {
    // Born 2026-11-12: the birth day is day 1 of 42 → from 41 days before (2026-10-02); twins 97 before.
    expect(find(household(), '2026-11-21', 'maternity-allowance')?.opens).toBe('2026-10-02');
    const twins = household((h) =>
      h.children.push({ ...h.children[0], id: 'twin', givenName: '陽菜', givenNameKana: 'ヒナ' }),
    );
    expect(find(twins, '2026-11-21', 'maternity-allowance')).toMatchObject({
      opens: '2026-08-07',
      status: 'due',
    });
  });

  it('opens 出産手当金 98 days before an expected multiple birth, and says it is due then', () => {
    // Twins expected 2027-03-01: day 1 of the 98 is 2026-11-24 (97 days before), not 2027-01-19 (42).
    const expecting = household((h) => {
      const unborn = { id: 'a', expectedBirthDate: '2027-03-01' };
      h.children = [unborn, { ...unborn, id: 'b' }];
      h.completed = [];
    });
    expect(find(expecting, '2026-11-23', 'maternity-allowance')).toMatchObject({
      opens: '2026-11-24',
      status: 'upcoming',
    });
    expect(find(expecting, '2026-11-24', 'maternity-allowance')).toMatchObject({
      opens: '2026-11-24',
      status: 'due',
    });
  });

  it.each([
    ['2026-11-05', '令和8年11月10日締切・12月入所'],
    ['2026-11-10', '令和8年11月10日締切・12月入所'],
    ['2026-11-21', '令和8年12月10日締切・1月入所'],
    ['2026-12-11', '令和9年1月10日締切・2月入所'],
  ])('names the next monthly nursery round on %s: %s', (on, text) => {
    expect(nextMonthlyRound(civilDate(on), 10)).toBe(text);
  });

  it('splits parental-leave items per employed guardian', () => {
    const h = household();
    expect(find(h, '2026-11-21', 'post-birth-leave-support-benefit', 'father')?.closes).toBe('2027-01-07');
    expect(find(h, '2026-11-21', 'post-birth-leave-support-benefit', 'mother')?.closes).toBe('2027-03-04');
  });
});

describe('municipal overlays', () => {
  it('follows 横浜市 from 中3 to 18歳年度末 in 2026-06', () => {
    const yokohama = household((h) => (h.municipalityCode = '141003'));
    const facts = (on: string) => find(yokohama, on, 'child-medical-subsidy')?.why.facts.join(' ');
    expect(facts('2026-05-31')).toContain('15歳年度末');
    expect(facts('2026-06-01')).toContain('18歳年度末');
  });

  it('shows 大阪市’s copay', () => {
    const osaka = household((h) => (h.municipalityCode = '271004'));
    expect(find(osaka, '2026-11-21', 'child-medical-subsidy')?.why.facts.join(' ')).toContain('500円');
  });

  it('falls back to national defaults and says so', () => {
    const j = computeJourney(
      household((h) => (h.municipalityCode = '131016')),
      civilDate('2026-11-21'),
    );
    expect(j.municipality).toEqual({ code: '131016', name: '千代田区', overlay: false });
    expect(j.notices.join()).toContain('no overlay');
  });
});

describe('bad input still gives a journey, with notices naming the field', () => {
  it('reports unknown item ids and completions before the birth', () => {
    const h = household((h) => {
      h.completed = [
        { item: 'no-such-item', child: 'haruto', on: '2026-11-15' },
        { item: 'birth-registration', child: 'haruto', on: '2026-11-01' },
      ];
    });
    const j = computeJourney(h, civilDate('2026-11-21'));
    expect(j.notices).toEqual(
      expect.arrayContaining([
        'completed[0].item: unknown item id "no-such-item" (ignored)',
        'completed[1].on: 2026-11-01 is before the birth (2026-11-12)',
      ]),
    );
    expect(j.items.length).toBeGreaterThan(20);
  });

  it('reports an expected date long past with no birth recorded', () => {
    const h = household((h) => (h.children[0] = { id: 'baby', expectedBirthDate: '2026-08-01' }));
    const j = computeJourney(h, civilDate('2026-11-21'));
    expect(j.notices.join()).toContain('children.baby.expectedBirthDate');
    expect(j.items.find((i) => i.id === 'birth-registration')?.estimated?.due).toBe(
      '2026-08-14' as CivilDate,
    );
  });
});
