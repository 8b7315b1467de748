import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './cli';

const tmp = mkdtempSync(join(tmpdir(), 'nonstop-form-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const newborn = 'fixtures/households/newborn-family.json';
const now = () => Date.parse('2026-11-21T03:00:00Z');

describe('nonstop form', () => {
  it('--list names every form with its procedure id and how it is filed', async () => {
    const r = await run(['form', '--list'], now);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(13);
    expect(r.out).toMatch(
      /^child-allowance-application\s+child-allowance-application\/civil-servant\s+printed, for the employer/m,
    );
    expect(r.out).toMatch(/^child-allowance-revision\s+child-allowance-revision\s+printed, for the counter/m);
    expect(r.out).toMatch(/^child-rearing-allowance\s+child-rearing-allowance\s+printed, for the counter/m);
    expect(r.out).toMatch(/^birth-registration\s+birth-registration\s+printed, for the counter/m);
    expect(r.out).toMatch(
      /^child-health-insurance\s+child-health-insurance\/employee\s+printed, for the employer/m,
    );
  });

  // a paper form of one page gets a blank page before its checklist: the checklist starts a sheet
  // of its own, never on the back of the form in duplex printing
  it.each([
    ['birth-registration', 3],
    ['child-health-insurance', 3],
    ['child-allowance-application', 1],
    ['child-medical-subsidy', 3],
    ['childbirth-lump-sum', 3],
    ['nursery-application', 1],
  ])('%s writes an A4/A3 PDF of %i pages for the newborn family', async (procedure, pages) => {
    const out = join(tmp, `${procedure}.pdf`);
    const r = await run(
      ['form', procedure, newborn, '--child', 'haruto', '--on', '2026-11-21', '--out', out],
      now,
    );
    expect(r.code, r.out).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(new RegExp(`^wrote ${out} \\(\\d+ bytes\\)$`));
    expect(execFileSync('pdfinfo', [out]).toString()).toMatch(new RegExp(`Pages:\\s+${pages}\\n`));
  });

  it('child-rearing-allowance for a single parent (3 pages); refused, exit 1, for a two-parent household', async () => {
    const out = join(tmp, 'rearing.pdf');
    const args = ['--child', 'kaito', '--on', '2026-11-21', '--out', out];
    const r = await run(
      ['form', 'child-rearing-allowance', 'fixtures/forms/single-parent.json', ...args],
      now,
    );
    expect(r.code, r.out).toBe(0);
    expect(execFileSync('pdfinfo', [out]).toString()).toMatch(/Pages:\s+3\n/);
    const refused = await run(
      ['form', 'child-rearing-allowance', newborn, '--child', 'haruto', '--out', join(tmp, 'no.pdf')],
      now,
    );
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('single-parent households');
    expect(existsSync(join(tmp, 'no.pdf'))).toBe(false);
  });

  it('pregnancy-notification for the expecting household, with what to write by hand', async () => {
    const out = join(tmp, 'preg.pdf');
    const r = await run(
      [
        'form',
        'pregnancy-notification',
        'fixtures/households/expecting-first-child.json',
        '--child',
        'baby',
        '--on',
        '2026-09-01',
        '--out',
        out,
      ],
      now,
    );
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('to write by hand: ');
    expect(r.out).toContain('clinic and doctor who confirmed the pregnancy');
  });

  it('a missing fact is exit 1 with one English line per fact, and no file', async () => {
    const h = JSON.parse(readFileSync(newborn, 'utf8'));
    delete h.guardians[0].myNumber;
    delete h.bankAccount;
    const file = join(tmp, 'incomplete.json');
    writeFileSync(file, JSON.stringify(h));
    const out = join(tmp, 'incomplete.pdf');
    const r = await run(
      ['form', 'child-allowance-application', file, '--child', 'haruto', '--out', out],
      now,
    );
    expect(r).toEqual({
      code: 1,
      out: [
        `${file}: guardians[0].myNumber: missing (claimant's My Number (個人番号))`,
        `${file}: bankAccount: missing (bank account, or the public benefit receiving account (公金受取口座))`,
      ].join('\n'),
    });
    expect(existsSync(out)).toBe(false);
  });

  it('a procedure that does not apply is exit 1 with the reason', async () => {
    const r = await run(
      ['form', 'pregnancy-notification', newborn, '--child', 'haruto', '--out', join(tmp, 'x.pdf')],
      now,
    );
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'pregnancy-notification cannot be made for this household: child "haruto" is already born',
    );
  });

  it('usage errors are exit 2', async () => {
    expect(
      (await run(['form', 'frobnicate', newborn, '--child', 'haruto', '--out', 'x.pdf'], now)).code,
    ).toBe(2);
    expect((await run(['form', 'birth-registration', newborn, '--out', 'x.pdf'], now)).code).toBe(2);
    expect((await run(['form', 'birth-registration', newborn, '--child', 'haruto'], now)).code).toBe(2);
    expect(
      (
        await run(
          [
            'form',
            'birth-registration',
            newborn,
            '--child',
            'haruto',
            '--on',
            '2026-13-01',
            '--out',
            'x.pdf',
          ],
          now,
        )
      ).code,
    ).toBe(2);
    expect((await run(['form', '--list', newborn], now)).code).toBe(2);
  });

  it('an --out that cannot be written is exit 1 and leaves no temp file', async () => {
    const out = join(tmp, 'no-such-dir', 'form.pdf');
    const r = await run(['form', 'birth-registration', newborn, '--child', 'haruto', '--out', out], now);
    expect(r).toEqual({ code: 1, out: `${out}: cannot write: ENOENT` });
    const blocked = join(tmp, 'is-a-dir');
    execFileSync('mkdir', ['-p', blocked]);
    const r2 = await run(['form', 'birth-registration', newborn, '--child', 'haruto', '--out', blocked], now);
    expect(r2.code).toBe(1);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('accepts a household file that starts with a byte-order mark', async () => {
    const file = join(tmp, 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(newborn, 'utf8')}`);
    const r = await run(
      ['form', 'birth-registration', file, '--child', 'haruto', '--out', join(tmp, 'bom.pdf')],
      now,
    );
    expect(r.code, r.out).toBe(0);
  });
});
