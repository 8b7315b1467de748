/**
 * The daily experience, end to end in the built renderer: home → tester mode
 * moves the clock → a due reminder becomes an OS notification (the harness's
 * stand-in for Electron's) → clicking it opens the item with focus on its
 * heading; the calendar export parsed back by ical.js; print to PDF (A4)
 * read back with pdfjs-dist; the same story in English (notification, item,
 * calendar, print); axe-core on every screen in both languages (with a
 * positive control); at 1280×800, 1024×700, 800×600 and 200% zoom of the
 * smaller two: no horizontal scroll, no clipped text, no English in the
 * Japanese UI and no Japanese in the English one (but the family's own
 * names and address); screenshots of every screen at every size.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { createProfile } from './vault-steps';
import { isA4, readPdf } from './pdf-text';
import {
  clippedText,
  JAPANESE,
  noHorizontalScroll,
  TERM,
  wrongLanguage as linesInWrongLanguage,
} from './screen-checks';
import { nav } from './app-steps';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const out = join(repoRoot, '.e2e-artifacts', 'experience');
const AXE = readFileSync(join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');

let h: Harness;

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  h = await startHarness(repoRoot);
});

afterAll(async () => {
  await h?.close();
});

async function setToday(page: Page, date: string) {
  await page.getByLabel(/基準日|Reference date/).fill(date);
  await page.getByLabel(/基準日|Reference date/).dispatchEvent('change');
}

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/** axe-core in the page (evaluated over CDP, so the app's CSP needs no exception). */
async function axe(page: Page): Promise<AxeResult['violations']> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE);
  const r = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({
      resultTypes: ['violations'],
    }),
  )) as AxeResult;
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const sizes = [
  { name: '1280x800', width: 1280, height: 800 },
  { name: '1024x700', width: 1024, height: 700 },
  { name: '800x600', width: 800, height: 600 },
];
/** 200% zoom: the CSS viewport of a 1024×700 and an 800×600 window at zoom 2 (what Ctrl + does). */
const zoomed = [
  { name: '1024x700-zoom200', width: 512, height: 350 },
  { name: '800x600-zoom200', width: 400, height: 300 },
];

/** The family's own words (names, kana, address, bank, labels) from the fixture: allowed in any UI language. */
/** The profile's label, typed by the family. */
const PROFILE_LABEL = 'ひまわり';
const FAMILY = (() => {
  const words = new Set<string>([PROFILE_LABEL, 'もも']);
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      for (const w of v.split(/[\s\u3000]+/)) if (w) words.add(w);
      words.add(v);
    } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(JSON.parse(readFileSync(join(repoRoot, 'fixtures/households/newborn-family.json'), 'utf8')));
  // the tester panel lists the sample households by their own labels (data, like a family's name)
  for (const f of readdirSync(join(repoRoot, 'fixtures/households')).filter((n) => n.endsWith('.json')))
    walk(
      (JSON.parse(readFileSync(join(repoRoot, 'fixtures/households', f), 'utf8')) as { label?: string })
        .label,
    );
  return [...words].sort((a, b) => b.length - a.length);
})();
/** Text of the page in the wrong language, after the family's own words are taken out (screen-checks.ts). */
const wrongLanguage = (page: Page, lang: 'ja' | 'en'): Promise<string[]> =>
  linesInWrongLanguage(page, lang, FAMILY);

