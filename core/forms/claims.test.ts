/**
 * Issue 17 items 1–4, as a counter clerk reads the 児童手当 claim: whose account, who claims, where a
 * civil servant files, one claim for all the children (and the 額改定 for a family already
 * receiving). Expected values from 児童手当法 (4条 生計を維持する程度の高い者, 9条 額改定, 17条 公務員)
 * and the form's own box 「請求者本人名義の口座に限ります」; each failed before the fix.
 */
import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import twins from '../../fixtures/households/twins.json';
import civilServant from '../../fixtures/households/civil-servant.json';
import { validateHousehold, type Household } from '../household/schema';
import type { CivilDate } from '../dates/civil-date';
import { prepareForm } from './registry';
import { holderKey } from './people';
import type { ChildAllowanceApplication } from './child-allowance';

const valid = (raw: unknown): Household => {
  const r = validateHousehold(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};
const edit = (raw: unknown, f: (h: any) => void): Household => {
  const h = structuredClone(raw) as any;
  f(h);
  return valid(h);
};
const claim = (h: Household, child: string, on: string, procedure = 'child-allowance-application') =>
  prepareForm(procedure, { household: h, child, on: on as CivilDate });

describe('item 1: only the claimant’s own account (one holder rule)', () => {
  it('the spouse’s account is never printed in 「請求者本人名義の口座に限ります」: it is asked for', () => {
    const h = edit(newborn, (x) => (x.bankAccount.holderKana = 'サトウ ミサキ')); // the mother's; the father claims
    const p = claim(h, 'haruto', '2026-11-21');
    expect(p.ok).toBe(false);
    if (p.ok || p.kind !== 'missing-facts') return;
    expect(p.missing.map((m) => m.path)).toEqual(['bankAccount']);
    expect(p.missing[0]!.label).toContain('本人名義');
  });

  it('the bank’s spelling of the claimant’s own name (half-width, large kana) is the claimant’s', () => {
    expect(holderKey('ｻﾄｳ ｷﾖｳｺ')).toBe(holderKey('サトウ　キョウコ'));
    expect(holderKey('サトウ ケンタ')).not.toBe(holderKey('サトウ ミサキ'));
    const h = edit(newborn, (x) => {
      x.guardians[0].givenNameKana = 'キョウタ';
      x.bankAccount.holderKana = 'サトウ キヨウタ'; // the bank writes no small kana
    });
    const p = claim(h, 'haruto', '2026-11-21');
    expect(p.ok && (p.application as ChildAllowanceApplication).bankAccount).toMatchObject({
      kind: 'bank',
      accountNumber: '8642097',
    });
  });

  it('the 公金受取口座 is the claimant’s own', () => {
    const h = edit(newborn, (x) => (x.bankAccount = { kind: 'public-funds' }));
    const p = claim(h, 'haruto', '2026-11-21');
    expect(p.ok && (p.application as ChildAllowanceApplication).bankAccount).toEqual({
      kind: 'public-funds',
    });
  });
});

describe('item 2: the claimant is the parent who mainly supports the family, asked — never the first one', () => {
  it('two working parents and no claimant named: the form asks who claims (法4条)', () => {
    const h = edit(newborn, (x) => delete x.claimant);
    const p = claim(h, 'haruto', '2026-11-21');
    expect(p.ok).toBe(false);
    if (p.ok || p.kind !== 'missing-facts') return;
    expect(p.missing.map((m) => m.path)).toContain('claimant');
    expect(p.missing.find((m) => m.path === 'claimant')!.label).toContain('生計を維持する程度の高い');
  });

  it('the named claimant is on the form, even when the other parent is listed first', () => {
    const h = edit(newborn, (x) => {
      x.guardians.reverse(); // the mother first
      x.claimant = 'father';
    });
    const p = claim(h, 'haruto', '2026-11-21');
    expect(p.ok && (p.application as ChildAllowanceApplication).claimant.givenName).toBe('健太');
    expect(p.ok && p.applicant).toBe('佐藤 健太');
  });
});

describe('item 3: a civil servant claims at the employer (法17条), never online to the municipality', () => {
  it('the 公務員 family’s claim is a paper form for the employer, addressed to its head', () => {
    const h = edit(civilServant, (x) => {
      x.bankAccount = { kind: 'public-funds' };
      x.guardians[0].myNumber = '314159265352';
      x.guardians[1].myNumber = '271828182840'; // the spouse's, asked by the form too
    });
    const p = claim(h, 'rin', '2026-11-10');
    if (!p.ok) throw new Error(JSON.stringify(p.kind === 'missing-facts' ? p.missing : p.reason));
    expect(p.form.id).toBe('child-allowance-application/civil-servant');
    expect(p.form.filing).toBe('employer');
    const addressee = (p.application as ChildAllowanceApplication).addressee;
    expect(addressee).toBe('所属庁の長');
    expect(addressee).not.toContain('大阪市長');
    expect(p.checklist[0]!.ja).toContain('勤務先（所属庁）');
  });
});

describe('item 4: one claim covers all the children', () => {
  it('twins: one 認定請求 with both marked 今回請求', () => {
    const h = edit(twins, (x) => {
      x.claimant = 'mother';
      for (const g of x.guardians) g.myNumber = '314159265352';
    });
    const p = claim(h, 'sora', '2026-11-10');
    if (!p.ok) throw new Error(JSON.stringify(p.kind === 'missing-facts' ? p.missing : p.reason));
    const kids = (p.application as ChildAllowanceApplication).children;
    expect(kids.map((k) => [k.givenName, k.claimed])).toEqual([
      ['空', true],
      ['海', true],
    ]);
  });

  it('a household receiving for an older child files a 額改定認定請求 for the new one', () => {
    const h = edit(newborn, (x) => {
      x.children.unshift({
        id: 'aoi',
        birthDate: '2023-04-02',
        familyName: '佐藤',
        givenName: '葵',
        familyNameKana: 'サトウ',
        givenNameKana: 'アオイ',
        sex: 'female',
      });
      x.completed = [{ item: 'child-allowance-application', child: 'aoi', on: '2023-04-10' }];
    });
    const p = claim(h, 'haruto', '2026-11-21', 'child-allowance-revision');
    if (!p.ok) throw new Error(JSON.stringify(p.kind === 'missing-facts' ? p.missing : p.reason));
    expect(p.form.title.ja).toBe('児童手当 額改定認定請求書');
    expect(p.form.filing).toBe('counter');
    expect(p.checklist[0]!.ja).toContain('15日以内');
    const kids = (p.application as ChildAllowanceApplication).children;
    expect(kids.map((k) => [k.givenName, k.claimed])).toEqual([
      ['葵', false],
      ['陽翔', true],
    ]);
    // no one receiving yet: no revision, the first claim is made
    const first = claim(valid(newborn), 'haruto', '2026-11-21', 'child-allowance-revision');
    expect(first.ok).toBe(false);
  });
});

describe('item 12: the child table has 続柄 and 海外留学, not 性別', () => {
  it('draws 続柄 (子 for a parent claimant) and a 海外留学 column', () => {
    const p = claim(valid(newborn), 'haruto', '2026-11-21');
    if (!p.ok) throw new Error('not made');
    const texts = p.form
      .layout(p.application)
      .pages.flatMap((pg) => pg.ops.flatMap((o) => (o.kind === 'text' || o.kind === 'fit' ? [o.text] : [])));
    const table = texts.slice(
      texts.findIndex((t) => t.startsWith('3　支給要件児童')),
      texts.findIndex((t) => t.startsWith('4　')),
    );
    expect(table).toEqual(expect.arrayContaining(['続柄', '海外留学', '子']));
    expect(table).not.toContain('性別');
  });
});

describe('item 12: the spouse’s 個人番号 is asked when the form prints it', () => {
  it('a spouse without a recorded 個人番号 is a missing fact, not an empty box sent', () => {
    const h = edit(newborn, (x) => delete x.guardians[1].myNumber);
    const p = claim(h, 'haruto', '2026-11-21');
    expect(p.ok).toBe(false);
    if (p.ok || p.kind !== 'missing-facts') return;
    expect(p.missing).toEqual([
      { path: 'guardians[1].myNumber', label: '配偶者の個人番号', en: "spouse's My Number (個人番号)" },
    ]);
  });
});
