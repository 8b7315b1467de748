/**
 * The forms' fuzz run, bounded for `npm test` (the 100,000-household run is
 * `npx tsx build/scripts/form-fuzz.ts`): random valid households × every procedure × every child
 * never throw what the CLI reports as exit 3, and every character drawn is in one of the app's fonts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fuzzForms } from '../../build/scripts/form-fuzz';
import { prepareForm } from '../../core/forms/registry';
import { renderForm } from '../../core/forms/render';
import { renderPdf, UnprintableTextError } from '../../core/forms/pdf-render';
import { FormCanvas } from '../../core/forms/pdf-canvas';
import { validateHousehold } from '../../core/household/schema';
import type { CivilDate } from '../../core/dates/civil-date';
import { FORM_FONTS } from './forms';
import newborn from '../../fixtures/households/newborn-family.json';

const dir = mkdtempSync(join(tmpdir(), 'nonstop-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every procedure for random valid households', () => {
  it('150 households: no form throws (exit 3), no character without a font', async () => {
    const f = await fuzzForms(1, 150, 200);
    expect(f.invalid).toBe(0); // the generator stays inside the household format
    expect(f.made).toBeGreaterThan(500);
    expect(f.rendered).toBeGreaterThan(0);
    expect(f.unprintable).toBe(0);
    expect(f.failures).toEqual([]);
  });
});

describe('names the first font lacks', () => {
  it('𠮷 (U+20BB7) and IVS sequences print, from the second font embedded only then', async () => {
    const h = structuredClone(newborn);
    h.guardians[0]!.familyName = '𠮷田';
    h.guardians[0]!.givenName = '葛\u{E0100}太'; // 葛 with an ideographic variation selector
    h.children[0]!.familyName = '𠮷田';
    const v = validateHousehold(h);
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const p = prepareForm('child-allowance-application', {
      household: v.value,
      child: 'haruto',
      on: '2026-11-21' as CivilDate,
    });
    if (!p.ok) throw new Error('not made');
    const pdf = await renderForm(p, FORM_FONTS, new Date(0));
    const file = join(dir, 'yoshida.pdf');
    writeFileSync(file, pdf);
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts).toMatch(/BIZUDPGothic.*yes\s+no\s+yes/);
    expect(fonts).toMatch(/NotoSansJP.*yes\s+no\s+yes/);
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain('𠮷田');
    // a form without such a character embeds one font only
    const sato = validateHousehold(newborn);
    if (!sato.ok) throw new Error('fixture invalid');
    const plain = prepareForm('child-allowance-application', {
      household: sato.value,
      child: 'haruto',
      on: '2026-11-21' as CivilDate,
    });
    if (!plain.ok) throw new Error('not made');
    writeFileSync(join(dir, 'plain.pdf'), await renderForm(plain, FORM_FONTS, new Date(0)));
    expect(execFileSync('pdffonts', [join(dir, 'plain.pdf')]).toString()).not.toContain('NotoSansJP');
  });

  it('a character no font has is an UnprintableTextError naming it (exit 1), not a crash', async () => {
    const c = new FormCanvas();
    c.text(10, 10, '田\u{F0000}'); // a private-use character
    await expect(
      renderPdf(c, FORM_FONTS, { title: '', subject: '', creationDate: new Date(0) }),
    ).rejects.toThrow(UnprintableTextError);
  });
});