describe('the daily experience', () => {
  it('home → tester clock → a due reminder fires → clicking it opens the item', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.appUrl}/index.html?tester=1`);
    await createProfile(page, PROFILE_LABEL, 'sakura-2026-nonstop');
    await page.getByRole('heading', { name: '家族の情報を登録' }).waitFor();
    await page.locator('[data-fixture="newborn-family"]').click();
    await page.getByRole('heading', { name: '今やること', level: 1 }).waitFor();

    // Quiet hours off for the test (the run may fall at any hour), reminders 7/3/1 days before.
    await nav(page, 'settings');
    await page.locator('[data-testid="quiet-from"]').fill('00:00');
    await page.locator('[data-testid="quiet-to"]').fill('00:00');
    await page.locator('[data-testid="save-settings"]').click();
    await page.getByRole('status').filter({ hasText: '設定を保存しました' }).waitFor();

    // 2026-11-14: the 出生届 (born 11-12, due 11-25 by 戸籍法49条) is 11 days off: no deadline reminder.
    await nav(page, 'home');
    await setToday(page, '2026-11-14');
    await expect
      .poll(() => page.locator('[data-item="birth-registration"]').first().textContent())
      .toContain('あと11日');
    await new Promise((r) => setTimeout(r, 500));
    const before = h.notifications.shown.filter((n) => n.id.startsWith('due:birth-registration')).length;
    expect(before).toBe(0);

    // Three days later the clock crosses "7 days before": one notification, once.
    await setToday(page, '2026-11-18');
    await expect
      .poll(() => h.notifications.shown.find((n) => n.id.startsWith('due:birth-registration'))?.title, {
        timeout: 15_000,
      })
      .toBe('出生届の期限まであと7日です');
    const fired = h.notifications.shown.find((n) => n.id.startsWith('due:birth-registration'));
    expect(fired?.body).toContain('令和8年11月25日（水）');
    // moving the clock away and back does not fire it again
    await setToday(page, '2026-11-17');
    await setToday(page, '2026-11-18');
    await new Promise((r) => setTimeout(r, 800));
    expect(h.notifications.shown.filter((n) => n.id === fired?.id).length).toBe(1);
    // the personal name never appears in a notification
    for (const n of h.notifications.shown) expect(`${n.title} ${n.body}`).not.toMatch(/佐藤|陽翔|健太/);

    await page.screenshot({ path: join(out, 'reminder-home.png'), fullPage: true });
    h.notifications.click(fired?.id as string);
    await page.getByRole('heading', { name: '出生届', level: 1 }).waitFor();
    expect(await page.locator('[data-testid="due"]').textContent()).toContain('令和8年11月25日（水）');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect.poll(() => page.locator('[data-testid="announcer"]').textContent()).toContain('出生届');

    // The inbox lists it; dismissing removes it.
    await nav(page, 'inbox');
    const entry = page.locator(`[data-reminder="${fired?.id}"]`);
    await entry.waitFor();
    await entry.getByRole('button', { name: '消す' }).click();
    await entry.waitFor({ state: 'detached' });
  });

  it('exports the journey as ICS that ical.js reads back', async () => {
    const { page } = h;
    await nav(page, 'journey');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="ics-export"]').click(),
    ]);
    const file = join(out, 'journey.ics');
    await download.saveAs(file);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const birth = events.find((e) => e.uid === 'birth-registration.haruto.all.deadline@kosodate-nonstop.app');
    expect(birth?.startDate.toString()).toBe('2026-11-25');
    expect(birth?.startDate.isDate).toBe(true);
    expect(birth?.description).toContain('令和8年11月25日（水）');
  });

  it('prints an item with its checklist to an A4 PDF', async () => {
    const { page } = h;
    await page.locator('g[data-item="birth-registration"]').first().click();
    await page.getByRole('heading', { name: '出生届', level: 1 }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(out, 'print-item.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: null });
    const path = join(out, 'item.pdf');
    writeFileSync(path, pdf);
    const read = await readPdf(path);
    expect(read.pages.length).toBeGreaterThan(0);
    expect(read.pages.every(isA4), JSON.stringify(read.pages)).toBe(true);
    const text = read.text;
    expect(text).toContain('出生届');
    expect(text).toContain('母子健康手帳'); // the checklist
    expect(text).toContain('令和8年11月25日（水）');
    expect(text).not.toContain('ロックする'); // no header or menu in print

    // The home page and the journey's list print to A4 too, without the menu or buttons.
    for (const [screen, expected] of [
      ['home', '期限のある手続き'],
      ['journey', '出生の手続き'],
    ] as const) {
      await nav(page, screen);
      if (screen === 'journey') await page.getByLabel('一覧').check();
      const file = join(out, `${screen}.pdf`);
      writeFileSync(file, await page.pdf({ format: 'A4' }));
      const paper = await readPdf(file);
      expect(paper.pages.every(isA4)).toBe(true);
      const printed = paper.text;
      expect(printed).toContain(expected);
      expect(printed).toContain('出生届');
      expect(printed).not.toContain('完了にする'); // no buttons on paper
    }
    await page.getByLabel('タイムライン').check();

    // A vaccination shows its 標準的な接種期間: B型肝炎 1回目 from 生後2月に至った時 (born 2026-11-12:
    // reached on 2027-01-11, the eve of the monthly anniversary — 年齢計算ニ関スル法律) to 生後9月に至るまで.
    await nav(page, 'home');
    await page.locator('[data-item="hepb-1"] [data-action="detail"]').click();
    await page.getByRole('heading', { name: 'B型肝炎 1回目', level: 1 }).waitFor();
    const recommended = (await page.locator('[data-testid="recommended"]').textContent()) ?? '';
    expect(recommended).toContain('令和9年1月11日（月）');
    expect(recommended).toContain('令和9年8月11日（水）');
    // 「この手続きはしない」 is recorded with its reason (sealed) and can be undone
    await page.locator('[data-action="decline"]').click();
    await page.getByLabel('理由（あとで見てわかるように）').fill('海外で接種済み');
    await page.locator('[data-action="decline-confirm"]').click();
    await expect
      .poll(() => page.locator('[data-testid="declined"]').textContent())
      .toContain('海外で接種済み');
    await page.getByRole('button', { name: '記録を取り消す' }).click();
    await page.locator('[data-testid="declined"]').waitFor({ state: 'detached' });
  });

  const screens = ['home', 'journey', 'item', 'household', 'inbox', 'settings'] as const;

  for (const lang of ['ja', 'en'] as const)
    it(`every screen in ${lang}: axe 0 serious/critical, no horizontal scroll at 1280×800, 800×600, 200% zoom`, async () => {
      const { page } = h;
      await page.setViewportSize({ width: 1280, height: 800 });
      await nav(page, 'settings');
      await page.locator(`[data-testid="lang-${lang}"]`).check();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const report: Record<string, string[]> = {};
      for (const s of screens) {
        if (s === 'item') {
          await nav(page, 'home');
          await page.locator('[data-item="birth-registration"] [data-action="detail"]').click();
          await page.locator('main h1').waitFor();
        } else await nav(page, s);
        await page.waitForTimeout(200);
        const v = await axe(page);
        report[s] = v.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect((await wrongLanguage(page, lang)).join('\n'), `${lang} ${s}: text in the other language`).toBe(
          '',
        );
        for (const size of [...sizes, ...zoomed]) {
          await page.setViewportSize({ width: size.width, height: size.height });
          await page.waitForTimeout(100);
          expect(await noHorizontalScroll(page), `${lang} ${s} ${size.name}: horizontal scroll`).toBe(true);
          expect((await clippedText(page)).join('\n'), `${lang} ${s} ${size.name}: cut-off text`).toBe('');
          await page.screenshot({ path: join(out, `${lang}-${s}-${size.name}.png`) });
          if (size.width === 1280 || size.width === 800)
            await page.screenshot({ path: join(out, `${lang}-${s}-${size.width}-full.png`), fullPage: true });
        }
        await page.setViewportSize({ width: 1280, height: 800 });
      }
      if (lang === 'en') {
        await nav(page, 'home');
        expect(await page.locator('main h1').textContent()).toBe('To do now');
        const body = (await page.locator('main').textContent()) ?? '';
        expect(body).toContain('days left');
      }
      expect(report).toEqual(Object.fromEntries(screens.map((s) => [s, []])));
    });

  it('in English: a due reminder fires in English, opens the item in English; ICS and print in English', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await nav(page, 'home');
    // 2026-11-22 is 3 days before the 出生届 deadline (Wed 25 Nov): the 3-day reminder, in English.
    await setToday(page, '2026-11-22');
    const three = (n: { id: string }) => /^due:birth-registration.*:3$/.test(n.id);
    for (let k = 0; k < 150 && !h.notifications.shown.some(three); k++) await page.waitForTimeout(100);
    expect(
      h.notifications.shown.find(three)?.title,
      h.notifications.shown.map((n) => `${n.id} ${n.title}`).join('\n'),
    ).toBe('3 days left for Birth registration');
    const fired = h.notifications.shown.find(three);
    expect(fired?.body).toContain('Wed 25 Nov 2026');
    expect(`${fired?.title} ${fired?.body}`).not.toMatch(JAPANESE);
    h.notifications.click(fired?.id as string);
    await page.getByRole('heading', { name: 'Birth registration', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const detail = (await page.locator('main').innerText()) ?? '';
    // the catalog's English (戸籍法49条: 14 days counting the birth day) and its checklist
    expect(detail).toContain('Register the birth within 14 days');
    expect(detail).toContain('Family Register Act art. 49');
    expect(detail).toContain('Maternal and Child Health Handbook (母子健康手帳)');
    // the Japanese term is marked as Japanese for screen readers and fonts
    expect(await page.locator('main [lang="ja"]', { hasText: '母子健康手帳' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(out, 'en-item-from-reminder.png'), fullPage: true });

    // print to A4 in English
    const pdfPath = join(out, 'item-en.pdf');
    await page.emulateMedia({ media: 'print' });
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    await page.emulateMedia({ media: null });
    const printed = (await readPdf(pdfPath)).text;
    expect(printed).toContain('Birth registration');
    expect(printed).toContain('Wed 25 Nov 2026');
    expect(printed).toMatch(/Maternal and Child Health\s+Handbook/);
    expect(printed).not.toContain('Mark as done');

    // the calendar in English, read back by ical.js
    await nav(page, 'journey');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="ics-export"]').click(),
    ]);
    const file = join(out, 'journey-en.ics');
    await download.saveAs(file);
    const cal = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const birth = events.find((e) => e.uid === 'birth-registration.haruto.all.deadline@kosodate-nonstop.app');
    expect(birth?.summary).toBe('Birth registration (deadline)');
    expect(birth?.description).toContain('Deadline: Wed 25 Nov 2026 (Reiwa 8)');
    for (const e of events) {
      let text = `${e.summary}\n${e.description}`.replace(TERM, '');
      for (const w of FAMILY) text = text.split(w).join(' ');
      expect(text, e.uid).not.toMatch(JAPANESE);
    }
    await nav(page, 'home');
    await setToday(page, '2026-11-18');
  });

  it('in English, every item of the journey opens in English (no Japanese but terms in brackets and names)', async () => {
    const { page } = h;
    await nav(page, 'journey');
    await page.getByLabel('List', { exact: true }).check();
    const count = await page.locator('li.item [data-action="detail"]').count();
    expect(count).toBeGreaterThan(30);
    const found: string[] = [];
    for (let k = 0; k < count; k++) {
      if (k > 0) {
        await nav(page, 'journey');
        await page.getByLabel('List', { exact: true }).check();
      }
      const row = page.locator('li.item').nth(k);
      const id = await row.getAttribute('data-item');
      await row.locator('[data-action="detail"]').click();
      await page.locator('article.detail').waitFor();
      for (const line of await wrongLanguage(page, 'en')) found.push(`${id}: ${line}`);
    }
    expect(found.join('\n')).toBe('');
  });

  /** axe, no other-language text, and at every size no horizontal scroll and no clipped text; screenshots. */
  async function checkScreen(page: Page, lang: 'ja' | 'en', name: string): Promise<void> {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForTimeout(200);
    expect(await axe(page), `${lang} ${name}: axe`).toEqual([]);
    expect((await wrongLanguage(page, lang)).join('\n'), `${lang} ${name}: text in the other language`).toBe(
      '',
    );
    for (const size of [...sizes, ...zoomed]) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.waitForTimeout(100);
      expect(await noHorizontalScroll(page), `${lang} ${name} ${size.name}: horizontal scroll`).toBe(true);
      expect((await clippedText(page)).join('\n'), `${lang} ${name} ${size.name}: cut-off text`).toBe('');
      await page.screenshot({ path: join(out, `${lang}-${name}-${size.name}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  }

  it('the application screen (a prefilled form) in both languages: axe, layout, language', async () => {
    const { page } = h;
    for (const lang of ['en', 'ja'] as const) {
      await page.locator('[data-testid="language"]').selectOption(lang);
      await nav(page, 'home');
      await page.locator('[data-item="birth-registration"] [data-action="form"]').first().click();
      await page
        .getByRole('heading', { name: lang === 'ja' ? '出生届' : 'Birth registration', level: 1 })
        .waitFor();
      await page.locator('[data-testid="pdf-preview"][data-rendered="true"]').waitFor();
      // the forms' English labels and checklists too (core/forms/data/*.json, core/forms/english.test.ts)
      await checkScreen(page, lang, 'apply');
      // not a shared terminal: the PDF saves without the shared-terminal warning (vault.e2e.ts has it)
      expect(await page.getByTestId('shared-save-warn').count()).toBe(0);
      expect(await page.locator('[data-action="save-form"]').isEnabled()).toBe(true);
      // the preview zooms: at 200% the page is drawn twice as wide and scrolls inside its own box
      await page.setViewportSize({ width: 800, height: 600 });
      const box = page.locator('[data-testid="pdf-preview"]');
      const fitWidth = await box.evaluate(
        (b) => b.querySelector('canvas')?.getBoundingClientRect().width ?? 0,
      );
      await page.locator('[data-zoom="2"]').click();
      await expect
        .poll(() => box.evaluate((b) => b.querySelector('canvas')?.getBoundingClientRect().width ?? 0))
        .toBeGreaterThan(fitWidth * 1.5);
      expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
      expect(await noHorizontalScroll(page)).toBe(true);
      expect(await axe(page), `${lang} apply zoomed: axe`).toEqual([]);
      await page.screenshot({ path: join(out, `${lang}-apply-zoom200-800x600.png`) });
      await page.locator('[data-zoom="1"]').click();
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  it('the lock screen in both languages passes axe too; axe and the layout checks do catch a violation (positive controls)', async () => {
    const { page } = h;
    await page.locator('[data-testid="lock"]').click();
    await page.locator('main h1').waitFor();
    for (const lang of ['ja', 'en'] as const) {
      await page.locator('[data-testid="language"]').selectOption(lang);
      for (const size of [...sizes, ...zoomed]) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.waitForTimeout(100);
        await page.screenshot({
          path: join(out, `${lang}-lock-${size.name}.png`),
          fullPage: size.width === 1280,
        });
        expect(await noHorizontalScroll(page), `${lang} lock ${size.name}: horizontal scroll`).toBe(true);
        expect((await clippedText(page)).join('\n'), `${lang} lock ${size.name}: cut-off text`).toBe('');
      }
      expect((await wrongLanguage(page, lang)).join('\n'), `${lang} lock: text in the other language`).toBe(
        '',
      );
      await page.setViewportSize({ width: 1280, height: 800 });
      expect(await axe(page)).toEqual([]);
    }
    // positive control: an unlabelled button and an image without alt must be reported
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'axe-control';
      document.querySelector('main')?.append(b);
      const img = document.createElement('img');
      img.id = 'axe-control-img';
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('main')?.append(img);
    });
    const v = await axe(page);
    expect(v.map((x) => x.id)).toEqual(expect.arrayContaining(['button-name', 'image-alt']));
    // and the layout and language checks do catch clipped text and a Japanese line in the English UI
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'clip-control';
      p.style.cssText = 'width: 80px; overflow: hidden; white-space: nowrap';
      p.textContent = 'A sentence far too long for its narrow box';
      const q = document.createElement('p');
      q.id = 'lang-control';
      q.textContent = '期限が近い';
      document.querySelector('main')?.append(p, q);
    });
    expect((await clippedText(page)).join('\n')).toContain('p#clip-control');
    expect(await wrongLanguage(page, 'en')).toContain('期限が近い');
    await page.evaluate(() => {
      document.getElementById('clip-control')?.remove();
      document.getElementById('lang-control')?.remove();
    });
    await page.evaluate(() => {
      document.getElementById('axe-control')?.remove();
      document.getElementById('axe-control-img')?.remove();
    });
  });

  it('the registration screen of a new profile in both languages: axe, layout, language', async () => {
    const { page } = h;
    // the lock screen is showing (previous test); a second profile starts at 家族の情報を登録
    await page.locator('[data-testid="language"]').selectOption('ja');
    await createProfile(page, 'もも', 'momo-2026-nonstop');
    for (const lang of ['ja', 'en'] as const) {
      await page.locator('[data-testid="language"]').selectOption(lang);
      await page
        .getByRole('heading', { name: lang === 'ja' ? '家族の情報を登録' : 'Register your family', level: 1 })
        .waitFor();
      await checkScreen(page, lang, 'register');
    }
    await page.locator('[data-testid="lock"]').click();
    await page.locator('#unlock-passphrase').waitFor();
  });

  it('on opening again, home lists what happened while the app was closed (前回から / Since last time)', async () => {
    const { page } = h;
    // Closed now; opened again two months later (the page's clock set to 2027-01-20, a day the profile
    // has never run on): what became due or open in between is listed on home, and each entry opens its item.
    await page.clock.setFixedTime(new Date('2027-01-20T10:00:00+09:00'));
    await page.reload();
    await page.locator('#unlock-passphrase').waitFor();
    await page.getByRole('radio', { name: PROFILE_LABEL }).check();
    await page.locator('#unlock-passphrase').fill('sakura-2026-nonstop');
    await page.locator('#unlock-passphrase').press('Enter');
    const since = page.locator('[data-testid="since-last"]');
    await since.waitFor({ timeout: 20_000 });
    expect(await since.locator('h2').textContent()).toBe('Since last time');
    // DTaP-IPV-Hib dose 1 opens at 2 months (2027-01-11 for a birth on 2026-11-12: 予防接種法施行令3条)
    expect(await since.textContent()).toContain('DTaP-IPV-Hib dose 1 is now open');
    await page.screenshot({ path: join(out, 'en-home-since-last.png') });
    await since.getByRole('button', { name: 'DTaP-IPV-Hib dose 1 is now open' }).click();
    await page.getByRole('heading', { name: 'DTaP-IPV-Hib dose 1', level: 1 }).waitFor();
  });
});
