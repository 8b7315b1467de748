/**
 * Steps of the vault's screens that every end-to-end story shares: creating a
 * profile now shows its recovery code once and asks for two of its groups back.
 */
import type { Page } from 'playwright-core';

/** On the recovery-code screen: reads the code, types back the two groups asked for, returns the code. */
export async function confirmRecoveryCode(page: Page): Promise<string> {
  const shown = page.locator('[data-testid="recovery-code"]');
  await shown.waitFor();
  const groups = await shown.locator('.group').allTextContents();
  const valueOf = (n: number) => (groups[n - 1] ?? '').trim().slice(1).trim();
  for (const id of ['group-a', 'group-b']) {
    const input = page.locator(`#${id}`);
    const n = Number(await input.getAttribute('data-group'));
    await input.fill(valueOf(n));
  }
  await page.getByRole('button', { name: '控えました' }).click();
  await shown.waitFor({ state: 'detached' });
  return groups.map((g) => g.trim().slice(1).trim()).join('-');
}

/** Creates a profile from the lock screen and confirms its recovery code; returns the code. */
export async function createProfile(page: Page, label: string, passphrase: string): Promise<string> {
  await page.locator('#new-label').fill(label);
  await page.locator('#new-passphrase').fill(passphrase);
  await page.locator('#new-confirm').fill(passphrase);
  await page.getByRole('button', { name: '作成する' }).click();
  return confirmRecoveryCode(page);
}
