/**
 * The app's shared state (Svelte 5 runes in a class; components stay thin).
 * Decrypted data lives only here, in memory, while a profile is unlocked.
 */
import { japanDateOf, isCivilDate, type CivilDate } from '../../../core/dates/civil-date';
import {
  parseHouseholdJson,
  validateHousehold,
  type Household,
  type Problem,
} from '../../../core/household/schema';
import { computeJourney, type Journey } from '../../../core/journey/journey';
import type { HostResults } from '../../../core/host-contract';
import { openVaultDb } from './db';
import { Vault, type ProfileSummary, type UnlockedProfile } from './vault';

export type Screen = 'lock' | 'household' | 'journey' | 'apply' | 'receipt';

export interface SubmissionRecord {
  procedure: string;
  child: string;
  receiptNumber: string;
  receivedAt: string;
  submittedOn: string;
}

const HOUSEHOLD_KEY = 'household';

export class Session {
  readonly vault = new Vault(openVaultDb());
  profiles = $state.raw<ProfileSummary[]>([]);
  screen = $state<Screen>('lock');
  // raw (not deep proxies): these cross IPC by structured clone, which refuses proxies
  household = $state.raw<Household | null>(null);
  submissions = $state.raw<SubmissionRecord[]>([]);
  /** Tester clock: the date the journey is computed for (JST civil date). */
  today = $state<CivilDate>(japanDateOf(Date.now()));
  applyingChild = $state<string | null>(null);
  lastReceipt = $state.raw<SubmissionRecord | null>(null);
  #profile: UnlockedProfile | null = null;

  journey: Journey | null = $derived(this.household ? computeJourney(this.household, this.today) : null);

  async refreshProfiles(): Promise<void> {
    this.profiles = await this.vault.profiles();
  }

  async create(label: string, passphrase: string): Promise<void> {
    this.#open(await this.vault.create(label, passphrase));
    await this.refreshProfiles();
    this.screen = 'household';
  }

  async unlock(id: string, passphrase: string): Promise<void> {
    const profile = await this.vault.unlock(id, passphrase);
    const household = await profile.get<unknown>(HOUSEHOLD_KEY);
    const submissions = await Promise.all(
      (await profile.keys('submission:')).map((k) => profile.get<SubmissionRecord>(k)),
    );
    this.#open(profile);
    const valid = household === undefined ? null : validateHousehold(household);
    this.household = valid?.ok ? valid.value : null;
    this.submissions = submissions.filter((s): s is SubmissionRecord => s !== undefined);
    this.screen = this.household ? 'journey' : 'household';
  }

  #open(profile: UnlockedProfile): void {
    this.#profile?.lock();
    this.#profile = profile;
  }

  lock(): void {
    this.#profile?.lock();
    this.#profile = null;
    this.household = null;
    this.submissions = [];
    this.lastReceipt = null;
    this.applyingChild = null;
    this.screen = 'lock';
  }

  /** Validate, then save sealed. Returns the problems instead of saving anything half-done. */
  async loadHouseholdJson(text: string): Promise<Problem[]> {
    const r = parseHouseholdJson(text);
    if (!r.ok) return r.problems;
    await this.#require().putAll({ [HOUSEHOLD_KEY]: r.value });
    this.household = r.value;
    this.screen = 'journey';
    return [];
  }

  setToday(value: string): void {
    if (isCivilDate(value)) this.today = value;
  }

  /** Records the receipt and marks the item done, in one transaction. */
  async recordReceipt(child: string, receipt: HostResults['application.submit']): Promise<void> {
    const h = this.household;
    if (!h) return;
    const record: SubmissionRecord = {
      procedure: receipt.procedure,
      child,
      receiptNumber: receipt.receiptNumber,
      receivedAt: receipt.receivedAt,
      submittedOn: receipt.submittedOn,
    };
    const updated: Household = {
      ...h,
      completed: [...h.completed, { item: receipt.procedure, child, on: receipt.submittedOn as CivilDate }],
    };
    const id = crypto.randomUUID();
    await this.#require().putAll({ [HOUSEHOLD_KEY]: updated, [`submission:${id}`]: record });
    this.household = updated;
    this.submissions = [...this.submissions, record];
    this.lastReceipt = record;
    this.screen = 'receipt';
  }

  #require(): UnlockedProfile {
    if (!this.#profile) throw new Error('locked');
    return this.#profile;
  }
}

export const session = new Session();
