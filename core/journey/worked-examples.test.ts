/**
 * Issue 8's rules, table-driven from the worked examples of the fact sheet (§0b "How to count") and the
 * law or municipal guidance it cites — every expected date below is counted by hand from those rules,
 * never taken from the engine's output.
 */
import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import { civilDate } from '../dates/civil-date';
import { validateHousehold, type Household } from '../household/schema';
import { computeJourney } from './journey';

function household(patch: (h: Record<string, any>) => void): Household {
  const json = JSON.parse(JSON.stringify(newborn)) as Record<string, any>;
  patch(json);
  const r = validateHousehold(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const child = (birthDate: string, done: [string, string][] = [], extra: Record<string, unknown> = {}) =>
  household((h) => {
    Object.assign(h.children[0], { birthDate }, extra);
    h.completed = done.map(([item, on]) => ({ item, child: 'haruto', on }));
  });

const item = (h: Household, on: string, id: string) => {
  const found = computeJourney(h, civilDate(on)).items.find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};

describe('"N日以上の間隔をおいて": the next dose from the day N+1 days after (南九州市, 名取市, 神戸市)', () => {
  it.each([
    // vaccine dose, birth, previous doses, first allowed day (counted by hand)
    ['rota-2 (27日以上 → 28日後)', 'rota-2', '2026-05-15', [['rota-1', '2026-07-01']], '2026-07-29'],
    ['hepb-2 (27日以上 after #1)', 'hepb-2', '2026-05-15', [['hepb-1', '2026-07-20']], '2026-08-17'],
    [
      'hepb-3 (139日以上 after #1 → 140日後)',
      'hepb-3',
      '2026-05-15',
      [
        ['hepb-1', '2026-07-20'],
        ['hepb-2', '2026-08-17'],
      ],
      '2026-12-07',
    ],
    [
      '5種混合 #2 (20日以上 → 21日後)',
      'dtp-ipv-hib-2',
      '2026-05-15',
      [['dtp-ipv-hib-1', '2026-07-20']],
      '2026-08-10',
    ],
    ['JE #2 (6日以上 → 7日後)', 'je-2', '2026-05-15', [['je-1', '2029-06-01']], '2029-06-08'],
    [
      'PCV booster (60日以上 after #3 → 61日後, and from 12 months)',
      'pcv-4',
      '2026-05-15',
      [
        ['pcv-1', '2026-07-15'],
        ['pcv-2', '2026-08-12'],
        ['pcv-3', '2027-04-01'],
      ],
      '2027-06-01',
    ],
    [
      '水痘 #2 (3か月以上 → the same date 3 months on)',
      'varicella-2',
      '2026-05-15',
      [['varicella-1', '2027-06-10']],
      '2027-09-10',
    ],
  ] as const)('%s', (_what, id, birth, done, opens) => {
    const h = child(
      birth,
      done.map(([a, b]) => [a, b] as [string, string]),
    );
    expect(item(h, opens, id).opens).toBe(opens);
    const dayBefore = new Date(`${opens}T00:00:00Z`);
    dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
    expect(item(h, dayBefore.toISOString().slice(0, 10), id).status).toBe('upcoming');
    expect(item(h, opens, id).status).toBe('due');
  });
});

describe('routine (公費) window, standard period beside it (予防接種法施行令3条, 定期接種実施要領)', () => {
  it('a 4-month-old may have BCG now: due, with 生後5〜8か月 as advice', () => {
    const bcg = item(child('2026-07-10'), '2026-11-20', 'bcg');
    expect(bcg).toMatchObject({ status: 'due', opens: '2026-07-10', closes: '2027-07-09' });
    // 生後5月 reached 2026-12-09, 生後8月 on 2027-03-09 (the eve of the same date).
    expect(bcg.recommended).toEqual({ from: '2026-12-09', to: '2027-03-09' });
  });

  it('a 1½-year-old may have 日本脳炎 now (from 生後6月), standard at age 3', () => {
    const je = item(child('2025-05-10'), '2026-11-20', 'je-1');
    expect(je).toMatchObject({ status: 'due', opens: '2025-11-09' });
    expect(je.recommended).toEqual({ from: '2028-05-09', to: '2029-05-09' });
  });
});

describe('PCV catch-up (実施要領 via 丹波市・秩父別町・紀北町)', () => {
  it('(a) only dose 1 and now past 24 months: doses 2 and 3 are not given, the booster is due', () => {
    const h = child('2024-10-01', [['pcv-1', '2025-01-05']]);
    expect(item(h, '2026-11-20', 'pcv-2').status).toBe('not-applicable');
    expect(item(h, '2026-11-20', 'pcv-3').status).toBe('not-applicable');
    // from 12 months (2025-09-30) and 61 days after dose 1 (2025-03-07): the later.
    expect(item(h, '2026-11-20', 'pcv-4')).toMatchObject({ status: 'due', opens: '2025-09-30' });
  });

  it('(b) a first dose on the day the child reaches 7 months is still the 4-dose course', () => {
    // Born 2026-01-15: 生後7月 is reached on 2026-08-14.
    expect(item(child('2026-01-15', [['pcv-1', '2026-08-14']]), '2026-08-20', 'pcv-3').status).not.toBe(
      'not-applicable',
    );
    expect(item(child('2026-01-15', [['pcv-1', '2026-08-15']]), '2026-08-20', 'pcv-3').status).toBe(
      'not-applicable',
    );
  });

  it('(c) dose 3 is dropped only when dose 2 came after the day the child reaches 12 months', () => {
    // Born 2026-01-15: 生後12月 is reached on 2027-01-14.
    const on12 = child('2026-01-15', [
      ['pcv-1', '2026-06-01'],
      ['pcv-2', '2027-01-14'],
    ]);
    expect(item(on12, '2027-02-20', 'pcv-3')).toMatchObject({ status: 'due', opens: '2027-02-11' });
    const after12 = child('2026-01-15', [
      ['pcv-1', '2026-06-01'],
      ['pcv-2', '2027-01-15'],
    ]);
    expect(item(after12, '2027-02-20', 'pcv-3').status).toBe('not-applicable');
  });
});

describe('出産手当金: "出産の日以前42日" counts the birth (or due) day as day 1 (健康保険法102条)', () => {
  const mother = (patch: Record<string, unknown>) =>
    household((h) => {
      Object.assign(h.children[0], patch);
      if (!('birthDate' in patch)) delete h.children[0].birthDate;
      for (const f of ['familyName', 'givenName', 'familyNameKana', 'givenNameKana'])
        if (!('birthDate' in patch)) delete h.children[0][f];
    });

  it.each([
    ['due 3/16 → from 2/3', { expectedBirthDate: '2027-03-16' }, '2027-02-03'],
    [
      'born early, 3/10 → 41 days before the birth',
      { birthDate: '2027-03-10', expectedBirthDate: '2027-03-16' },
      '2027-01-28',
    ],
    [
      'born late, 3/20 → counted back from the due date',
      { birthDate: '2027-03-20', expectedBirthDate: '2027-03-16' },
      '2027-02-03',
    ],
  ])('%s', (_what, patch, opens) => {
    expect(item(mother(patch), '2027-01-10', 'maternity-allowance').opens ?? null).toBe(opens);
  });

  it('twins due 3/16 → day 1 of the 98 is 12/9', () => {
    const twins = household((h) => {
      h.children = [
        { id: 'a', expectedBirthDate: '2027-03-16' },
        { id: 'b', expectedBirthDate: '2027-03-16' },
      ];
      h.completed = [];
    });
    expect(item(twins, '2026-12-08', 'maternity-allowance')).toMatchObject({
      opens: '2026-12-09',
      status: 'upcoming',
    });
    expect(item(twins, '2026-12-09', 'maternity-allowance').status).toBe('due');
  });

  it('is not offered to a mother who is a dependent (被扶養者) and not employed', () => {
    const h = household((h) => Object.assign(h.guardians[1], { employment: 'none', insurance: 'employee' }));
    const m = item(h, '2026-11-21', 'maternity-allowance');
    expect(m.status).toBe('not-applicable');
    expect(m.why.appliesWhen).toContain('被扶養者');
  });
});

describe('国保 資格取得届: 14 days from the day after the birth, past closing days (地方自治法4条の2④)', () => {
  const nhi = (birthDate: string) =>
    household((h) => {
      h.children[0].birthDate = birthDate;
      h.guardians.forEach((g: any) =>
        Object.assign(g, { insurance: 'national', employment: 'self-employed' }),
      );
    });
  it.each([
    ['2026-11-12', '2026-11-26', 'a Thursday: no move'],
    ['2026-11-09', '2026-11-24', '11/23 勤労感謝の日 → the next open day'],
    ['2026-12-20', '2027-01-04', '1/3 in the year-end closure → Monday 1/4'],
  ])('born %s → %s (%s)', (birth, due) => {
    expect(item(nhi(birth), '2026-12-01', 'child-health-insurance')).toMatchObject({
      due,
      filedAt: 'municipality',
    });
  });
});

describe('児童扶養手当: the first child, then the addition per further child (児童扶養手当法5条)', () => {
  const single = (births: string[], extra: Record<string, unknown> = {}) =>
    household((h) => {
      h.singleParent = true;
      h.guardians = [h.guardians[1]];
      delete h.claimant;
      h.children = births.map((birthDate, i) => ({
        id: `c${i}`,
        birthDate,
        familyName: '佐藤',
        givenName: '子',
        familyNameKana: 'サトウ',
        givenNameKana: 'コ',
        ...(i === 0 ? extra : {}),
      }));
      h.completed = [];
    });
  const amounts = (h: Household, on: string) =>
    computeJourney(h, civilDate(on))
      .items.filter((i) => i.id === 'child-rearing-allowance')
      .map((i) => i.amount?.yen);

  it('FY2025: ¥46,690 for the first child and ¥11,030 for each further child, on one household claim', () => {
    expect(amounts(single(['2020-05-01', '2023-05-01', '2025-01-10']), '2025-06-01')).toEqual([
      46_690 + 11_030 + 11_030,
    ]);
    const claim = item(
      single(['2020-05-01', '2023-05-01', '2025-01-10']),
      '2025-06-01',
      'child-rearing-allowance',
    );
    expect(claim.perChild).toEqual([
      { child: 'c0', yen: 46_690 },
      { child: 'c1', yen: 11_030 },
      { child: 'c2', yen: 11_030 },
    ]);
  });

  it('audit error 3: three children, two at school, 2026-01: one claim of ¥68,750 (FY2025: 46,690 + 11,030 × 2)', () => {
    // Born 2014-07-01 and 2016-09-20 (at school since 2021-04 and 2023-04), 2022-03-03 (not yet at school).
    const h = single(['2014-07-01', '2016-09-20', '2022-03-03']);
    const claims = computeJourney(h, civilDate('2026-01-15')).items.filter(
      (i) => i.id === 'child-rearing-allowance',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ child: 'c0', amount: { yen: 68_750, per: 'month' } });
    expect(claims[0]?.perChild?.map((p) => p.yen)).toEqual([46_690, 11_030, 11_030]);
    // The claim runs while any child counts: to the youngest's 18歳年度末 (reaches 18 on 2040-03-02 → 2040-03-31).
    expect(claims[0]?.closes).toBe('2040-03-31');
  });

  it('answers a date in a year it does not know with the latest known year, marked', () => {
    const h = single(['2025-01-10']);
    const i = computeJourney(h, civilDate('2027-05-01')).items.find(
      (x) => x.id === 'child-rearing-allowance',
    );
    expect(i?.amount?.yen).toBe(48_050);
    expect(i?.why.unverified).toContain('2027年度の額は未登録');
  });

  it('runs to age 20 for a child with a disability', () => {
    const i = item(
      single(['2020-05-01'], { disability: { grade: 1 } }),
      '2025-06-01',
      'child-rearing-allowance',
    );
    expect(i.closes).toBe('2040-04-30');
  });
});

describe('特別児童扶養手当 by grade (FY2025: 1級 ¥56,800, 2級 ¥37,830)', () => {
  it.each([
    [1, 56_800],
    [2, 37_830],
  ])('grade %i → ¥%i', (grade, yen) => {
    expect(
      item(
        child('2024-05-01', [], { disability: { grade } }),
        '2025-06-01',
        'special-child-rearing-allowance',
      ).amount,
    ).toEqual({
      yen,
      per: 'month',
    });
  });
});

describe('reasons and older courses', () => {
  it('出生後休業支援給付 for a birth before 2025-04 says the real reason', () => {
    const i = computeJourney(child('2025-03-20'), civilDate('2025-04-10')).items.find(
      (x) => x.id === 'post-birth-leave-support-benefit',
    );
    expect(i?.status).toBe('not-applicable');
    expect(i?.why.facts[0]).toContain('令和7年4月1日以降に生まれた子');
  });

  it('does not invent 5種混合 doses for a child who started on 4種混合 + Hib (before 2024-04)', () => {
    const ids = (h: Household, on: string) => computeJourney(h, civilDate(on)).items.map((i) => i.id);
    expect(ids(child('2023-10-01'), '2024-06-01').filter((id) => id.startsWith('dtp-ipv-hib'))).toEqual([]);
    // …and shows their 4種混合 course instead: due from 生後2月 (2023-11-30), 20日以上 between doses.
    expect(item(child('2023-10-01'), '2024-06-01', 'dtp-ipv-1')).toMatchObject({
      status: 'due',
      opens: '2023-11-30',
    });
    expect(item(child('2023-10-01', [['dtp-ipv-1', '2023-12-10']]), '2024-06-01', 'dtp-ipv-2').opens).toBe(
      '2023-12-31',
    );
    // A child born later has no 4種混合 items; a recorded 4種混合 dose keeps that series instead of 5種混合.
    expect(ids(child('2025-01-10'), '2025-06-01').filter((id) => /^dtp-ipv-\d$/.test(id))).toEqual([]);
    expect(
      ids(child('2024-03-01', [['dtp-ipv-1', '2024-05-02']]), '2024-06-01').filter((id) =>
        id.startsWith('dtp-ipv-hib'),
      ),
    ).toEqual([]);
    // A recorded 5種混合 dose keeps that series for an older child (the household says so).
    expect(
      item(child('2023-10-01', [['dtp-ipv-hib-1', '2024-04-05']]), '2024-06-01', 'dtp-ipv-hib-2').status,
    ).not.toBe('not-applicable');
  });

  it('civil servants get the 共済 equivalents and 30 days for a dependant', () => {
    const h = household((h) =>
      h.guardians.forEach((g: any) =>
        Object.assign(g, { employment: 'civil-servant', insurance: 'mutual-aid' }),
      ),
    );
    const j = computeJourney(h, civilDate('2026-11-21'));
    expect(j.items.find((i) => i.id === 'child-health-insurance')?.due).toBe('2026-12-12');
    const leave = j.items.filter((i) => i.id === 'childcare-leave-benefit');
    expect(leave).toHaveLength(2);
    expect(leave[0]?.why.legalBasis).toContain('共済組合法');
    expect(j.items.find((i) => i.id === 'maternity-allowance')?.why.legalBasis).toContain('共済組合法');
  });
});

describe('declined items (nonstop-household/1 `declined`)', () => {
  it('shows a declined item as not-applicable with the household’s reason; a done item stays done', () => {
    const h = household((h) => {
      h.declined = [
        { item: 'newborn-home-visit', child: 'haruto', reason: '里帰り先で受けます', on: '2026-11-20' },
        { item: 'birth-registration', child: 'haruto', reason: 'test', on: '2026-11-20' },
      ];
      h.completed = [{ item: 'birth-registration', child: 'haruto', on: '2026-11-18' }];
    });
    const visit = item(h, '2026-11-21', 'newborn-home-visit');
    expect(visit).toMatchObject({
      status: 'not-applicable',
      opens: null,
      declined: { on: '2026-11-20', reason: '里帰り先で受けます' },
    });
    expect(visit.why.facts[0]).toBe('対象外として記録（令和8年11月20日）: 里帰り先で受けます');
    expect(item(h, '2026-11-21', 'birth-registration').status).toBe('done');
  });
});

describe('found by the independent audit', () => {
  it('an overdue 児童手当 claim shows what claiming now brings: from next month, at that month’s rate', () => {
    // Born 2022-06-01, never claimed, asked 2026-12-01: paid from 2027-01, age 4 → ¥10,000 (法8条②, §4).
    const i = item(child('2022-06-01'), '2026-12-01', 'child-allowance-application');
    expect(i.status).toBe('overdue');
    expect(i.amount).toEqual({ yen: 10_000, per: 'month' });
  });

  it('gives no new-law 児童手当 figure for a date before the 2024-10 reform', () => {
    expect(item(child('2024-06-01'), '2024-06-05', 'child-allowance-application').amount).toBeNull();
  });

  it('puts the household’s one 児童扶養手当 claim on the first child, also when that child is at school', () => {
    const h = household((h) => {
      h.singleParent = true;
      h.guardians = [h.guardians[1]];
      delete h.claimant;
      h.children = ['2018-06-01', '2024-06-01'].map((birthDate, i) => ({
        id: `c${i}`,
        birthDate,
        familyName: '佐藤',
        givenName: '子',
        familyNameKana: 'サトウ',
        givenNameKana: 'コ',
      }));
      h.completed = [];
    });
    const i = computeJourney(h, civilDate('2025-06-15')).items.filter(
      (x) => x.id === 'child-rearing-allowance',
    );
    expect(i.map((x) => x.child)).toEqual(['c0']);
    // FY2025: ¥46,690 + ¥11,030 = ¥57,720.
    expect(i[0]?.amount?.yen).toBe(57_720);
    expect(i[0]?.why.facts.join()).toContain('世帯の合計 月額 57,720円');
  });

  it('offers no 出産手当金 to a mother recorded as a dependent (被扶養者) even if she works part-time', () => {
    const h = household((h) =>
      Object.assign(h.guardians[1], { employment: 'employee', insuredAs: 'dependent' }),
    );
    expect(item(h, '2026-11-21', 'maternity-allowance').status).toBe('not-applicable');
  });

  it('names December 2024 as the first payment of the new law (October 2024 paid the old law’s months)', () => {
    const h = household((h) => {
      h.children[0].birthDate = '2024-05-01';
      h.completed = [{ item: 'child-allowance-application', child: 'haruto', on: '2024-05-10' }];
    });
    expect(computeJourney(h, civilDate('2024-10-05')).childAllowance.nextPayment).toMatchObject({
      month: '2024-12',
      covers: ['2024-10', '2024-11'],
      amount: 30_000,
    });
  });

  it('shows one 出産手当金 per multiple birth, with 98 days even when the twins are born either side of midnight', () => {
    const twins = household((h) => {
      h.children.push({
        ...h.children[0],
        id: 'twin',
        birthDate: '2026-11-13',
        givenName: '陽菜',
        givenNameKana: 'ヒナ',
      });
    });
    const items = computeJourney(twins, civilDate('2026-11-21')).items.filter(
      (i) => i.id === 'maternity-allowance',
    );
    expect(items.map((i) => i.status)).toEqual(['due', 'not-applicable']);
    // Born 2026-11-12: day 1 of 98 is 97 days before, 2026-08-07.
    expect(items[0]?.opens).toBe('2026-08-07');
  });

  it('opens the 1歳6か月 and 3歳 check-ups the day after the age is reached (母子保健法12条 "を超え")', () => {
    const h = child('2025-05-15');
    expect(item(h, '2026-11-20', 'checkup-18m').opens).toBe('2026-11-15');
    expect(item(h, '2026-11-20', 'checkup-3y').opens).toBe('2028-05-15');
  });
});

describe('found by the second audit (each expected day counted by hand from the cited rule)', () => {
  const pregnant = (expectedBirthDate: string) =>
    household((h) => {
      h.children[0] = { id: 'haruto', expectedBirthDate, supported: true };
      h.completed = [];
    });

  it('妊婦支援給付 1回目 stays open after the birth: 2 years from the heartbeat day (苓北町・伊野町), at most from the 妊娠届 or the birth', () => {
    // Born 2026-11-12: the heartbeat was confirmed by then, so the claim ends by 2028-11-11 at the latest.
    expect(item(child('2026-11-12'), '2026-11-21', 'pregnancy-support-payment-1')).toMatchObject({
      status: 'due',
      closes: '2028-11-11',
    });
    // A 妊娠届 recorded on 2026-04-20 (filed after the heartbeat): the 2 years end by 2028-04-19.
    expect(
      item(
        child('2026-11-12', [['pregnancy-notification', '2026-04-20']]),
        '2026-11-21',
        'pregnancy-support-payment-1',
      ).closes,
    ).toBe('2028-04-19');
  });

  it('妊婦支援給付 2回目 runs 2 years from the day 8 weeks before the due date (予定日 6/12 → 4/17 … 2027-04/16)', () => {
    const h = child('2025-06-10', [], { expectedBirthDate: '2025-06-12' });
    expect(item(h, '2026-12-01', 'pregnancy-support-payment-2')).toMatchObject({
      status: 'due',
      opens: '2025-04-17',
      closes: '2027-04-16',
    });
    expect(item(h, '2027-12-01', 'pregnancy-support-payment-2').status).toBe('missed');
  });

  it('still pregnant after the due date: 妊婦健診 and the 妊娠届 are not missed, the 1回目 is open', () => {
    const h = pregnant('2026-11-10');
    expect(item(h, '2026-11-20', 'pregnancy-checkup-vouchers')).toMatchObject({
      status: 'due',
      closes: null,
    });
    expect(item(h, '2026-11-20', 'pregnancy-notification').status).toBe('due');
    expect(item(h, '2026-11-20', 'pregnancy-support-payment-1').status).toBe('due');
  });

  it('特別児童扶養手当 FY2026 (from 2026-04): 1級 ¥58,450, 2級 ¥38,930', () => {
    for (const [grade, yen] of [
      [1, 58_450],
      [2, 38_930],
    ] as const)
      expect(
        item(
          child('2024-05-01', [], { disability: { grade } }),
          '2026-06-01',
          'special-child-rearing-allowance',
        ).amount,
      ).toEqual({ yen, per: 'month' });
  });

  it('出生後休業支援給付金: from the earlier of birth and due date to 8 (mother 16) weeks after the later one, +1 day (雇用保険法61条の10)', () => {
    // Born 2026-11-20, due 2026-12-20: father to 12/20 + 56 = 2027-02-14, mother to 12/20 + 112 = 2027-04-11.
    const h = child('2026-11-20', [], { expectedBirthDate: '2026-12-20' });
    const items = computeJourney(h, civilDate('2026-12-01')).items.filter(
      (i) => i.id === 'post-birth-leave-support-benefit',
    );
    expect(items.map((i) => [i.guardian, i.opens, i.closes])).toEqual([
      ['father', '2026-11-20', '2027-02-14'],
      ['mother', '2026-11-20', '2027-04-11'],
    ]);
  });

  it('a mother’s 育児休業給付金 opens after her 産後休業 (労基法65条②: 8 weeks): born 11/12 → 2027-01-08', () => {
    const items = computeJourney(child('2026-11-12'), civilDate('2026-11-21')).items.filter(
      (i) => i.id === 'childcare-leave-benefit',
    );
    expect(items.map((i) => [i.guardian, i.opens, i.status])).toEqual([
      ['father', '2026-11-12', 'due'],
      ['mother', '2027-01-08', 'upcoming'],
    ]);
  });

  it('4種/5種混合: a child who reached 2 months on 2024-03-31 (born 2024-02-01) starts on 5種混合 ("2024年2月以降生まれは5種", 坂東市)', () => {
    const ids = (birth: string) =>
      computeJourney(child(birth), civilDate('2024-05-01')).items.map((i) => i.id);
    expect(ids('2024-02-01')).toContain('dtp-ipv-hib-1');
    expect(ids('2024-02-01').filter((id) => /^dtp-ipv-\d$/.test(id))).toEqual([]);
    // Born 2024-01-31: 2 months reached on 2024-03-30, a day 4種混合 could still be started.
    expect(ids('2024-01-31')).toContain('dtp-ipv-1');
  });

  it('出産手当金 can be claimed through 2 years after the day after the last day (birth + 56), 健康保険法193条・民法143条', () => {
    // Born 2026-01-10: last day 2026-03-07 → through 2028-03-07 (the leap day 2028-02-29 between moves nothing).
    expect(item(child('2026-01-10'), '2026-03-01', 'maternity-allowance').closes).toBe('2028-03-07');
    // Born 2028-01-05: last day 2028-03-01 → through 2030-03-01.
    expect(item(child('2028-01-05'), '2028-03-01', 'maternity-allowance').closes).toBe('2030-03-01');
  });

  it('1か月児健診: more than 27 days old and before 6 weeks (栗東市要綱2条): born 11/12 → 12/10 to 12/23', () => {
    expect(item(child('2026-11-12'), '2026-11-21', 'checkup-1m')).toMatchObject({
      opens: '2026-12-10',
      closes: '2026-12-23',
    });
  });

  it('ロタ: once dose 1 can no longer be given (after 14 weeks 6 days), dose 2 is missed too', () => {
    // Born 2026-08-01: dose 1 closes on day 104 after the birth, 2026-11-13.
    const h = child('2026-08-01');
    expect(item(h, '2026-11-14', 'rota-1').status).toBe('missed');
    expect(item(h, '2026-11-14', 'rota-2').status).toBe('missed');
    expect(item(h, '2026-11-13', 'rota-2').status).toBe('upcoming');
  });
});

describe('ヒブ for the 4種混合 generation (定期接種実施要領 via 京都市・東久留米市・さぬき市)', () => {
  it('is shown beside 4種混合 only: 2 months to 60 months, from 生後2月 (born 6/1 → 7/31)', () => {
    expect(item(child('2023-06-01'), '2023-08-15', 'hib-1')).toMatchObject({
      status: 'due',
      opens: '2023-07-31',
    });
    const ids = computeJourney(child('2025-01-10'), civilDate('2025-06-01')).items.map((i) => i.id);
    expect(ids.filter((id) => id.startsWith('hib'))).toEqual([]);
  });

  it('started by 7 months: 3 doses 27日以上 apart (28 days after) by 12 months, booster 7 months after the third', () => {
    const done: [string, string][] = [['hib-1', '2023-08-10']];
    expect(item(child('2023-06-01', done), '2023-08-20', 'hib-2')).toMatchObject({
      opens: '2023-09-07',
      closes: '2024-05-31',
    });
    done.push(['hib-2', '2023-09-07'], ['hib-3', '2023-10-05']);
    expect(item(child('2023-06-01', done), '2023-10-10', 'hib-4').opens).toBe('2024-05-05');
  });

  it('started at 7–12 months: 2 doses and a booster, no third dose', () => {
    // Born 2023-01-15: 7 months reached 2023-08-14; first dose 2023-09-20.
    const h = child('2023-01-15', [['hib-1', '2023-09-20']]);
    expect(item(h, '2023-09-25', 'hib-3').status).toBe('not-applicable');
    expect(item(h, '2023-09-25', 'hib-2').opens).toBe('2023-10-18');
  });

  it('started after 12 months: one dose', () => {
    const h = child('2022-06-01');
    expect(item(h, '2024-01-10', 'hib-1').status).toBe('due');
    for (const id of ['hib-2', 'hib-3', 'hib-4'])
      expect(item(h, '2024-01-10', id).status).toBe('not-applicable');
  });

  it('primary series not finished by 12 months: no more primary doses; the booster 27日以上 after the last one, once past 1 year', () => {
    // Born 2023-03-01 (12 months reached 2024-02-29); doses 5/10 and 6/10 only.
    const h = child('2023-03-01', [
      ['hib-1', '2023-05-10'],
      ['hib-2', '2023-06-10'],
    ]);
    expect(item(h, '2024-04-01', 'hib-3').status).toBe('not-applicable');
    expect(item(h, '2024-04-01', 'hib-4')).toMatchObject({ status: 'due', opens: '2024-03-01' });
  });
});
