/**
 * A new parent's story, typed by hand (no fixture): create a profile → the guided registration
 * of an expecting household (a wrong My Number and an impossible date are refused with the
 * reason, kana typed in hiragana become katakana, the postal code fills the prefecture and city)
 * → the journey → 「赤ちゃんが生まれました」 → 出生届 marked done → 児童手当: the missing bank
 * account asked once, saved, the claim signed and submitted → after a reload every fact and
 * completion is still there → the browser profile on disk holds none of what was typed (with a
 * positive control). Screenshots of every registration step at 1280×800 and 800×600.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { scanForPlaintext, storePlaintextControl } from './plaintext-scan';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const shots = join(repoRoot, '.e2e-artifacts', 'screenshots', 'household');
const PASSPHRASE = 'kaede-2026-household';

// What the parent types (the card fixture's holder, so the simulated card can sign).
const TYPED = {
  familyName: '鈴木',
  givenName: '由美',
  myNumber: '161803398872',
  street: '本町六丁目50番地の10',
  childGivenName: '陽向',
  account: '3141592',
};

let h: Harness;

async function shot(page: Page, name: string) {
  for (const [w, hgt] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await page.setViewportSize({ width: w, height: hgt });
    await page.screenshot({ path: join(shots, `${name}-${w}x${hgt}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const field = (page: Page, path: string) => page.locator(`[data-field="${path}"]`);

/** The vault's one-time recovery code screen (when it is shown): note it and confirm two groups. */
async function passRecoveryCode(page: Page) {
  const code = page.getByTestId('recovery-code');
  const first = await Promise.race([
    code.waitFor().then(() => 'recovery' as const),
    page
      .getByRole('heading', { name: '家族の情報を登録' })
      .waitFor()
      .then(() => 'register' as const),
  ]);
  if (first !== 'recovery') return;
  const groups = ((await code.getAttribute('aria-label')) ?? '').replace(/ /g, '').split('-');
  for (const input of await page.locator('input[data-group]').all()) {
    const n = Number(await input.getAttribute('data-group'));
    await input.fill(groups[n - 1] ?? '');
  }
  await page.getByRole('button', { name: '控えました' }).click();
}

async function unlock(page: Page) {
  await page.getByRole('heading', { name: 'プロフィールを開く' }).waitFor();
  await page.getByRole('radio', { name: 'かえで' }).check();
  await page.getByLabel('パスフレーズ', { exact: true }).fill(PASSPHRASE);
  await page.getByTestId('unlock-form').getByRole('button', { name: '開く', exact: true }).click();
}

async function type(page: Page, path: string, value: string) {
  await field(page, path).fill(value);
  await field(page, path).blur();
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(repoRoot);
});

afterAll(async () => {
  await h?.close();
});

