/**
 * `nonstop ics`: the file written is RFC 5545 that ical.js reads back, per
 * household or per child; bad input exits 1 or 2 and writes nothing. The
 * 出生届 deadline (born 2026-11-12 → 2026-11-25, 戸籍法49条・43条) is the check.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { run } from './cli';

const dir = mkdtempSync(join(tmpdir(), 'nonstop-ics-'));
const newborn = 'fixtures/households/newborn-family.json';
const twins = 'fixtures/households/twins.json';

function events(file: string) {
  const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('nonstop ics', () => {
  it('writes the household calendar', async () => {
    const out = join(dir, 'h.ics');
    const r = await run(['ics', newborn, '--on', '2026-11-21', '--out', out]);
    expect(r.code).toBe(0);
    const birth = events(out).find(
      (e) => e.uid === 'birth-registration.haruto.all.deadline@kosodate-nonstop.app',
    );
    expect(birth?.startDate.toString()).toBe('2026-11-25');
    expect(birth?.description).toContain('令和8年11月25日（水）');
    expect(r.out).toMatch(/\d+ events/);
  });

  it('writes one child only with --child, in English with --lang en', async () => {
    const all = join(dir, 'all.ics');
    const one = join(dir, 'one.ics');
    expect((await run(['ics', twins, '--on', '2026-11-21', '--out', all])).code).toBe(0);
    const child = (JSON.parse(readFileSync(twins, 'utf8')) as { children: { id: string }[] }).children[0]
      ?.id as string;
    expect(
      (await run(['ics', twins, '--child', child, '--lang', 'en', '--on', '2026-11-21', '--out', one])).code,
    ).toBe(0);
    const e = events(one);
    expect(e.length).toBeGreaterThan(0);
    expect(e.length).toBeLessThan(events(all).length);
    for (const x of e) expect(x.uid).toContain(`.${child}.`);
    // --lang en: the journey's own texts in English too (legal basis, documents), not only the labels
    for (const x of e) {
      const basis = x.description.split('\n').find((l) => l.startsWith('Legal basis: ')) ?? '';
      expect(basis, x.uid).toMatch(/[A-Za-z]{4}/);
      expect(basis, x.uid).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });

  it('refuses bad input and writes nothing', async () => {
    const out = join(dir, 'none.ics');
    expect((await run(['ics', newborn, '--child', 'nobody', '--on', '2026-11-21', '--out', out])).code).toBe(
      1,
    );
    expect((await run(['ics', newborn, '--on', '2026-02-30', '--out', out])).code).toBe(2);
    expect((await run(['ics', newborn, '--on', '2026-11-21'])).code).toBe(2);
    expect((await run(['ics', newborn, '--lang', 'fr', '--out', out])).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format":"nonstop-household/1"}');
    const r = await run(['ics', bad, '--on', '2026-11-21', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.json: ');
    expect(existsSync(out)).toBe(false);
  });
});
