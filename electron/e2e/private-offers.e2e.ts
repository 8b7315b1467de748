/**
 * 官も民も (issue 21), the "done when" through the built renderer and the real
 * mock provider:
 *
 * a household that did not opt in sees no 民間 anything and the provider hears
 * nothing (inspected on the provider's side) → opt in to one category in
 * Settings → the feed arrives (a bare GET, nothing about the family) → the
 * offer appears labelled 民間 with the provider's name → 「申し込む」 → the
 * consent list shows exactly the fields asked, one optional field removed →
 * send → the provider received exactly the kept fields (its database and the
 * tester CLI `npm run provider -- requests --json`) → the case file shows the
 * request, the fields and the answer → 「取り消す」 → pending, the operator
 * deletes (`npm run provider -- delete REF`) → the signed acknowledgement is
 * shown. axe (every impact) on the new screens in Japanese and English, no
 * wrong-language line, screenshots at 1280×800 and 800×600
 * (.e2e-artifacts/screenshots/offers-*.png).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { createProfile } from './vault-steps';
import { wrongLanguage } from './screen-checks';
import { fromBase64 } from '../../core/encoding/bytes';
import { parseCanonical } from '../../core/signing/canonical';
import { computeJourney } from '../../core/journey/journey';
import { civilDate } from '../../core/dates/civil-date';
import type { Household } from '../../core/household/schema';
import newborn from '../../fixtures/households/newborn-family.json';
import { nav, screenshotBothSizes } from './app-steps';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(repoRoot, '.e2e-artifacts', 'screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let h: Harness;

/** The family's own words on screen (names, address, the provider's contact desk) for the language check. */
const FAMILY = [
  '佐藤 健太',
  '佐藤',
  '健太',
  '154-0017',
  '東京都世田谷区世田谷四丁目21番27号 ノンストップ荘201',
  'すくすく便 お客さま窓口',
  '陽翔',
  '美咲',
];