describe('a household of one’s own: registered by typing, kept true, submitted, still there after a reload', () => {
  it('registers an expecting household step by step', async () => {
    const { page } = h;
    await page.goto(`${h.appUrl}/index.html?tester=1`);
    await page.getByRole('heading', { name: 'プロフィールを開く' }).waitFor();
    await page.getByLabel('表示名').fill('かえで');
    await page.getByLabel('パスフレーズ（8文字以上）').fill(PASSPHRASE);
    await page.getByLabel('パスフレーズ（確認）').fill(PASSPHRASE);
    await page.getByRole('button', { name: '作成する' }).click();
    await passRecoveryCode(page);
    await page.getByRole('heading', { name: '家族の情報を登録' }).waitFor();
    await page.getByLabel('基準日').fill('2026-11-21');
    await page.getByLabel('基準日').dispatchEvent('change');

    // 1. Guardians: kana typed in hiragana, a wrong check digit refused with the reason.
    // The IME's reading fills the フリガナ (a composition: すずき, converted to 鈴木).
    await field(page, 'guardians.0.familyName').evaluate((el, kanji) => {
      const w = globalThis as any;
      el.dispatchEvent(new w.CompositionEvent('compositionstart', { data: '' }));
      el.dispatchEvent(new w.CompositionEvent('compositionupdate', { data: 'すずき' }));
      el.dispatchEvent(new w.CompositionEvent('compositionupdate', { data: kanji }));
      (el as any).value = kanji;
      el.dispatchEvent(new w.Event('input', { bubbles: true }));
      el.dispatchEvent(new w.CompositionEvent('compositionend', { data: kanji }));
    }, TYPED.familyName);
    await expect.poll(() => field(page, 'guardians.0.familyNameKana').inputValue()).toBe('スズキ');
    await type(page, 'guardians.0.familyName', TYPED.familyName);
    await type(page, 'guardians.0.givenName', TYPED.givenName);
    await type(page, 'guardians.0.familyNameKana', 'すずき');
    // romaji (a keyboard without a Japanese IME) becomes katakana, and the screen says what it became
    await type(page, 'guardians.0.givenNameKana', 'yumi');
    await expect.poll(() => field(page, 'guardians.0.givenNameKana').inputValue()).toBe('ユミ');
    expect(await page.getByTestId('kana-from-romaji').textContent()).toContain(
      'ローマ字「yumi」を「ユミ」にしました',
    );
    expect(await field(page, 'guardians.0.familyNameKana').inputValue()).toBe('スズキ');
    await type(page, 'guardians.0.birthDate', '平成7年9月30日');
    await expect.poll(() => page.locator('.read').first().textContent()).toBe('平成7年9月30日（土）');
    await type(page, 'guardians.0.myNumber', '161803398873');
    await expect.poll(() => page.locator('.field-error').first().textContent()).toContain('検査用数字');
    await shot(page, '01-guardians-error');
    await type(page, 'guardians.0.myNumber', TYPED.myNumber);
    await type(page, 'guardians.0.phone', '045-123-4567');
    expect(await page.locator('.field-error').count()).toBe(0);
    await shot(page, '01-guardians');
    await page.getByTestId('next').click();

    // Resumable: locked half-way, the sealed draft is offered again on unlock.
    await page.getByRole('heading', { name: /お子さんと妊娠/ }).waitFor();
    await page.getByText('入力内容を保存しました（暗号化済み）。').waitFor();
    await page.getByTestId('lock').click();
    await unlock(page);
    await page.getByText('前回の入力の続きから始めます。').waitFor();
    await page.getByRole('heading', { name: /お子さんと妊娠/ }).waitFor();
    await page.getByRole('button', { name: '前へ' }).click();
    await expect.poll(() => field(page, 'guardians.0.myNumber').inputValue()).toBe(TYPED.myNumber);
    await page.getByTestId('next').click();

    // 2. Children: an impossible date is refused; the due date read back as 和暦.
    await page.getByRole('heading', { name: /お子さんと妊娠/ }).waitFor();
    await type(page, 'children.0.expectedBirthDate', '2026-02-30');
    await expect
      .poll(() => page.locator('.field-error').first().textContent())
      .toContain('カレンダーにありません');
    await type(page, 'children.0.expectedBirthDate', 'R8.12.1');
    await expect.poll(() => page.locator('.read').first().textContent()).toBe('令和8年12月1日（火）');
    await shot(page, '02-children');
    await page.getByTestId('next').click();

    // 3. Address: the postal code fills prefecture and city (offline), the municipality follows.
    await page.getByRole('heading', { name: /住所/ }).waitFor();
    await type(page, 'address.postalCode', '2310005');
    await expect.poll(() => field(page, 'address.city').inputValue(), { timeout: 20_000 }).toBe('横浜市中区');
    expect(await field(page, 'address.prefecture').inputValue()).toBe('神奈川県');
    expect(await field(page, 'address.postalCode').inputValue()).toBe('231-0005');
    await expect.poll(() => page.getByTestId('municipality-code').textContent()).toContain('141003');
    await type(page, 'address.street', TYPED.street);
    await shot(page, '03-address');
    await page.getByTestId('next').click();

    // 4. Work and insurance.
    await page.getByRole('heading', { name: /健康保険と働き方/ }).waitFor();
    await page.getByTestId('next').click();
    await expect.poll(() => page.locator('.field-error').count()).toBeGreaterThan(0); // required, said so
    await field(page, 'guardians.0.employment').selectOption('employee');
    await field(page, 'guardians.0.insurance').selectOption('employee');
    await shot(page, '04-work');
    await page.getByTestId('next').click();

    // 5. Bank account: skipped (the application will ask for it once).
    await page.getByRole('heading', { name: /給付の受取口座/ }).waitFor();
    await shot(page, '05-bank');
    await page.getByRole('button', { name: 'スキップ（あとで入力）' }).click();

    // 6. Optional facts, then the journey.
    await page.getByRole('heading', { name: /そのほかの情報/ }).waitFor();
    await shot(page, '06-optional');
    await page.getByTestId('finish').click();
    await page.locator('h1').filter({ hasNotText: '家族の情報を登録' }).first().waitFor();
    await page.locator('[data-nav="journey"]').click();
    const reg = page.locator('[data-item="birth-registration"]').first();
    await reg.waitFor();
    await shot(page, '07-journey-expecting');
  });

  it('records the birth in one step and marks 出生届 done', async () => {
    const { page } = h;
    await page.locator('[data-nav="household"]').click();
    await page.getByRole('heading', { name: '家族の情報' }).waitFor();
    await shot(page, '08-household');

    // An invalid household file is listed problem by problem in Japanese; nothing is saved.
    const bad = {
      format: 'nonstop-household/1',
      municipalityCode: '131121',
      guardians: [
        {
          id: 'g',
          familyName: '山田',
          givenName: '花子',
          familyNameKana: '山田',
          givenNameKana: 'ハナコ',
          birthDate: '1994-04-02',
          relationship: 'mother',
          employment: 'employee',
          insurance: 'employee',
        },
      ],
      children: [{ id: 'c', expectedBirthDate: '2027-02-30' }],
    };
    await page.locator('#household-file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const problems = page.getByTestId('import-problems');
    await expect.poll(() => problems.textContent()).toContain('お子さん（1人目）の出産予定日');
    expect(await problems.textContent()).toContain(
      '保護者（1人目）の姓（フリガナ）: 全角カタカナで書いてください。',
    );
    expect(await page.locator('main').textContent()).toContain('鈴木');
    await shot(page, '08-household-invalid-file');

    // A change shows which journey items it affects before it is saved.
    await page.locator('[data-edit="children"]').click();
    await type(page, 'children.0.expectedBirthDate', 'R8.12.5');
    await page.getByTestId('review').click();
    const pending = page.getByTestId('pending');
    await pending.waitFor();
    expect((await pending.textContent())?.replace(/\s+/g, ' ')).toContain(
      '出生届: 期限が 令和8年12月14日（月） から 令和8年12月18日（金） に変わります',
    );
    await shot(page, '08-household-impact');
    await page.getByTestId('confirm-save').click();
    await page.getByTestId('saved').waitFor();
    expect(await page.locator('main').textContent()).toContain('令和8年12月5日（土）');
    await page.getByTestId('born-child-1').click();
    await type(page, 'children.0.birthDate', 'R8.11.18');
    await type(page, 'children.0.givenName', TYPED.childGivenName);
    await type(page, 'children.0.givenNameKana', 'ひなた');
    await field(page, 'children.0.sex').selectOption('male');
    await type(page, 'children.0.birthWeightGrams', '3050');
    await shot(page, '09-birth');
    await page.getByTestId('record-birth').click();
    const saved = page.getByTestId('saved');
    await saved.waitFor();
    // 出生届: 14 days counting the birth day (戸籍法49条) → 2026-12-01 (火).
    await expect.poll(() => saved.textContent()).toContain('出生届');
    expect(await saved.textContent()).toContain('令和8年12月1日（火）');
    await shot(page, '10-birth-saved');

    // 今やること: 「完了にする」 asks the day (today by default), records it on confirmation, offers undo.
    await page.locator('[data-nav="home"]').click();
    const reg = page.locator('[data-item="birth-registration"]').first();
    await reg.locator('[data-action="done"]').click();
    const ask = reg.getByTestId('done-ask');
    await ask.waitFor();
    const today = await ask.locator('input[type="date"]').inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('[data-item="birth-registration"]').count()).toBeGreaterThan(0); // nothing yet
    await ask.locator('[data-action="done-cancel"]').click();
    expect(await reg.getByTestId('done-ask').count()).toBe(0);
    await reg.locator('[data-action="done"]').click();
    await reg.getByTestId('done-ask').locator('[data-action="done-confirm"]').click();
    const undo = page.getByTestId('done-undo');
    await undo.waitFor();
    expect(await undo.textContent()).toContain('出生届');
    await shot(page, '10b-done-undo');
    await undo.locator('[data-action="done-undo"]').click();
    await expect.poll(() => page.getByTestId('done-undo').count()).toBe(0);
    await page.locator('[data-item="birth-registration"] [data-action="done"]').first().click();
    await page.getByTestId('done-ask').locator('[data-action="done-confirm"]').click();
    await page.getByTestId('done-undo').waitFor();
    await page.locator('[data-nav="journey"]').click();
    await expect
      .poll(() => page.locator('[data-item="birth-registration"]').first().getAttribute('class'), {
        timeout: 20_000,
      })
      .toContain('done');
  });

  it('asks for the missing bank account once when applying for 児童手当, then submits', async () => {
    const { page } = h;
    await page.locator('[data-nav="home"]').click();
    await page.locator('[data-item="child-allowance-application"] [data-action="apply"]').first().click();
    const missing = page.getByTestId('missing-facts');
    await missing.waitFor();
    await type(page, 'bank.bankName', 'みなと銀行');
    await type(page, 'bank.branchName', '本町支店');
    await type(page, 'bank.accountNumber', '314159'); // one digit short: said so, nothing saved
    await type(page, 'bank.holderKana', 'すずき　ゆみ');
    await page.getByTestId('save-missing').click();
    await expect.poll(() => missing.locator('.field-error').first().textContent()).toContain('7桁');
    await shot(page, '11-missing-bank');
    await type(page, 'bank.accountNumber', TYPED.account);
    await page.getByTestId('save-missing').click();

    // Saved: the form opens prefilled and is not asked again.
    await page.locator('[data-testid="pdf-preview"][data-rendered="true"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('missing-facts').count()).toBe(0);
    await page.getByLabel('署名用電子証明書のパスワード（英大文字と数字6〜16桁）').fill('SUZUKI2580');
    await page.getByRole('button', { name: '電子署名して送信する' }).click();
    const receipt = page.getByTestId('receipt-number');
    await receipt.waitFor({ timeout: 30_000 });
    expect((await receipt.textContent())?.trim()).toMatch(/^R-141003-/);
    expect(h.municipality.store.count()).toBe(1);
  });

  it('keeps every fact and completion after a reload', async () => {
    const { page } = h;
    await page.reload();
    await unlock(page);
    await page.locator('[data-nav="household"]').waitFor();
    await page.locator('[data-nav="household"]').click();
    await page.getByRole('heading', { name: '家族の情報' }).waitFor();
    const text = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    for (const s of [
      '鈴木 由美',
      'スズキ ユミ',
      '平成7年9月30日（土）',
      '045-123-4567',
      '鈴木 陽向',
      'スズキ ヒナタ',
    ])
      expect(text).toContain(s);
    expect(text).toContain('令和8年11月18日（水）生まれ');
    expect(text).toContain('〒231-0005 神奈川県横浜市中区本町六丁目50番地の10');
    expect(text).toContain('141003');
    expect(await page.getByTestId('bank-summary').textContent()).toContain(
      'みなと銀行 本町支店 普通 ＊＊＊592',
    );
    const records = page.getByTestId('records');
    expect((await records.textContent())?.replace(/\s+/g, ' ')).toContain(
      '出生届 完了（令和8年11月21日（土））',
    );
    expect(await records.textContent()).toContain('児童手当 認定請求');
    await shot(page, '12-household-after-reload');
    await page.locator('[data-nav="journey"]').click();
    await page.getByLabel('基準日').fill('2026-11-21');
    await page.getByLabel('基準日').dispatchEvent('change');
    for (const id of ['birth-registration', 'child-allowance-application'])
      await expect
        .poll(() => page.locator(`[data-item="${id}"]`).first().getAttribute('class'), { timeout: 20_000 })
        .toContain('done');

    // A completion can be undone from 家族の情報 (one sealed save), and the journey follows.
    await page.locator('[data-nav="household"]').click();
    await page.locator('[data-record="birth-registration"] [data-action="undo-done"]').click();
    await expect.poll(() => page.locator('[data-record="birth-registration"]').count()).toBe(0);
    await page.locator('[data-nav="journey"]').click();
    await expect
      .poll(() => page.locator('[data-item="birth-registration"]').first().getAttribute('class'))
      .not.toContain('done');
  });

  it('leaves nothing typed in clear in the browser profile on disk', async () => {
    const CONTROL = '対照用の平文データ・家族の情報';
    await storePlaintextControl(h.page, 'e2e-positive-control-household', { value: CONTROL });
    await h.context.close();
    const control = scanForPlaintext(h.profileDir, [CONTROL]);
    expect(control.length).toBeGreaterThan(0);
    const typed = [
      '鈴木由美',
      '鈴木 由美',
      'スズキ ユミ',
      'スズキ　ユミ',
      // not 由美 alone: it is also a 町域 in the app's own postal table (cached by Chromium)
      TYPED.myNumber,
      TYPED.street,
      '本町六丁目',
      TYPED.childGivenName,
      'ヒナタ',
      TYPED.account,
      '045-123-4567',
      'みなと銀行',
    ];
    const hits = scanForPlaintext(h.profileDir, typed);
    if (hits.length) console.log(hits.map((x) => `${x.needle} ${x.encoding} ${x.file}`).join('\n'));
    expect(hits).toEqual([]);
  });
});
