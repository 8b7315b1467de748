/**
 * Issue 19 item 1: after a lock, after 「終了」 and after a guest's
 * 「保存せずに終了」, nothing of the household may remain in the renderer's
 * memory. A heap snapshot of the page (CDP HeapProfiler, after a full garbage
 * collection) is searched for markers of the household: the My Numbers, the
 * phone and the account number. Positive control: the same search finds them
 * while the household is open.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { createProfile } from './vault-steps';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let h: Harness;

// newborn-family: both My Numbers, the father's phone, the account, the street, a name in kana;
// expecting-first-child: hers
const FAMILY = ['314159265352', '271828182840', '090-1234-5678', '8642097', '世田谷四丁目21番27号', 'ハルト'];
const GUEST = ['161803398872', '045-123-4567'];
const PASS = 'himawari-2026-pass';
const STAFF = 'centre-staff-2026';

/** The markers found in a heap snapshot of the page, taken after a full collection. */
async function inHeap(markers: string[]): Promise<string[]> {
  const cdp = await h.page.context().newCDPSession(h.page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const snapshot = chunks.join('');
    expect(snapshot.length).toBeGreaterThan(100_000); // a real snapshot, not an empty answer
    // the snapshot is JSON: a string may be written as it is or with \u escapes (either case)
    const escaped = (m: string, upper: boolean) =>
      m.replace(/[^\x20-\x7e]/g, (c) => {
        const hex = c.charCodeAt(0).toString(16).padStart(4, '0');
        return `\\u${upper ? hex.toUpperCase() : hex}`;
      });
    return markers.filter(
      (m) =>
        snapshot.includes(m) || snapshot.includes(escaped(m, false)) || snapshot.includes(escaped(m, true)),
    );
  } finally {
    await cdp.detach();
  }
}

async function loadFixture(name: string) {
  await h.page.locator(`[data-fixture="${name}"]`).click();
  await h.page.locator('nav [data-nav="settings"]').waitFor({ timeout: 20_000 });
}

/** Every screen of the app once: whatever a screen keeps, it keeps now. */
async function walk() {
  for (const screen of [
    'home',
    'journey',
    'household',
    'caseFile',
    'notices',
    'inbox',
    'offers',
    'settings',
  ]) {
    const link = h.page.locator(`nav [data-nav="${screen}"]`);
    if ((await link.count()) === 0) continue;
    await link.click();
    await h.page.waitForTimeout(300);
  }
  await h.page.locator('nav [data-nav="home"]').click();
  // an item's detail too
  const item = h.page.locator('[data-item]').first();
  if ((await item.count()) > 0) {
    await item.click().catch(() => undefined);
    await h.page.waitForTimeout(300);
  }
}

async function lockScreen() {
  await h.page.getByRole('heading', { name: 'プロフィールを開く' }).waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  mkdirSync(join(repoRoot, '.e2e-artifacts'), { recursive: true });
  h = await startHarness(repoRoot);
  await h.page.goto(`${h.appUrl}/index.html?tester=1`);
  await lockScreen();
});
afterAll(async () => {
  await h?.close();
});

describe('nothing of a household stays in the renderer’s memory', () => {
  it('after a lock (positive control first)', async () => {
    await createProfile(h.page, 'ひまわり', PASS);
    await loadFixture('newborn-family');
    await walk();
    expect(await inHeap(FAMILY)).toEqual(FAMILY);
    await h.page.locator('[data-testid="lock"]').click();
    await lockScreen();
    expect(await inHeap(FAMILY)).toEqual([]);
  });

  it('after 「終了」 on a shared terminal (positive control first)', async () => {
    const { page } = h;
    await page.getByRole('radio', { name: 'ひまわり' }).check();
    await page.locator('#unlock-passphrase').fill(PASS);
    await page.getByRole('button', { name: '開く', exact: true }).click();
    await page.locator('nav [data-nav="settings"]').click();
    await page.locator('#vault-staff').fill(STAFF);
    await page.getByRole('button', { name: '共用端末モードにする' }).click();
    await page
      .locator('[data-testid="shared-state"]')
      .getByText('オン')
      .waitFor({ timeout: 20_000 })
      .catch(() => undefined);
    expect(await inHeap(FAMILY)).toEqual(FAMILY);
    await page.getByRole('button', { name: '終了' }).click();
    await lockScreen();
    expect(await inHeap(FAMILY)).toEqual([]);
  });

  it('after a guest’s 「保存せずに終了」 (positive control first)', async () => {
    const { page } = h;
    await page.getByRole('button', { name: 'ゲストで始める' }).click();
    await loadFixture('expecting-first-child');
    await walk();
    expect(await inHeap(GUEST)).toEqual(GUEST);
    await page.locator('[data-testid="lock"]').click();
    await page.getByRole('button', { name: '保存せずに終了' }).click();
    await lockScreen();
    expect(await inHeap([...GUEST, ...FAMILY])).toEqual([]);
  });
});