/** axe on the page: every violation of any impact (not only serious ones). */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined')))
    await page.evaluate(AXE);
  const r = (await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(o: unknown): Promise<unknown> } }).axe.run({
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return r.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function shot(name: string) {
  return screenshotBothSizes(h.page, shots, `offers-${name}`);
}

function providerCli(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'fixtures/provider/main.ts', ...args], {
    cwd: repoRoot,
    env: { ...process.env, DATA_DIR: h.providerDataDir },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(repoRoot);
});
afterAll(async () => {
  await h?.close();
});

describe('private services beside public ones', () => {
  it('no opt-in: nothing shown, nothing sent → opt in → 民間 offer → consent → exactly those fields → case file → withdraw → deleted', async () => {
    const { page } = h;
    await page.goto(`${h.appUrl}/index.html?tester=1`);
    await page.getByRole('heading', { name: 'プロフィールを開く' }).waitFor();
    await createProfile(page, 'さとう', 'sakura-2026-nonstop');
    await page.locator('#household-file').setInputFiles({
      name: 'family.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(newborn)),
    });
    await page.getByLabel('基準日').waitFor();
    await page.getByLabel('基準日').fill('2026-12-01');
    await page.getByLabel('基準日').dispatchEvent('change');

    // not opted in: no 民間 screen, no 民間 text, and the provider heard nothing
    for (const screen of ['home', 'journey', 'caseFile', 'settings']) {
      await nav(page, screen);
      expect(await page.locator('[data-nav="offers"]').count()).toBe(0);
      expect(await page.locator('[data-testid="private-badge"]').count()).toBe(0);
    }
    expect(h.providerRequests).toEqual([]);
    expect(h.provider.store.all()).toEqual([]);

    // opt in to one category in Settings
    await page.locator('[data-testid="offer-category-diaper-subscription"]').check();
    await page.locator('[data-testid="save-offer-categories"]').click();
    await page.getByText('保存しました。').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('[data-testid="save-offer-categories"]').scrollIntoViewIfNeeded();
    await shot('00-settings');
    // the journey keeps to public items: the engine lists the opted-in private service (the CLI's
    // journey, a public contract, unchanged), the app's journey map does not
    const optedIn = { ...newborn, privateOffers: ['diaper-subscription'] } as unknown as Household;
    expect(
      computeJourney(optedIn, civilDate('2026-12-01')).items.some((i) => i.id === 'diaper-subscription'),
    ).toBe(true);
    await nav(page, 'journey');
    await page.locator('[data-item="birth-registration"]').first().waitFor();
    expect(await page.locator('[data-item="diaper-subscription"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('民間');

    await nav(page, 'offers');
    await page.getByRole('heading', { name: '民間サービスの案内', level: 1 }).waitFor();
    const card = page.locator('[data-offer="sukusuku-diaper-milk"]');
    await card.waitFor({ timeout: 20_000 });
    // one offer: the category chosen, nothing of the others
    expect(await page.locator('[data-offer]').count()).toBe(1);
    expect(await card.locator('[data-testid="private-badge"]').textContent()).toBe('民間');
    expect(await card.textContent()).toContain('提供: すくすく便株式会社');
    // the feed: a bare GET, nothing about the family
    expect(h.providerRequests.map((r) => [r.method, r.path, r.body])).toEqual([['GET', '/v1/offers', '']]);
    const headers = JSON.stringify(h.providerRequests[0]!.headers);
    for (const fact of ['佐藤', 'haruto', '2026-11', '154-0017', '世田谷', 'cookie', 'authorization'])
      expect(headers).not.toContain(fact);
    expect(await axeViolations(page)).toEqual([]);
    expect(await wrongLanguage(page, 'ja', FAMILY)).toEqual([]);
    await shot('01-list');

    // 申し込む → the consent list: exactly the fields asked, each visible with its value
    await card.locator('[data-testid="apply"]').click();
    const consent = card.locator('[data-testid="consent"]');
    await consent.waitFor();
    // focus moves to the list's heading (keyboard and screen-reader users land on it)
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    const shown = await consent
      .locator('li[data-field]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
    expect(shown).toEqual([
      'guardian.name',
      'child.birthMonth',
      'address.postalCode',
      'address.full',
      'guardian.phone',
    ]);
    expect(await consent.textContent()).toContain('090-1234-5678');
    // nothing has left the device yet
    expect(h.providerRequests).toHaveLength(1);
    // required fields cannot be removed; the optional phone can
    expect(await consent.locator('input[type="checkbox"]').count()).toBe(1);
    await consent.locator('[data-testid="send-guardian.phone"]').uncheck();
    expect(await consent.textContent()).toContain('4項目を送ります。');
    expect(await axeViolations(page)).toEqual([]);
    await shot('02-consent');
    await consent.locator('[data-testid="confirm-send"]').click();
    await card.locator('[data-testid="offer-sent"]').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('status');

    // the provider received exactly the kept fields (its database, and its tester CLI)
    const posted = h.providerRequests.filter((r) => r.path === '/v1/requests');
    expect(posted).toHaveLength(1);
    const doc = parseCanonical(fromBase64(JSON.parse(posted[0]!.body).document)) as {
      fields: { key: string; value: string }[];
    };
    const expected = [
      { key: 'guardian.name', value: '佐藤 健太' },
      { key: 'child.birthMonth', value: '2026-11' },
      { key: 'address.postalCode', value: '154-0017' },
      { key: 'address.full', value: '東京都世田谷区世田谷四丁目21番27号 ノンストップ荘201' },
    ];
    expect(doc.fields).toEqual(expected);
    expect(posted[0]!.body).not.toContain('090-1234-5678');
    expect(posted[0]!.body).not.toContain('314159265352'); // the My Number never leaves
    const listed = JSON.parse(providerCli('requests', '--json')) as {
      reference: string;
      fields: unknown;
      deletion: string | null;
    }[];
    expect(listed).toHaveLength(1);
    expect(listed[0]!.fields).toEqual(expected);
    const reference = listed[0]!.reference;
    expect(await card.locator('[data-testid="offer-sent"]').textContent()).toContain(reference);

    // the case file: the request, the fields sent, the provider's answer
    await nav(page, 'caseFile');
    const kept = page.locator('[data-testid="private-requests"]');
    await kept.waitFor();
    const keptText = (await kept.textContent()) ?? '';
    expect(keptText).toContain(reference);
    expect(keptText).toContain('すくすく便株式会社が受け付けました');
    expect(
      await kept.locator('li[data-field]').evaluateAll((els) => els.map((e) => e.getAttribute('data-field'))),
    ).toEqual(expected.map((f) => f.key));
    expect(await axeViolations(page)).toEqual([]);
    await shot('03-casefile');

    // 取り消す: the deletion request, acknowledged (pending), then deleted by the operator
    await nav(page, 'offers');
    await card.getByRole('button', { name: '取り消す' }).click();
    await expect
      .poll(() => card.locator('[data-testid="deletion-status"]').textContent(), { timeout: 20_000 })
      .toContain('受け取りました');
    expect(h.provider.store.byReference(reference)?.deletion_status).toBe('pending');
    expect(providerCli('delete', reference)).toContain(`${reference}: deleted at`);
    expect(JSON.parse(providerCli('requests', '--json'))[0]).toMatchObject({
      fields: [],
      deletion: 'deleted',
    });
    await card.getByRole('button', { name: '削除されたか確かめる' }).click();
    await expect
      .poll(() => card.locator('[data-testid="deletion-status"]').textContent(), { timeout: 20_000 })
      .toContain('削除しました');
    await shot('04-deleted');
    await nav(page, 'caseFile');
    expect(await page.locator('[data-testid="casefile-deletion"]').textContent()).toContain('削除しました');

    // English: the same screens, axe, one language
    await page.locator('[data-testid="language"]').selectOption('en');
    await nav(page, 'offers');
    await page.getByRole('heading', { name: 'Offers from private services', level: 1 }).waitFor();
    expect(await card.locator('[data-testid="private-badge"]').textContent()).toBe('Private');
    await card.locator('[data-testid="apply"]').click();
    await card.locator('[data-testid="consent"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await wrongLanguage(page, 'en', FAMILY)).toEqual([]);
    await shot('05-en-consent');
    await card.getByRole('button', { name: 'Cancel' }).click();
    await nav(page, 'caseFile');
    expect(await axeViolations(page)).toEqual([]);
    await shot('06-en-casefile');
    await nav(page, 'settings');
    expect(await axeViolations(page)).toEqual([]);
    // still one request: cancelling sent nothing
    expect(h.providerRequests.filter((r) => r.path === '/v1/requests')).toHaveLength(1);

    // review of issue 21: consent can be withdrawn after opting out (the offer's card is gone):
    // a second request, then the category unticked, then 取り消す from 申請履歴
    await page.locator('[data-testid="language"]').selectOption('ja');
    await nav(page, 'offers');
    await card.locator('[data-testid="apply"]').click();
    await card.locator('[data-testid="confirm-send"]').click();
    await card.locator('[data-testid="offer-sent"]').waitFor({ timeout: 20_000 });
    const second = h.provider.store.all().at(-1)!;
    expect(second.reference).not.toBe(reference);
    await nav(page, 'settings');
    await page.locator('[data-testid="offer-category-diaper-subscription"]').uncheck();
    await page.locator('[data-testid="save-offer-categories"]').click();
    await page.getByText('保存しました。').first().waitFor();
    // no opt-in: no 民間サービス screen, so no offer card to withdraw from
    await expect.poll(() => page.locator('[data-nav="offers"]').count()).toBe(0);
    await nav(page, 'caseFile');
    const entry = page.locator(`[data-testid="private-requests"] li[data-request="${second.reference}"]`);
    await entry.getByRole('button', { name: '取り消す' }).click();
    await expect
      .poll(() => entry.locator('[data-testid="casefile-deletion"]').textContent(), { timeout: 20_000 })
      .toContain('受け取りました');
    expect(h.provider.store.byReference(second.reference)?.deletion_status).toBe('pending');
    expect(providerCli('delete', second.reference)).toContain(`${second.reference}: deleted at`);
    await entry.getByRole('button', { name: '削除されたか確かめる' }).click();
    await expect
      .poll(() => entry.locator('[data-testid="casefile-deletion"]').textContent(), { timeout: 20_000 })
      .toContain('削除しました');
    expect(await entry.getByRole('button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await wrongLanguage(page, 'ja', FAMILY)).toEqual([]);
    await shot('07-casefile-withdrawn-after-opt-out');
  });
});
