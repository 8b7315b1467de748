/**
 * `nonstop offers`: a household that did not opt in sees none; one that opted in
 * to a category sees that category's offers where it lives, with exactly the
 * fields each provider would receive (its own facts). Bad input exits 1 or 2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli';

const dir = mkdtempSync(join(tmpdir(), 'nonstop-offers-'));
const newborn = 'fixtures/households/newborn-family.json';
const optedIn = (categories: string[]) => {
  const f = join(dir, `${categories.join('+') || 'none'}.json`);
  writeFileSync(
    f,
    JSON.stringify({ ...JSON.parse(readFileSync(newborn, 'utf8')), privateOffers: categories }),
  );
  return f;
};

describe('nonstop offers', () => {
  it('lists none without opt-in', async () => {
    const r = await run(['offers', newborn, '--on', '2026-12-01']);
    expect(r).toEqual({
      code: 0,
      out: `${newborn}: no private offers on 2026-12-01: the household has not opted in to any category (privateOffers)`,
    });
    const j = JSON.parse((await run(['offers', optedIn([]), '--on', '2026-12-01', '--json'])).out);
    expect(j.offers).toEqual([]);
  });

  it('lists the opted-in category with the fields each provider would receive', async () => {
    const r = await run(['offers', optedIn(['diaper-subscription']), '--on', '2026-12-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[private 民間] Diaper and formula subscription — Sukusuku-bin Co., Ltd.');
    expect(r.out).toContain('    guardian.name: 佐藤 健太 — As the name on the delivery');
    expect(r.out).toContain('    guardian.phone (optional): 090-1234-5678');
    expect(r.out).not.toMatch(/314159265352|myNumber/);
  });

  it('--json: the offers, labelled 民間, with child, fields and the free-text conditions flagged', async () => {
    const r = await run([
      'offers',
      optedIn(['education-endowment-insurance', 'community-events']),
      '--on',
      '2026-12-01',
      '--json',
    ]);
    const j = JSON.parse(r.out);
    expect(j.optedIn).toEqual(['education-endowment-insurance', 'community-events']);
    expect(
      j.offers.map((o: { id: string; label: string; checkConditions: boolean }) => [
        o.id,
        o.label,
        o.checkConditions,
      ]),
    ).toEqual([
      ['mirai-gakushi-brochure', '民間', true],
      ['chiiki-winter-storytime', '民間', false],
    ]);
    expect(j.offers[1].fields.map((f: { key: string }) => f.key)).toEqual([
      'guardian.name',
      'child.birthMonth',
      'guardian.phone',
    ]);
  });

  it('exits 2 on a bad date or option, 1 on a bad file', async () => {
    expect((await run(['offers', newborn, '--on', '2026-02-30'])).code).toBe(2);
    expect((await run(['offers', newborn, '--out', 'x'])).code).toBe(2);
    expect((await run(['offers'])).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...JSON.parse(readFileSync(newborn, 'utf8')), privateOffers: ['everything'] }),
    );
    const r = await run(['offers', bad]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/privateOffers/);
  });
});
