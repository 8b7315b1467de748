/** What build/bench/vault.ts bundles into its Chromium page: the app's vault as it ships. */
export { openVaultDb } from './db';
export { Vault, UnlockedProfile } from './vault';
