/**
 * Issue 18 on screen: Home stays calm as children grow (the items of a child already at school are one
 * closed group per child), and what is still being checked sits behind a closed 「確認中の点」 disclosure.
 * Screenshots at 1280×800 and 800×600 (.e2e-artifacts/childhood), no horizontal scroll.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { createProfile } from './vault-steps';
import { noHorizontalScroll } from './screen-checks';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const out = join(repoRoot, '.e2e-artifacts', 'childhood');

let h: Harness;

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  h = await startHarness(repoRoot);
});

afterAll(async () => {
  await h?.close();
});

describe('through the whole of childhood', () => {
  it('groups the school child’s items on Home, closed, and opens them on a click', async () => {
    const { page } = h;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${h.appUrl}/index.html?tester=1`);
    await createProfile(page, 'きょうだい', 'sakura-2026-nonstop');
    await page.getByRole('heading', { name: '家族の情報を登録' }).waitFor();
    // 3人きょうだい: 美緒 (born 2015-06-01) is at school; 蓮 (2025-01-20) is not.
    await page.locator('[data-fixture="three-children"]').click();
    await page.getByRole('heading', { name: '今やること', level: 1 }).waitFor();
    const group = page.locator('[data-testid="older-child"]');
    await group.first().waitFor();
    expect(await group.count()).toBe(1);
    expect(await group.first().locator('summary').textContent()).toContain('小学生以上');
    // Closed: its tasks are not shown until it is opened.
    expect(await group.first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.screenshot({ path: join(out, 'home-1280x800.png'), fullPage: true });
    await group.first().locator('summary').click();
    await expect.poll(() => group.first().locator('[data-item="dt"]').count()).toBe(1);
    await page.screenshot({ path: join(out, 'home-open-1280x800.png'), fullPage: true });
    await page.setViewportSize({ width: 800, height: 600 });
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.screenshot({ path: join(out, 'home-800x600.png'), fullPage: true });
  });
});
