/**
 * Issue 20, "decision only", through the built renderer against the mock
 * municipality — as far as it is built:
 *
 * Results without a new login: the 児童手当 認定請求 is signed and sent (the
 * application names the profile's mailbox) → the operator asks for a
 * correction → the app is closed and opened again, and the 要訂正 arrives
 * with no card and no PIN (the poll on start sends the mailbox id and nothing
 * else; no login is ever made in this story) → it is corrected and resubmitted
 * → the approval and the certificate arrive the same way after another
 * restart → the receipt is printed. Figures: time from the municipality's
 * decision to the notification in the app, bytes sent and received per poll
 * (.e2e-artifacts/decision-only-figures.json, quoted in the README).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { createProfile } from './vault-steps';
import { seriousAxeViolations } from './axe';
import { reviewCase } from '../../fixtures/municipality/operator';
import { registerBirth } from '../../fixtures/municipality/offers';
import { loadResidents } from '../../fixtures/municipality/residents';
import { loadIdentity } from '../../fixtures/municipality/identity';
import { parseCanonical } from '../../core/signing/canonical';
import newborn from '../../fixtures/households/newborn-family.json';
import expecting from '../../fixtures/households/expecting-first-child.json';
import { nav, signAndSend, screenshotBothSizes } from './app-steps';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const artifacts = join(repoRoot, '.e2e-artifacts');
const shots = join(artifacts, 'screenshots');
const PASS = 'sakura-2026-nonstop';
const identity = loadIdentity();
let h: Harness;
const figures: Record<string, unknown> = {};

function shot(name: string) {
  return screenshotBothSizes(h.page, shots, `decision-only-${name}`);
}

/** The app closed and started again: a fresh page load, the profile unlocked with its passphrase. */
async function restart(page: Page) {
  await page.goto(`${h.appUrl}/index.html?tester=1`);
  await page.locator('#unlock-passphrase').waitFor();
  await page.getByRole('radio', { name: 'さくら' }).check();
  await page.locator('#unlock-passphrase').fill(PASS);
  await page.getByRole('button', { name: '開く', exact: true }).click();
  await page.locator('[data-testid="lock"]').waitFor({ timeout: 20_000 });
}

