/**
 * The municipal loop in the built renderer: sign with the 署名用 password,
 * receipt; in 申請履歴 log in with the 利用者証明用 PIN and read the status; the
 * tester (operator) asks for a correction, then approves a corrected filing;
 * the certificate arrives and is shown as verified. Screenshots at 1280×800
 * and 800×600 in .e2e-artifacts/screenshots/municipality-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { createProfile } from './vault-steps';
import { approve } from '../../fixtures/municipality/documents';
import { loadIdentity } from '../../fixtures/municipality/identity';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(repoRoot, '.e2e-artifacts', 'screenshots');
let h: Harness;

async function shot(name: string) {
  for (const [w, hgt] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await h.page.setViewportSize({ width: w, height: hgt });
    await h.page.screenshot({ path: join(shots, `municipality-${name}-${w}.png`), fullPage: true });
  }
  await h.page.setViewportSize({ width: 1280, height: 900 });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(repoRoot);
});
afterAll(async () => {
  await h?.close();
});

describe('the municipal loop in the app', () => {
  it('submits, checks the status by card login, and shows the verified certificate after approval', async () => {
    const { page } = h;
    await page.goto(`${h.appUrl}/index.html?tester=1`);
    await page.getByRole('heading', { name: 'プロフィールを開く' }).waitFor();
    await createProfile(page, 'さくら', 'sakura-2026-nonstop');
    await page.locator('[data-fixture="newborn-family"]').click();
    await page.getByLabel('基準日').waitFor();
    await page.getByLabel('基準日').fill('2026-11-21');
    await page.getByLabel('基準日').dispatchEvent('change');

    const allowance = page.locator('[data-item="child-allowance-application"]').first();
    await allowance.waitFor({ timeout: 20_000 });
    await allowance.getByRole('button', { name: '申請書を作成して申請する' }).click();
    await page.locator('[data-testid="pdf-preview"][data-rendered="true"]').waitFor({ timeout: 30_000 });
    await page.getByLabel('署名用電子証明書のパスワード（英大文字と数字6〜16桁）').fill('SATO1234');
    await page.getByRole('button', { name: '電子署名して送信する' }).click();
    const receipt = page.locator('[data-testid="receipt-number"]');
    await receipt.waitFor({ timeout: 30_000 });
    const receiptNumber = (await receipt.textContent())?.trim() ?? '';
    expect(h.municipality.store.byReceiptNumber(receiptNumber)?.status).toBe('received');

    // 申請履歴: a wrong PIN first (counted, one clear sentence), then the right one
    await page
      .getByRole('link', { name: '申請履歴' })
      .or(page.getByRole('button', { name: '申請履歴' }))
      .first()
      .click();
    await page.getByRole('heading', { name: '申請履歴', level: 1 }).waitFor();
    const pinField = page.getByLabel('利用者証明用の暗証番号（数字4桁）');
    await pinField.fill('0000');
    await page.getByRole('button', { name: 'ログインして状況を確かめる' }).click();
    await expect
      .poll(() => page.locator('[data-testid="casefile-error"]').textContent(), { timeout: 20_000 })
      .toContain('あと2回');
    await pinField.fill('1234');
    await page.getByRole('button', { name: 'ログインして状況を確かめる' }).click();
    const status = page.locator(`[data-receipt="${receiptNumber}"] [data-testid="case-status"]`);
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('受付');
    await shot('01-received');

    // the operator asks for a correction; the app shows the reason and files the correction, linked
    h.municipality.store.review(receiptNumber, 'correct', new Date(), {
      fields: [{ field: 'claimant.phone', reason: '日中に連絡のつく電話番号を確かめてください。' }],
    });
    await pinField.fill('1234');
    await page.getByRole('button', { name: 'ログインして状況を確かめる' }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('要補正');
    expect(await page.locator(`[data-receipt="${receiptNumber}"]`).textContent()).toContain(
      '日中に連絡のつく電話番号を確かめてください。',
    );
    await shot('02-needs-correction');
    await page.getByRole('button', { name: '直して申請し直す' }).click();
    await page.locator('[data-testid="pdf-preview"][data-rendered="true"]').waitFor({ timeout: 30_000 });
    await page.getByLabel('署名用電子証明書のパスワード（英大文字と数字6〜16桁）').fill('SATO1234');
    await page.getByRole('button', { name: '電子署名して送信する' }).click();
    await expect
      .poll(async () => (await receipt.textContent())?.trim(), { timeout: 30_000 })
      .not.toBe(receiptNumber);
    const corrected = (await receipt.textContent())?.trim() ?? '';
    expect(h.municipality.store.byReceiptNumber(receiptNumber)?.status).toBe('superseded');
    const second = h.municipality.store.byReceiptNumber(corrected);
    expect(second?.correction_of).toBe(h.municipality.store.byReceiptNumber(receiptNumber)?.id);

    // the operator approves the corrected filing; the app checks again and receives the certificate, verified
    await approve(h.municipality.store, loadIdentity(), corrected, new Date());
    await page
      .getByRole('link', { name: '申請履歴' })
      .or(page.getByRole('button', { name: '申請履歴' }))
      .first()
      .click();
    await page.getByRole('heading', { name: '申請履歴', level: 1 }).waitFor();
    await pinField.fill('1234');
    await page.getByRole('button', { name: 'ログインして状況を確かめる' }).click();
    const secondStatus = page.locator(`[data-receipt="${corrected}"] [data-testid="case-status"]`);
    await expect.poll(() => secondStatus.textContent(), { timeout: 20_000 }).toContain('決定（承認）');
    expect(await status.textContent()).toContain('補正して申請し直しました');
    await page.getByRole('button', { name: '証明書を受け取る' }).click();
    const verified = page.locator('[data-testid="certificate-verified"]');
    await verified.waitFor({ timeout: 20_000 });
    expect(await verified.textContent()).toContain('児童手当 認定通知書');
    expect(await page.getByRole('link', { name: '証明書（PDF）を開く' }).count()).toBe(1);
    await shot('03-approved-certificate');

    // 自己情報取得: nothing is read before consent; then only the ticked facts, verified, compared
    const consents = () =>
      h.municipality.store.db.prepare<{ n: number }>('SELECT COUNT(*) AS n FROM consents').get()?.n;
    expect(consents()).toBe(0);
    const section = page.locator('[data-testid="resident-import"]');
    await section.locator('[data-consent="name"]').check();
    await section.locator('[data-consent="kana"]').check();
    await section.getByRole('button', { name: '同意して受け取る' }).click();
    await section.locator('[data-testid="resident-verified"]').waitFor({ timeout: 20_000 });
    expect(consents()).toBe(1);
    expect(
      h.municipality.store.db.prepare<{ fields: string }>('SELECT fields FROM consents').get()?.fields,
    ).toBe('["name","kana"]');
    // the record holds what the household holds: every row the same, no birth date or address read
    const texts = await section.locator('tbody tr').allTextContents();
    expect(texts.length).toBe(12); // 3 members × 4 name/kana fields
    expect(texts.every((r) => r.includes('同じ'))).toBe(true);
    await shot('04-resident-record');
  }, 180_000);
});
