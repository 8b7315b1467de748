/**
 * The third audit's errors (issue 18), each with a worked example counted by hand from the law or the
 * municipal guidance named beside it — never from the engine's output.
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

const kid = (id: string, birthDate: string, extra: Record<string, unknown> = {}) => ({
  id,
  birthDate,
  familyName: '佐藤',
  givenName: id,
  familyNameKana: 'サトウ',
  givenNameKana: 'コ',
  ...extra,
});

const withChildren = (children: Record<string, unknown>[], completed: Record<string, string>[] = []) =>
  household((h) => {
    h.children = children;
    h.completed = completed;
  });

const items = (h: Household, on: string, id: string) =>
  computeJourney(h, civilDate(on)).items.filter((i) => i.id === id);

const one = (h: Household, on: string, id: string, child?: string) => {
  const found = items(h, on, id).filter((i) => child === undefined || i.child === child);
  expect(found).toHaveLength(1);
  return found[0] as NonNullable<(typeof found)[number]>;
};

describe('1. こども誰でも通園制度: 「満3歳未満」 ends two days before the 3rd birthday (前々日)', () => {
  // 年齢計算ニ関スル法律: 満3歳 is reached at the end of the eve of the birthday; 「満3歳未満」 is the days before
  // that day — the last is the day before the eve (和木町・豊明市・可児市・東串良町・太子町: 「3歳の誕生日の前々日まで」).
  it.each([
    ['born 2024-05-10: 3歳 on 2027-05-09, last day 2027-05-08', '2024-05-10', '2027-05-08', '2027-05-09'],
    // Born on Feb 29: 3歳 is reached on 2027-02-28 (no Feb 29 in 2027), so the last day is 2027-02-27.
    ['born 2024-02-29: 3歳 on 2027-02-28, last day 2027-02-27', '2024-02-29', '2027-02-27', '2027-02-28'],
  ])('%s', (_what, birth, last, reached) => {
    const h = withChildren([kid('a', birth)]);
    expect(one(h, last, 'children-drop-in-care').closes).toBe(last);
    expect(one(h, last, 'children-drop-in-care').status).toBe('due');
    expect(one(h, reached, 'children-drop-in-care').status).toBe('missed');
  });
});

describe('2. 出産育児一時金 by the date of the birth (健康保険法施行令36条 as amended)', () => {
  it.each([
    // birth, asked on, amount (産科医療補償制度 applies), base (it does not)
    [
      '2023-03-31 (before the raise; its claim runs to 2025-03-31)',
      '2023-03-31',
      '2024-06-01',
      420_000,
      408_000,
    ],
    ['2023-04-01 (the first day of ¥500,000)', '2023-04-01', '2024-06-01', 500_000, 488_000],
    ['2021-12-31 (before the premium was lowered to ¥12,000)', '2021-12-31', '2022-06-01', 420_000, 404_000],
    ['2026-11-01', '2026-11-01', '2026-11-21', 500_000, 488_000],
  ])('born %s', (_what, birth, on, yen, base) => {
    const i = one(withChildren([kid('a', birth)]), on, 'childbirth-lump-sum');
    expect(i.amount).toEqual({ yen, per: 'fetus' });
    expect(i.why.facts.join()).toContain(`${base.toLocaleString('ja-JP')}円`);
  });

  it('the claim of a birth on 2023-03-31 is open until 2025-03-31 (193条①, from the day after the birth)', () => {
    const h = withChildren([kid('a', '2023-03-31')]);
    expect(one(h, '2025-03-31', 'childbirth-lump-sum')).toMatchObject({
      status: 'due',
      closes: '2025-03-31',
    });
  });

  it('twins: one claim for the birth, the amount per child, both children named in the total', () => {
    const h = withChildren([kid('a', '2026-11-01'), kid('b', '2026-11-01')]);
    const claim = one(h, '2026-11-21', 'childbirth-lump-sum');
    expect(claim.child).toBe('a');
    expect(claim.amount).toEqual({ yen: 500_000, per: 'fetus' });
    expect(claim.why.facts.join()).toContain('合計1,000,000円');
  });

  it('twins: a claim recorded on the second twin completes the birth’s one claim', () => {
    const h = withChildren(
      [kid('a', '2026-11-01'), kid('b', '2026-11-01')],
      [{ item: 'childbirth-lump-sum', child: 'b', on: '2026-11-10' }],
    );
    expect(one(h, '2026-11-21', 'childbirth-lump-sum')).toMatchObject({
      status: 'done',
      doneOn: '2026-11-10',
    });
  });
});

describe('3. 児童扶養手当: one claim for the household, the full amount, the parts per child', () => {
  const single = (births: string[]) =>
    household((h) => {
      h.singleParent = true;
      h.guardians = [h.guardians[1]];
      delete h.claimant;
      h.children = births.map((b, i) => kid(`c${i}`, b));
      h.completed = [];
    });

  it('an only child at school (9 years old): the first-child amount, not ¥0 (FY2026 ¥48,050)', () => {
    const claim = one(single(['2017-06-01']), '2026-11-21', 'child-rearing-allowance');
    expect(claim.amount).toEqual({ yen: 48_050, per: 'month' });
  });
});

describe('4. 児童手当 after the claim: what is received, from when, every day', () => {
  it('claimed in the birth month: Home can say 「3月分から月額15,000円」 on every day until March', () => {
    const h = withChildren(
      [kid('a', '2026-02-10')],
      [{ item: 'child-allowance-application', child: 'a', on: '2026-02-15' }],
    );
    for (const on of ['2026-02-15', '2026-02-20', '2026-02-28']) {
      const ca = computeJourney(h, civilDate(on)).childAllowance;
      expect(ca.claimedStarts).toEqual({ from: '2026-03', monthlyTotal: 15_000 });
      expect(ca.children[0]).toMatchObject({ claimed: true, paidFrom: '2026-03' });
    }
    // From March the month's own amount is there, and nothing is still to start.
    const march = computeJourney(h, civilDate('2026-03-01')).childAllowance;
    expect(march.total).toBe(15_000);
    expect(march.claimedStarts).toBeNull();
  });
});

describe('5. a new child of a household already receiving: 額改定認定請求 (児童手当法9条; 15 days, from the month after)', () => {
  const receiving = withChildren(
    [kid('a', '2024-05-01'), kid('b', '2026-11-05')],
    [{ item: 'child-allowance-application', child: 'a', on: '2024-05-10' }],
  );

  it('shows the 額改定認定請求 for the new child, not a new 認定請求', () => {
    expect(items(receiving, '2026-11-10', 'child-allowance-application').map((i) => i.child)).toEqual(['a']);
    const revision = one(receiving, '2026-11-10', 'child-allowance-revision');
    expect(revision.child).toBe('b');
    // Born 2026-11-05: the 15th day from the day after is 2026-11-20; the month's last open day, Mon 2026-11-30,
    // is later (9条② applies 8条③): the deadline is 2026-11-30.
    expect(revision).toMatchObject({ status: 'due', due: '2026-11-30' });
    // The second child under 3: ¥15,000 from December 2026.
    expect(revision.amount).toEqual({ yen: 15_000, per: 'month' });
  });

  it('once recorded, the revision pays from the month after the birth', () => {
    const h = withChildren(
      [kid('a', '2024-05-01'), kid('b', '2026-11-05')],
      [
        { item: 'child-allowance-application', child: 'a', on: '2024-05-10' },
        { item: 'child-allowance-revision', child: 'b', on: '2026-11-25' },
      ],
    );
    expect(one(h, '2026-12-01', 'child-allowance-revision').status).toBe('done');
    const ca = computeJourney(h, civilDate('2026-12-01')).childAllowance;
    expect(ca.total).toBe(30_000);
  });

  it('late (claimed 2026-12-03): paid from January 2027, no back pay for December', () => {
    const h = withChildren(
      [kid('a', '2024-05-01'), kid('b', '2026-11-05')],
      [
        { item: 'child-allowance-application', child: 'a', on: '2024-05-10' },
        { item: 'child-allowance-revision', child: 'b', on: '2026-12-03' },
      ],
    );
    const ca = computeJourney(h, civilDate('2026-12-10')).childAllowance;
    expect(ca.children.find((c) => c.child === 'b')).toMatchObject({ paidFrom: '2027-01', amount: 0 });
  });

  it('a household with no recorded claim files one 認定請求 for the birth (it covers the older child too)', () => {
    const h = withChildren([kid('a', '2024-05-01'), kid('b', '2026-11-05')]);
    expect(items(h, '2026-11-10', 'child-allowance-revision')).toEqual([]);
    const claim = one(h, '2026-11-10', 'child-allowance-application', 'b');
    expect(claim.status).toBe('due');
    expect(claim.why.facts.join()).toContain('上のお子さん（a）');
  });

  it('twins: one 認定請求 for both, ¥30,000 a month; the claim recorded on one twin covers the other', () => {
    const twins = [kid('a', '2026-11-01'), kid('b', '2026-11-01')];
    const claim = one(withChildren(twins), '2026-11-10', 'child-allowance-application');
    expect(claim.child).toBe('a');
    expect(claim.amount).toEqual({ yen: 30_000, per: 'month' });
    const claimed = withChildren(twins, [
      { item: 'child-allowance-application', child: 'a', on: '2026-11-10' },
    ]);
    const ca = computeJourney(claimed, civilDate('2026-12-01')).childAllowance;
    expect(ca.children.map((c) => c.claimed)).toEqual([true, true]);
    expect(ca.total).toBe(30_000);
    expect(ca.ifClaimedNow).toBeNull();
  });
});

describe('6. an implausible fact gives a notice: a guardian born after a child', () => {
  it('says it, and the journey is still computed', () => {
    const h = household((h) => {
      h.guardians[0].birthDate = '2027-01-01';
    });
    const j = computeJourney(h, civilDate('2026-11-21'));
    expect(j.notices.some((n) => n.startsWith(`guardians.${h.guardians[0]?.id}.birthDate`))).toBe(true);
    expect(j.items.length).toBeGreaterThan(0);
  });

  it('says nothing for guardians born before their children', () => {
    const j = computeJourney(
      household(() => {}),
      civilDate('2026-11-21'),
    );
    expect(j.notices.filter((n) => n.startsWith('guardians.'))).toEqual([]);
  });
});

describe('7. texts for parents: researcher notes are not in the parent-facing unverified text', () => {
  it('no e-Gov law ID, no municipality cited as a research source, in any item of a journey', () => {
    const h = household((h) => {
      h.singleParent = true;
      h.children[0].disability = { grade: 1 };
    });
    for (const i of computeJourney(h, civilDate('2026-11-21')).items) {
      expect(i.why.unverified ?? '').not.toMatch(/e-Gov|法令ID|江戸川区|\d{3}AC\d+/);
    }
  });
});