/** Bytes of an HTTP/1.1 request as it went on the wire (request line, headers, body). */
function wireBytes(r: Harness['municipalityRequests'][number]): number {
  const head =
    `${r.method} ${r.path} HTTP/1.1\r\n` +
    Object.entries(r.headers)
      .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : (v ?? '')}\r\n`)
      .join('') +
    '\r\n';
  return Buffer.byteLength(head) + Buffer.byteLength(r.body);
}

const mailboxPolls = () => h.municipalityRequests.filter((r) => r.path.startsWith('/v1/mailboxes/'));

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  h = await startHarness(repoRoot);
});
afterAll(async () => {
  await h?.close();
});

describe('decision only: results without a new login', () => {
  it('submit → 要訂正 after a restart with no PIN → corrected → approval and certificate the same way → receipt', async () => {
    const { page } = h;
    await page.goto(`${h.appUrl}/index.html?tester=1`);
    await page.getByRole('heading', { name: 'プロフィールを開く' }).waitFor();
    await createProfile(page, 'さくら', PASS);
    await page.locator('#household-file').setInputFiles({
      name: 'family.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(newborn)),
    });
    await page.getByLabel('基準日').waitFor();
    await page.getByLabel('基準日').fill('2026-11-21');
    await page.getByLabel('基準日').dispatchEvent('change');

    // what needs no filing is said so on Home: the visit, the vaccination forms, the 現況届
    const automatic = page.getByTestId('automatic');
    await automatic.waitFor({ timeout: 20_000 });
    expect(await automatic.locator('[data-automatic="home-visit"]').textContent()).toContain('佐藤 陽翔');
    expect(await automatic.locator('[data-automatic="vaccination-forms"]').textContent()).toContain(
      '令和9年1月11日',
    );
    expect(await automatic.locator('[data-automatic="allowance-status-report"]').textContent()).toContain(
      '原則として出す必要はありません',
    );
    await automatic.screenshot({ path: join(shots, 'decision-only-00-automatic-card.png') });
    await shot('00-automatic');

    // sign and send the 児童手当 認定請求 (the 署名用 password: signing is what the card is for)
    const allowance = page.locator('[data-item="child-allowance-application"]').first();
    await allowance.waitFor({ timeout: 20_000 });
    await allowance.getByRole('button', { name: '申請書を作成して申請する' }).click();
    await signAndSend(page);
    const receipt = page.locator('[data-testid="receipt-number"]');
    await receipt.waitFor({ timeout: 30_000 });
    const first = (await receipt.textContent())?.trim() ?? '';
    const stored = h.municipality.store.byReceiptNumber(first);
    // the signed application names the profile's mailbox: a random id and an X25519 key, nothing else
    const signed = parseCanonical(new Uint8Array(stored?.application ?? [])) as Record<string, unknown>;
    const to = signed['resultsTo'] as { format: string; mailboxId: string; publicKey: string };
    expect(to).toMatchObject({ format: 'nonstop-mailbox/1' });
    expect(to.mailboxId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Object.keys(to).sort()).toEqual(['format', 'mailboxId', 'publicKey']);

    // its 受付 came by the mailbox already: 申請履歴 shows 処理中 with no login
    await nav(page, 'caseFile');
    const status = page.locator(`[data-receipt="${first}"] [data-testid="case-status"]`);
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('処理中');

    // the app is closed; the municipality asks for a correction meanwhile
    await page.goto('about:blank');
    const decided = Date.now();
    await reviewCase(h.municipality.store, identity, first, 'correct', new Date(), {
      fields: [{ field: 'claimant.phone', reason: '日中に連絡のつく電話番号を確かめてください。' }],
    });
    const beforeRestart = h.municipalityRequests.length;
    await restart(page);
    // the poll on start: 要訂正 in 申請履歴 and notified in the app (the inbox), with no PIN asked
    await nav(page, 'caseFile');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toContain('要訂正');
    figures['decisionToCaseFileOnStartMs'] = Date.now() - decided;
    await nav(page, 'inbox');
    const told = page.locator('[data-reminder^="case:"]');
    await expect.poll(() => told.count(), { timeout: 20_000 }).toBe(1);
    figures['decisionToNotificationOnStartMs'] = Date.now() - decided;
    expect(await told.textContent()).toContain('直してほしい');
    await nav(page, 'caseFile');
    expect(await page.locator(`[data-receipt="${first}"]`).textContent()).toContain(
      '日中に連絡のつく電話番号を確かめてください。',
    );

    // what the municipality learnt from that poll: the mailbox id, nothing more
    const sinceRestart = h.municipalityRequests.slice(beforeRestart);
    const polls = sinceRestart.filter((r) => r.path.startsWith('/v1/mailboxes/'));
    expect(polls).toHaveLength(1);
    const poll = polls[0]!;
    expect(poll).toMatchObject({ method: 'GET', path: `/v1/mailboxes/${to.mailboxId}`, body: '' });
    expect(
      Object.keys(poll.headers).filter(
        (k) =>
          ![
            'host',
            'connection',
            'accept',
            'accept-language',
            'accept-encoding',
            'user-agent',
            'sec-fetch-mode',
          ].includes(k),
      ),
    ).toEqual([]);
    for (const fact of ['佐藤', 'haruto', '2026-11-12', '154-0017', first, to.publicKey])
      expect(JSON.stringify(poll)).not.toContain(fact);
    // no login, no status read by the card's session: only the feed and the mailbox
    expect(
      sinceRestart.every((r) => r.path.startsWith('/v1/mailboxes/') || r.path.startsWith('/v1/notices/')),
    ).toBe(true);
    figures['bytesSentPerPoll'] = wireBytes(poll);
    await shot('01-correction-without-login');

    // corrected and resubmitted (signed again: the 署名用 password)
    await page.getByRole('button', { name: '直して申請し直す' }).click();
    await signAndSend(page);
    await expect.poll(async () => (await receipt.textContent())?.trim(), { timeout: 30_000 }).not.toBe(first);
    const corrected = (await receipt.textContent())?.trim() ?? '';
    expect(h.municipality.store.byReceiptNumber(first)?.status).toBe('superseded');

    // approved while the app is closed; the approval and the certificate come by the mailbox
    await page.goto('about:blank');
    const approvedAt = Date.now();
    await reviewCase(h.municipality.store, identity, corrected, 'approve', new Date(), null);
    await restart(page);
    await nav(page, 'caseFile');
    const second = page.locator(`[data-receipt="${corrected}"] [data-testid="case-status"]`);
    await expect.poll(() => second.textContent(), { timeout: 20_000 }).toContain('決定（承認）');
    figures['approvalToCaseFileOnStartMs'] = Date.now() - approvedAt;
    expect(await second.textContent()).toContain('完了');
    expect(await status.textContent()).toContain('補正して申請し直しました');
    const verified = page.locator(`[data-receipt="${corrected}"] [data-testid="certificate-verified"]`);
    await verified.waitFor({ timeout: 20_000 });
    expect(await verified.textContent()).toContain('児童手当 認定通知書');
    // still no login, no certificate fetched by a session
    expect(h.municipalityRequests.some((r) => r.path.startsWith('/v1/auth/'))).toBe(false);
    expect(h.municipalityRequests.some((r) => r.path.includes('/certificate'))).toBe(false);

    // the poll's size as the harness's municipality answered it (the app's view: 申請履歴 → 今すぐ確かめる)
    await page.getByTestId('mailbox-check').click();
    await page.getByTestId('mailbox-polled').waitFor();
    const last = mailboxPolls().at(-1)!;
    const answer = await fetch(`${h.municipality.url}${last.path}`).then((r) => r.text());
    figures['bytesReceivedPerPoll'] = Buffer.byteLength(answer);
    figures['messagesInMailbox'] = (JSON.parse(answer) as { messages: unknown[] }).messages.length;
    figures['pollIntervalWhileOpenHours'] = 3;
    await shot('02-approved-certificate');
    expect(await seriousAxeViolations(page)).toEqual([]);

    // the receipt the parent can print
    await page.locator(`[data-receipt="${corrected}"] [data-testid="receipt-print"]`).click();
    const sheet = page.locator('[data-testid="receipt-sheet"]');
    await sheet.waitFor();
    expect(await sheet.locator('[data-testid="receipt-sheet-number"]').textContent()).toBe(corrected);
    expect(await sheet.locator('[data-testid="receipt-sheet-status"]').textContent()).toContain('完了');
    await shot('03-receipt');
    await page.getByRole('button', { name: '申請履歴に戻る' }).click();
    await sheet.waitFor({ state: 'detached' });

    mkdirSync(artifacts, { recursive: true });
    writeFileSync(join(artifacts, 'decision-only-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log('[decision-only] figures', figures);
  });
});

describe('the 自己情報取得 diff, as a new parent reads it', () => {
  it('every fact consented: 性別 as 男/女, dates in 和暦, 続柄 shown, every member found', async () => {
    const { page } = h;
    await nav(page, 'caseFile');
    await page.getByLabel('利用者証明用の暗証番号（数字4桁）').fill('1234');
    await page.getByRole('button', { name: 'ログインして状況を確かめる' }).click();
    const section = page.locator('[data-testid="resident-import"]');
    await section.locator('[data-consent="name"]').waitFor({ timeout: 20_000 });
    for (const f of ['name', 'kana', 'birthDate', 'sex', 'relationship', 'address'])
      await section.locator(`[data-consent="${f}"]`).check();
    await section.getByRole('button', { name: '同意して受け取る' }).click();
    await section.locator('[data-testid="resident-verified"]').waitFor({ timeout: 20_000 });
    const table = section.locator('[data-testid="record-diff"]');
    const text = (await table.textContent()) ?? '';
    expect(text).not.toMatch(/female|male|\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain('この端末の家族の情報にいません');
    expect(text).toContain('平成5年2月14日'); // the mother's birth date
    expect(text).toContain('令和8年11月12日'); // 陽翔's
    expect(await table.locator('[data-row="1:sex"]').textContent()).toContain('女');
    expect(await table.locator('[data-row="1:relationship"]').textContent()).toContain('妻');
    expect(await table.locator('[data-row="1:relationship"]').textContent()).toContain('母');
    expect(await table.locator('[data-row="2:relationship"]').textContent()).toContain('子');
    await shot('04-resident-diff');
  });
});

describe('offers that come to the family', () => {
  it('birth registered at the mock → offer notified with no identity sent → confirmed in ≤ 3 actions → receipt', async () => {
    const { page } = h;
    const PASS2 = 'yumi-2026-nonstop';
    await page.locator('[data-testid="lock"]').click();
    await page.locator('#new-label').waitFor();
    await createProfile(page, 'ゆみ', PASS2);
    // the expecting family (鈴木 由美, 横浜市中区), due a few days from now
    const family = structuredClone(expecting);
    family.children[0]!.expectedBirthDate = '2026-12-10';
    await page.locator('#household-file').setInputFiles({
      name: 'family.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(family)),
    });
    await page.getByLabel('基準日').waitFor();
    // one card login registers the profile's mailbox for her card (offers for this family come there)
    await nav(page, 'caseFile');
    await page
      .getByLabel('マイナンバーカード（カードリーダー）')
      .first()
      .selectOption('expecting-first-child');
    await page.getByLabel('利用者証明用の暗証番号（数字4桁）').fill('2580');
    await page.getByRole('button', { name: 'ログインして状況を確かめる' }).click();
    const registered = () =>
      h.municipality.store.db
        .prepare<{ n: number }>('SELECT COUNT(*) AS n FROM card_mailboxes WHERE card_link = ?')
        .get('77CDF627B61CDE434292B865C24A1733')?.n ?? 0;
    await expect.poll(registered, { timeout: 20_000 }).toBe(1);

    // the app is locked and closed; the city accepts the 出生届 and registers the birth: the offer is prepared
    await page.locator('[data-testid="resident-import"] [data-consent="name"]').waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="lock"]').click();
    await page.locator('#unlock-passphrase').waitFor();
    await page.goto('about:blank');
    const registeredAt = Date.now();
    const { offer, posted } = await registerBirth(
      h.municipality.store,
      identity,
      loadResidents(),
      {
        parent: '鈴木 由美',
        givenName: '陽菜',
        givenNameKana: 'ヒナ',
        birthDate: '2026-12-04',
        sex: 'female',
      },
      new Date(),
    );
    expect(posted).toBe(1);
    const before = h.municipalityRequests.length;
    await page.goto(`${h.appUrl}/index.html?tester=1`);
    await page.locator('#unlock-passphrase').waitFor();
    await page.getByRole('radio', { name: 'ゆみ' }).check();
    await page.locator('#unlock-passphrase').fill(PASS2);
    await page.getByRole('button', { name: '開く', exact: true }).click();
    await page.locator('[data-testid="lock"]').waitFor({ timeout: 20_000 });

    // on Home at once (from the case file), and notified in the app's inbox (an OS notification outside quiet hours)
    await page.getByTestId('home-offer').waitFor({ timeout: 20_000 });
    await nav(page, 'inbox');
    const told = page.locator(`[data-reminder="offer:${offer.offerId}"]`);
    await told.waitFor({ timeout: 20_000 });
    figures['birthRegisteredToOfferNotifiedOnStartMs'] = Date.now() - registeredAt;
    expect(await told.textContent()).toContain('鈴木 陽菜さんの児童手当の申請を市区町村が用意しました');
    // picked up with no identity: after the birth, only the feed and the mailbox were asked, no login
    const sent = h.municipalityRequests.slice(before);
    expect(sent.some((r) => r.path.startsWith('/v1/mailboxes/'))).toBe(true);
    expect(sent.every((r) => r.path.startsWith('/v1/mailboxes/') || r.path.startsWith('/v1/notices/'))).toBe(
      true,
    );
    for (const r of sent) {
      expect(r.body).toBe('');
      expect(Object.keys(r.headers)).not.toContain('authorization');
      for (const fact of ['鈴木', '由美', '1995-09-30', '231-0005', '陽菜'])
        expect(JSON.stringify(r)).not.toContain(fact);
    }

    // from the notification to the receipt: open (1), the 署名用 password (2), sign (3)
    let actions = 0;
    const shown = h.notifications.shown.find((n) => n.id === `offer:${offer.offerId}`);
    if (shown) h.notifications.click(shown.id);
    else await told.getByRole('button', { name: '開く' }).click();
    actions++;
    const card = page.getByTestId('offer');
    await card.waitFor({ timeout: 20_000 });
    const diff = page.getByTestId('offer-diff');
    expect(await diff.textContent()).toContain('令和8年12月4日');
    expect(await diff.textContent()).toContain('女');
    expect(await page.getByTestId('offer-verified').textContent()).toContain('電子署名を確かめました');
    await shot('06-offer');
    await page.getByLabel('署名用電子証明書のパスワード（英大文字と数字6〜16桁）').fill('SUZUKI2580');
    actions++;
    await page.getByTestId('offer-sign').click();
    actions++;
    const receipt = page.locator('[data-testid="receipt-number"]');
    await receipt.waitFor({ timeout: 30_000 });
    expect(actions).toBeLessThanOrEqual(3);
    figures['actionsFromNotificationToReceipt'] = actions;
    const number = (await receipt.textContent())?.trim() ?? '';
    const stored = h.municipality.store.byReceiptNumber(number);
    expect(stored?.procedure).toBe('child-allowance-application');
    const signed = parseCanonical(new Uint8Array(stored?.application ?? [])) as {
      children: { givenName: string; birthDate: string; claimed: boolean }[];
    };
    expect(signed.children.find((c) => c.claimed)).toMatchObject({
      givenName: '陽菜',
      birthDate: '2026-12-04',
    });
    await shot('07-offer-receipt');
    writeFileSync(join(artifacts, 'decision-only-figures.json'), `${JSON.stringify(figures, null, 2)}\n`);
  });
});

describe('past the due date, Home asks once a day', () => {
  it('「赤ちゃんは生まれましたか？」 → 「まだです」 (asked again the next day) → 「赤ちゃんが生まれました」 records the birth', async () => {
    const { page } = h;
    await nav(page, 'household');
    await page.locator('#household-file').setInputFiles({
      name: 'expecting.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(expecting)),
    });
    const setDay = async (day: string) => {
      await page.getByLabel('基準日').fill(day);
      await page.getByLabel('基準日').dispatchEvent('change');
    };
    await nav(page, 'home');
    const question = page.getByTestId('born-question');
    // on the due date (2027-04-20) nothing is asked; the day after, it is
    await setDay('2027-04-20');
    await page.locator('main h1').first().waitFor();
    expect(await question.count()).toBe(0);
    await setDay('2027-04-21');
    await question.waitFor({ timeout: 20_000 });
    expect(await question.textContent()).toContain('赤ちゃんは生まれましたか？');
    expect(await question.textContent()).toContain('令和9年4月20日');
    await shot('05-born-question');
    await page.getByTestId('born-not-yet').click();
    await question.waitFor({ state: 'detached' });
    await setDay('2027-04-22');
    await question.waitFor({ timeout: 20_000 });
    await page.getByTestId('born-yes').click();
    const field = (path: string) => page.locator(`[data-field="${path}"]`);
    for (const [path, value] of [
      ['children.0.birthDate', 'R9.4.21'],
      ['children.0.givenName', 'ひなた'],
      ['children.0.givenNameKana', 'ひなた'],
      ['children.0.birthWeightGrams', '3050'],
    ] as const) {
      await field(path).fill(value);
      await field(path).blur();
    }
    await field('children.0.sex').selectOption('female');
    await page.getByTestId('record-birth').click();
    await page.getByTestId('born-recorded').waitFor({ timeout: 20_000 });
    // the journey now counts from the birth: the 出生届 is on Home
    await expect
      .poll(() => page.locator('[data-item="birth-registration"]').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await question.count()).toBe(0);
  });
});
