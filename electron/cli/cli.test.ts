import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from './cli';

const root = fileURLToPath(new URL('../../', import.meta.url));
const newborn = join(root, 'fixtures/households/newborn-family.json');
const tmp = mkdtempSync(join(tmpdir(), 'cli-'));

async function exit(argv: string[]): Promise<{ code: number; out: string }> {
  try {
    return await run(argv);
  } catch (e) {
    const err = e as { exitCode?: number; lines?: string[] };
    if (err.exitCode === undefined) throw e;
    return { code: err.exitCode, out: (err.lines ?? []).join('\n') };
  }
}

describe('nonstop CLI', () => {
  it('validate: exit 0 for a valid file', async () => {
    expect(await exit(['validate', newborn])).toMatchObject({ code: 0 });
  });

  it('validate: exit 1 and one line per problem naming the field', async () => {
    const bad = join(tmp, 'bad.json');
    const h = JSON.parse(readFileSync(newborn, 'utf8'));
    h.municipalityCode = '131122';
    h.guardians[0].myNumber = '12';
    writeFileSync(bad, JSON.stringify(h));
    const r = await exit(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      `${bad}: municipalityCode: check digit does not match (not a valid 全国地方公共団体コード)`,
      `${bad}: guardians[0].myNumber: must be 12 digits`,
    ]);
  });

  it('validate: a missing file is one line, exit 1', async () => {
    expect(await exit(['validate', join(tmp, 'nope.json')])).toMatchObject({
      code: 1,
      out: expect.stringContaining('cannot read: ENOENT'),
    });
  });

  it('journey --json follows nonstop-journey/1', async () => {
    const r = await exit(['journey', newborn, '--on', '2026-11-21', '--json']);
    const j = JSON.parse(r.out);
    expect(j.format).toBe('nonstop-journey/1');
    expect(j.on).toBe('2026-11-21');
    const pick = (id: string) => j.items.find((i: { id: string }) => i.id === id);
    expect(pick('birth-registration')).toMatchObject({
      status: 'due',
      opens: '2026-11-12',
      due: '2026-11-25',
      closes: null,
      child: 'haruto',
    });
    expect(pick('child-allowance-application')).toMatchObject({ status: 'due', due: '2026-11-30' });
    for (const item of j.items) {
      expect(['done', 'due', 'upcoming', 'overdue', 'missed', 'not-applicable']).toContain(item.status);
      for (const d of [item.opens, item.due, item.closes])
        expect(d === null || /^\d{4}-\d{2}-\d{2}$/.test(d)).toBe(true);
    }
    // The fields of the first version keep their meaning (total: what is being received); new ones are added.
    expect(j.childAllowance).toMatchObject({
      month: '2026-11',
      children: [{ child: 'haruto', amount: 0 }],
      total: 0,
      nextPayment: { month: '2026-12', amount: 0, covers: ['2026-10', '2026-11'] },
    });
    expect(j.childAllowance.ifClaimedNow).toMatchObject({ from: '2026-12', monthlyTotal: 15_000 });
  });

  it('validate prints the journey notices as warnings and stays valid (exit 0)', async () => {
    const h = JSON.parse(readFileSync(newborn, 'utf8'));
    h.completed = [{ item: 'no-such-item', child: 'haruto', on: '2026-11-20' }];
    const file = join(tmp, 'unknown-item.json');
    writeFileSync(file, JSON.stringify(h));
    const r = await exit(['validate', file, '--on', '2026-11-21']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${file}: valid`);
    expect(r.out).toContain('warning: completed[0].item: unknown item id "no-such-item"');
  });

  it('reads a household saved with a UTF-8 byte-order mark (Windows Notepad)', async () => {
    const file = join(tmp, 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(newborn, 'utf8')}`);
    expect(await exit(['validate', file])).toMatchObject({ code: 0 });
  });

  it('bounds --on to the supported range and writes no stray marks in its usage', async () => {
    expect(await exit(['journey', newborn, '--on', '9999-12-31'])).toMatchObject({ code: 2 });
    expect((await exit(['help'])).out).not.toMatch(/^ \*/m);
  });

  it('journey --batch --lang ja speaks Japanese from its first line', async () => {
    const r = await exit([
      'journey',
      '--batch',
      join(root, 'fixtures/households'),
      '--on',
      '2026-11-21',
      '--lang',
      'ja',
    ]);
    expect(r.out.split('\n')[0]).toMatch(/^ジャーニー一括（基準日 2026-11-21）: \d+世帯$/);
  });

  it('journey --json --lang en carries English texts; without --lang the texts stay Japanese', async () => {
    const base = ['journey', newborn, '--on', '2026-11-21', '--json'];
    const ja = JSON.parse((await exit(base)).out);
    const en = JSON.parse((await exit([...base, '--lang', 'en'])).out);
    const reg = (j: { items: { id: string; why: { facts: string[] } }[] }) =>
      j.items.find((i) => i.id === 'birth-registration')?.why.facts;
    // 戸籍法49条: born 2026-11-12, the 14th day counted from the birth is 2026-11-25 (令和8年11月25日).
    expect(reg(ja)).toContain('期限 令和8年11月25日');
    expect(reg(en)).toContain('Deadline 25 Nov 2026');
    expect(en.items.map((i: { status: string }) => i.status)).toEqual(
      ja.items.map((i: { status: string }) => i.status),
    );
  });

  it('journey table and usage errors', async () => {
    expect((await exit(['journey', newborn, '--on', '2026-11-21'])).out).toContain('birth-registration');
    expect(await exit(['journey', newborn, '--on', '2026-02-30'])).toMatchObject({ code: 2 });
    expect(await exit(['frobnicate'])).toMatchObject({ code: 2 });
  });

  it('form writes a one-page A4 PDF whose Japanese font is embedded', async () => {
    const out = join(tmp, 'form.pdf');
    const r = await exit([
      'form',
      'child-allowance-application',
      newborn,
      '--child',
      'haruto',
      '--on',
      '2026-11-21',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    execFileSync('qpdf', ['--check', out], { stdio: 'pipe' });
    const info = execFileSync('pdfinfo', [out]).toString();
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
    const fonts = execFileSync('pdffonts', [out]).toString();
    expect(fonts).toMatch(/BIZUDPGothic.*yes/); // embedded
    const text = execFileSync('pdftotext', ['-layout', out, '-']).toString();
    for (const s of ['児童手当法第7条', '請求者', '佐藤', '陽翔', '令和8年', '世田谷区長'])
      expect(text).toContain(s);
  });

  it('form without --child is a usage error and writes nothing', async () => {
    const out = join(tmp, 'none.pdf');
    expect(await exit(['form', 'child-allowance-application', newborn, '--out', out])).toMatchObject({
      code: 2,
    });
    expect(existsSync(out)).toBe(false);
  });
});
