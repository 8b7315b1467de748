/**
 * Steps the app's end-to-end specs share: moving between screens, signing a prepared application with the
 * simulated card, and full-page screenshots at the two sizes every screen is looked at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Opens a screen from the menu and waits until it is the current one and its heading is drawn. */
export async function nav(page: Page, screen: string): Promise<void> {
  await page.locator(`[data-nav="${screen}"]`).click();
  await page.waitForFunction(
    (s) => document.querySelector(`[data-nav="${s}"]`)?.getAttribute('aria-current') === 'page',
    screen,
  );
  await page.locator('main h1').first().waitFor();
}

/** The application's PDF is drawn; the 署名用 password of 佐藤 健太's card signs it and sends it. */
export async function signAndSend(page: Page): Promise<void> {
  await page.locator('[data-testid="pdf-preview"][data-rendered="true"]').waitFor({ timeout: 30_000 });
  await page.getByLabel('署名用電子証明書のパスワード（英大文字と数字6〜16桁）').fill('SATO1234');
  await page.getByRole('button', { name: '電子署名して送信する' }).click();
}

/** Full-page screenshots at 1280×800 and 800×600 as `dir/NAME-WIDTH.png`; the viewport goes back to 1280×900. */
export async function screenshotBothSizes(page: Page, dir: string, name: string): Promise<void> {
  for (const [w, hgt] of [
    [1280, 800],
    [800, 600],
  ] as const) {
    await page.setViewportSize({ width: w, height: hgt });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(dir, `${name}-${w}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
