/**
 * The registration wizard of a new profile, every one of its six steps, in Japanese and in
 * English: axe-core reports no serious or critical violation, and at 1024×700, 800×600 and 200%
 * zoom of both there is no horizontal scroll and no text cut off; no text in the other language
 * but the family's own typed words (and, in English, Japanese terms in parentheses after their
 * English). Step 1 is checked with a refused field too (its error said in each language).
 * Valid data is typed the way household.e2e.ts does. Positive controls: the same checks do
 * catch an unlabelled button, an image without alt, text cut off, a page that scrolls sideways
 * and a Japanese line in the English UI.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { startHarness, type Harness } from './harness';
import { clippedText, noHorizontalScroll, SIZES, wrongLanguage } from './screen-checks';
import { createProfile } from './vault-steps';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const out = join(repoRoot, '.e2e-artifacts', 'registration-a11y');

const PROFILE_LABEL = 'わかば';
const TYPED = {
  familyName: '鈴木',
  givenName: '由美',
  familyNameKana: 'スズキ',
  givenNameKana: 'ユミ',
  street: '本町六丁目50番地の10',
};
/** The family's own words (typed, or the address the postal code filled) and the sample households' labels (tester mode lists them). */
const FAMILY = [
  PROFILE_LABEL,
  ...Object.values(TYPED),
  '神奈川県',
  '横浜市中区',
  '本町', // the town the postal code 231-0005 fills in
  ...readdirSync(join(repoRoot, 'fixtures/households'))
    .filter((n) => n.endsWith('.json'))
    .map(
      (f) =>
        (JSON.parse(readFileSync(join(repoRoot, 'fixtures/households', f), 'utf8')) as { label?: string })
          .label ?? '',
    )
    .filter((l) => l !== ''),
];

let h: Harness;

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  h = await startHarness(repoRoot);
});

afterAll(async () => {
  await h?.close();
});

const field = (page: Page, path: string) => page.locator(`[data-field="${path}"]`);

async function type(page: Page, path: string, value: string) {
  await field(page, path).fill(value);
  await field(page, path).blur();
}

