/**
 * The walking skeleton's story, end to end: create an encrypted profile → load a
 * fixture household with a newborn → journey → 児童手当 認定請求書 prefilled as a
 * PDF → wrong PIN, then the right one → signed submission → receipt shown.
 * Then: the municipality stored a submission whose signature OpenSSL verifies,
 * and the browser profile on disk holds none of the household's personal data
 * (with a positive control proving the scan can see plaintext).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { scanForPlaintext, storePlaintextControl, withoutAppAssets } from './plaintext-scan';
import { opensslVerifiesDetachedCms } from './openssl';
import { confirmRecoveryCode } from './vault-steps';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(repoRoot, '.e2e-artifacts', 'screenshots');
const household = JSON.parse(
  readFileSync(join(repoRoot, 'fixtures/households/newborn-family.json'), 'utf8'),
) as {
  guardians: {
    familyName: string;
    givenName: string;
    familyNameKana: string;
    givenNameKana: string;
    myNumber?: string;
  }[];
  children: { givenName?: string; givenNameKana?: string }[];
  bankAccount: { accountNumber?: string };
};

let h: Harness;

async function shot(name: string) {
  await h.page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(repoRoot);
});

afterAll(async () => {
  await h?.close();
});

describe('walking skeleton: newborn 児童手当 from fixture to signed submission', () => {
  it('runs the whole story in the built renderer', async () => {
    const { page } = h;
    await page.goto(`${h.appUrl}/index.html?tester=1`); // tester mode: the 基準日 clock
    await page.getByRole('heading', { name: 'プロフィールを開く' }).waitFor();
    await page.getByLabel('表示名').fill('ひまわり');
    await page.getByLabel('パスフレーズ（8文字以上）').fill('sakura-2026-nonstop');
    await page.getByLabel('パスフレーズ（確認）').fill('sakura-2026-nonstop');
    await shot('01-lock-create-profile');
    await page.getByRole('button', { name: '作成する' }).click();
    await confirmRecoveryCode(page); // the recovery code is shown once and two groups typed back

    await page.getByRole('heading', { name: '家族の情報を登録' }).waitFor();
    await shot('02-load-household');
    await page.locator('[data-fixture="newborn-family"]').click();

    await page.getByRole('heading', { name: '今やること', level: 1 }).waitFor();
    await page.getByLabel('基準日').fill('2026-11-21');
    await page.getByLabel('基準日').dispatchEvent('change');
    const birth = page.locator('[data-item="birth-registration"]').first();
    const allowance = page.locator('[data-item="child-allowance-application"]').first();
    await expect.poll(() => birth.textContent(), { timeout: 20_000 }).toContain('令和8年11月25日（水）');
    expect(await birth.textContent()).toContain('あと4日');
    expect(await allowance.textContent()).toContain('令和8年11月30日（月）');
    expect(await allowance.textContent()).toContain('15,000円');
    await shot('03-journey');

    await allowance.getByRole('button', { name: '申請書を作成して申請する' }).click();
    await page.locator('[data-testid="pdf-preview"][data-rendered="true"]').waitFor();
    expect(await page.locator('[data-testid="pdf-preview"] canvas').count()).toBe(1);
    await shot('04-application-pdf');

    // A wrong PIN: one clear message, tries counted down, nothing sent.
    await page.getByLabel('署名用電子証明書のパスワード（英大文字と数字6〜16桁）').fill('WRONG1');
    await page.getByRole('button', { name: '電子署名して送信する' }).click();
    await expect
      .poll(() => page.locator('[data-testid="submit-error"]').textContent(), { timeout: 20_000 })
      .toContain('あと4回');
    expect(h.municipality.store.count()).toBe(0);
    await shot('05-wrong-pin');

    await page.getByLabel('署名用電子証明書のパスワード（英大文字と数字6〜16桁）').fill('SATO1234');
    await page.getByRole('button', { name: '電子署名して送信する' }).click();
    const receipt = page.locator('[data-testid="receipt-number"]');
    await receipt.waitFor();
    const receiptNumber = (await receipt.textContent())?.trim() ?? '';
    expect(receiptNumber).toMatch(/^R-131121-\d{8}-\d{6}$/);
    await shot('06-receipt');

    // The journey now shows the allowance as done.
    await page.getByRole('button', { name: 'ジャーニーマップに戻る' }).click();
    await page.getByLabel('一覧').check(); // the journey's list view (the timeline shows titles only)
    await expect.poll(() => allowance.textContent(), { timeout: 20_000 }).toContain('完了');
    await shot('07-journey-after');

    // The municipality stored the submission, and OpenSSL verifies its signature.
    const stored = h.municipality.store.byReceiptNumber(receiptNumber);
    if (!stored) throw new Error(`${receiptNumber} was not stored`);
    const application = stored.application;
    expect(opensslVerifiesDetachedCms(stored.signature, application, h.caPem)).toBe(true);
    const signed = JSON.parse(application.toString('utf8')) as { claimant: { givenName: string } };
    expect(signed.claimant.givenName).toBe('健太');
  });

  it('leaves no personal data in clear in the browser profile on disk', async () => {
    const CONTROL_JA = '対照用の平文データ佐々木';
    const CONTROL_ASCII = 'PLAINTEXT-CONTROL-58213';
    // Positive control: a value stored in clear through the same IndexedDB, so the scan can fail.
    await storePlaintextControl(h.page, 'e2e-positive-control', { ja: CONTROL_JA, ascii: CONTROL_ASCII });
    await h.context.close();

    const g = household.guardians;
    const personal = [
      ...g.flatMap((p) => [
        p.familyName + p.givenName,
        `${p.familyName} ${p.givenName}`,
        p.givenName,
        p.givenNameKana,
        `${p.familyNameKana} ${p.givenNameKana}`,
      ]),
      ...household.children.flatMap((c) => [c.givenName ?? '', c.givenNameKana ?? '']),
      ...g.map((p) => p.myNumber ?? ''),
      household.bankAccount.accountNumber ?? '',
      '世田谷四丁目',
    ].filter((s) => s.length >= 2);

    const control = scanForPlaintext(h.profileDir, [CONTROL_JA, CONTROL_ASCII]);
    expect(control.map((c) => `${c.needle}/${c.encoding}`)).toEqual(
      expect.arrayContaining([`${CONTROL_JA}/utf16le`, `${CONTROL_ASCII}/utf8`]),
    );
    expect(withoutAppAssets(scanForPlaintext(h.profileDir, personal), h.rendererDir)).toEqual([]);
  });
});