async function setLanguage(page: Page, lang: 'ja' | 'en') {
  await page.locator('[data-testid="language"]').selectOption(lang);
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** Which step the wizard shows (1–6), from the step list's aria-current. */
const currentStep = (page: Page) =>
  page.evaluate(() => {
    const items = [...document.querySelectorAll('ol.steps li')];
    return items.findIndex((li) => li.getAttribute('aria-current') === 'step') + 1;
  });

/** Every check, at this step, in both languages (back to Japanese after). */
async function checkStep(page: Page, name: string, step: number): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const lang of ['ja', 'en'] as const) {
    await setLanguage(page, lang);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await currentStep(page), `${lang} ${name}: the step shown`).toBe(step);
    await page.waitForTimeout(200);
    const problems: string[] = [];
    for (const v of await seriousAxeViolations(page)) problems.push(`axe ${v}`);
    // The city list of the address step: Japanese place names (marked lang="ja"), the way the
    // address is written; in English the prefectures read "Kanagawa (神奈川県)".
    const places = await page.locator('[data-field="address.city"] option[lang="ja"]').allTextContents();
    for (const l of await wrongLanguage(page, lang, [...FAMILY, ...places]))
      problems.push(`other language: ${l}`);
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.waitForTimeout(100);
      if (!(await noHorizontalScroll(page))) problems.push(`${size.name}: horizontal scroll`);
      for (const c of await clippedText(page)) problems.push(`${size.name}: ${c}`);
      await page.screenshot({ path: join(out, `${lang}-${name}-${size.name}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(out, `${lang}-${name}-1280-full.png`), fullPage: true });
    found[`${lang} ${name}`] = problems;
  }
  await setLanguage(page, 'ja');
  return found;
}

describe('the registration wizard, every step, in Japanese and English', () => {
  it('axe 0 serious/critical, no horizontal scroll or cut-off text from 1024×700 to 800×600 (and 200% zoom), one language', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.appUrl}/index.html?tester=1`);
    await page.locator('#new-label').waitFor();
    await setLanguage(page, 'ja');
    await createProfile(page, PROFILE_LABEL, 'wakaba-2026-register');
    await page.getByRole('heading', { name: '家族の情報を登録', level: 1 }).waitFor();
    await page.getByLabel('基準日').fill('2026-11-21');
    await page.getByLabel('基準日').dispatchEvent('change');
    const report: Record<string, string[]> = {};
    const record = (r: Record<string, string[]>) => Object.assign(report, r);

    // 1. Guardians: first with a refused My Number (the error shown), then valid.
    await type(page, 'guardians.0.familyName', TYPED.familyName);
    await type(page, 'guardians.0.givenName', TYPED.givenName);
    await type(page, 'guardians.0.familyNameKana', 'すずき');
    await type(page, 'guardians.0.givenNameKana', 'ゆみ');
    await type(page, 'guardians.0.birthDate', '平成7年9月30日');
    await type(page, 'guardians.0.myNumber', '161803398873');
    await expect.poll(() => page.locator('.field-error').count()).toBeGreaterThan(0);
    record(await checkStep(page, '1-guardians-error', 1));
    await type(page, 'guardians.0.myNumber', '161803398872');
    await type(page, 'guardians.0.phone', '045-123-4567');
    expect(await page.locator('.field-error').count()).toBe(0);
    record(await checkStep(page, '1-guardians', 1));
    await page.getByTestId('next').click();

    // 2. Children and pregnancy.
    await page.getByRole('heading', { name: /お子さんと妊娠/ }).waitFor();
    await type(page, 'children.0.expectedBirthDate', 'R8.12.1');
    await expect.poll(() => page.locator('.read').first().textContent()).toBe('令和8年12月1日（火）');
    record(await checkStep(page, '2-children', 2));
    await page.getByTestId('next').click();

    // 3. Address: the postal code fills prefecture and city.
    await page.getByRole('heading', { name: /住所/ }).waitFor();
    await type(page, 'address.postalCode', '2310005');
    await expect.poll(() => field(page, 'address.city').inputValue(), { timeout: 20_000 }).toBe('横浜市中区');
    await expect.poll(() => page.getByTestId('municipality-code').textContent()).toContain('141003');
    await type(page, 'address.street', TYPED.street);
    record(await checkStep(page, '3-address', 3));
    await page.getByTestId('next').click();

    // 4. Work and insurance: first as refused (required, said so), then chosen.
    await page.getByRole('heading', { name: /健康保険と働き方/ }).waitFor();
    await page.getByTestId('next').click();
    await expect.poll(() => page.locator('.field-error').count()).toBeGreaterThan(0);
    record(await checkStep(page, '4-work-error', 4));
    await field(page, 'guardians.0.employment').selectOption('employee');
    await field(page, 'guardians.0.insurance').selectOption('employee');
    record(await checkStep(page, '4-work', 4));
    await page.getByTestId('next').click();

    // 5. Bank account: checked as shown, then skipped.
    await page.getByRole('heading', { name: /給付の受取口座/ }).waitFor();
    record(await checkStep(page, '5-bank', 5));
    await page.getByRole('button', { name: 'スキップ（あとで入力）' }).click();

    // 6. Optional facts.
    await page.getByRole('heading', { name: /そのほかの情報/ }).waitFor();
    record(await checkStep(page, '6-optional', 6));

    // Positive controls on this very page: each check catches what it is for.
    await setLanguage(page, 'en');
    await page.evaluate(() => {
      const main = document.querySelector('main');
      const b = document.createElement('button');
      b.id = 'axe-control';
      const img = document.createElement('img');
      img.id = 'axe-control-img';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      const p = document.createElement('p');
      p.id = 'clip-control';
      p.style.cssText = 'width: 80px; overflow: hidden; white-space: nowrap';
      p.textContent = 'A sentence far too long for its narrow box';
      const q = document.createElement('p');
      q.id = 'lang-control';
      q.textContent = '期限が近い';
      const wide = document.createElement('div');
      wide.id = 'wide-control';
      wide.style.cssText = 'width: 1200px; height: 1px';
      main?.append(b, img, p, q, wide);
    });
    await page.setViewportSize({ width: 800, height: 600 });
    const controls = await seriousAxeViolations(page);
    expect(controls.join('\n')).toContain('button-name');
    expect(controls.join('\n')).toContain('image-alt');
    expect((await clippedText(page)).join('\n')).toContain('p#clip-control');
    expect(await noHorizontalScroll(page)).toBe(false);
    expect(await wrongLanguage(page, 'en', FAMILY)).toContain('期限が近い');
    await page.evaluate(() => {
      for (const id of ['axe-control', 'axe-control-img', 'clip-control', 'lang-control', 'wide-control'])
        document.getElementById(id)?.remove();
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await setLanguage(page, 'ja');

    // and the wizard finishes (the walk was a valid one)
    await page.getByTestId('finish').click();
    await page.locator('h1').filter({ hasNotText: '家族の情報を登録' }).first().waitFor();

    const names = Object.keys(report);
    expect(names).toHaveLength(16);
    expect(report).toEqual(Object.fromEntries(names.map((n) => [n, []])));
  });
});
