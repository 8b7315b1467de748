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
import type { computeJourney, Journey } from '../../../core/journey/journey';

/** What session needs of the journey module (loaded with the first profile). */
interface JourneyEngine {
  computeJourney: typeof computeJourney;
}
import type { HostResults } from '../../../core/host-contract';
import { openVaultDb } from './db';
import { Vault, needsAttention, type ProfileStore, type ProfileSummary } from './vault';
import { DEFAULT_SETTINGS, readSettings, testerFlag, type AppSettings } from './settings';
import { HouseholdStore, type BirthFacts, type FactsPatch, type SaveResult } from './household-store.svelte';
import {
  EMPTY_REMINDER_STATE,
  activeReminders,
  inbox,
  live,
  readReminderState,
  type ReminderState,
} from '../../../core/reminders/reminders';

import { locale } from './i18n/locale.svelte';
import { FORM_ACTION_PREFIX, isFormActionRecord, type FormActionRecord } from './form-actions';
import type { HouseholdField } from './form-facts';
import { EMPTY_CASEFILE, readCaseFileState, type CaseFileState } from '../../../core/casefile/casefile';
import { caseReminders, noticeReminders, offerReminders } from '../../../core/casefile/reminders';

/** Screens; App.svelte moves focus to the new screen's heading and announces it on every change. */
export type Screen =
  | 'lock'
  | 'home'
  | 'journey'
  | 'item'
  | 'household'
  | 'caseFile'
  | 'notices'
  | 'settings'
  | 'inbox'
  | 'apply'
  | 'receipt'
  /** 民間サービス (issue 21) */
  | 'offers'
  /** an offer the municipality prepared (issue 20: a birth registered → 児童手当 認定請求) */
  | 'municipalOffer';

/** Which journey item the item-detail screen shows. */
export interface ItemRef {
  id: string;
  child: string | null;
  guardian?: string;
}

export interface SubmissionRecord {
  procedure: string;
  child: string;
  receiptNumber: string;
  /** the municipality's unguessable handle of the case (with the card's login, the only way to read it) */
  receiptId?: string;
  receivedAt: string;
  submittedOn: string;
  /** 要補正: the receipt id of the filing this one corrected (as the municipality's receipt names it) */
  correctionOf?: string | null;
  /** the card that signed it (its login reads the case) */
  card?: string;
  /** the profile's mailbox id the application named (core/mailbox.ts): its results come there, no login */
  resultsTo?: string;
  /** the canonical application bytes that were signed and the CMS over them (base64), for the case file */
  applicationBase64?: string;
  signatureBase64?: string;
}

const HOUSEHOLD_KEY = 'household';
const SETTINGS_KEY = 'settings';
const NO_REMINDERS: ReadonlySet<string> = new Set();
const REMINDERS_KEY = 'reminders';
const CASEFILE_KEY = 'casefile';

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
  /** The procedure the application screen prepares (null: the 児童手当 認定請求, the first form). */
  applyingProcedure = $state<string | null>(null);
  /** 家族の情報 opened by a form at a fact it misses (lib/form-facts.ts), to come back to the form. */
  householdField = $state.raw<HouseholdField | null>(null);
  /** 要補正: the receipt number the next submission corrects (set by the case file, cleared on sending). */
  correctingReceipt = $state<string | null>(null);
  /** Printed, saved or submitted forms (screens/Apply.svelte, lib/form-actions.ts). */
  formActions = $state.raw<FormActionRecord[]>([]);
  lastReceipt = $state.raw<SubmissionRecord | null>(null);
  /** The item the detail screen shows (set by openItem). */
  item = $state.raw<ItemRef | null>(null);
  /** Set by a "print" action: the item screen prints itself once shown. */
  printRequested = $state(false);
  /** The item just marked done (「完了にする」), for the screen's undo offer; cleared by undo or a new mark. */
  lastDone = $state.raw<{ ref: ItemRef; title: { ja: string; en: string }; on: CivilDate } | null>(null);
  /** The profile's settings (sealed in the profile); tester mode also from the `?tester=1` start flag. */
  settings = $state.raw<AppSettings>(DEFAULT_SETTINGS);
  readonly testerFromStart = testerFlag();
  tester: boolean = $derived(this.testerFromStart || this.settings.tester);
  /** Reminder state (fired / snoozed / dismissed ids), sealed in the profile; see lib/reminders.svelte.ts. */
  reminders = $state.raw<ReminderState>(EMPTY_REMINDER_STATE);
  /** What was new when the profile was opened ("前回から"), until acknowledged. */
  sinceLast = $state.raw<string[]>([]);
  /** 申請履歴: signed statuses, certificates, consents, resident records, the notice feed (core/casefile). */
  caseFile = $state.raw<CaseFileState>(EMPTY_CASEFILE);
  /** The stored case file did not read: it is kept as it is and nothing is written over it. */
  caseFileDamaged = $state(false);
  #profile: ProfileStore | null = null;
  /** A guest session: nothing is written to disk (lib/vault.ts GuestProfile). */
  guest = $state(false);
  /** Shared-terminal mode (a centre's PC): no personal text in notifications, no labels on the lock screen. */
  sharedTerminal = $state(false);

  /** Registration, 家族の情報, done/declined and facts asked once (household-store.svelte.ts). */
  readonly facts = new HouseholdStore({
    household: () => this.household,
    setHousehold: (h) => (this.household = h),
    today: () => this.today,
    putAll: (entries) => this.#require().putAll(entries),
    get: (key) => this.#require().get<unknown>(key),
  });
  /** 「対象外として記録」 with the reason kept (a guardian's own item is written `item:guardian`). */
  decline = (ref: ItemRef, reason: string, on?: CivilDate): Promise<SaveResult> =>
    this.facts.decline(ref.guardian ? `${ref.id}:${ref.guardian}` : ref.id, ref.child, reason, on);
  undoDecline = (ref: ItemRef): Promise<SaveResult> =>
    this.facts.undoDecline(ref.guardian ? `${ref.id}:${ref.guardian}` : ref.id, ref.child);
  saveFacts = (patch: FactsPatch): Promise<SaveResult> => this.facts.saveFacts(patch);
  recordBirth = (child: string, facts: BirthFacts): Promise<SaveResult> =>
    this.facts.recordBirth(child, facts);

  /**
   * The journey engine (catalog, rules, holidays) is loaded when a profile opens, not with the
   * lock screen, so the first screen's JavaScript stays small (`npm run bench -- renderer`).
   */
  #engine = $state.raw<JourneyEngine | null>(null);
  /** In the UI's language: the catalog's and the engine's texts (why, documents, notes) follow a switch. */
  journey: Journey | null = $derived.by(() => {
    if (!this.household || !this.#engine) return null;
    const j = this.#engine.computeJourney(this.household, this.today, { lang: locale.current });
    // 民間サービス (issue 21) live on their own screen, never among the public items' order, colours
    // or reminders; the engine's journey (the CLI's `nonstop journey`) still lists them as before.
    return j.items.some((i) => i.kind === 'private')
      ? { ...j, items: j.items.filter((i) => i.kind !== 'private') }
      : j;
  });
  /** The round trip's reminders: a case 要補正 / decided, a new notice for this household. */
  municipalReminders = $derived(
    this.household
      ? [
          ...caseReminders(this.caseFile),
          ...noticeReminders(this.caseFile, this.household, this.today),
          ...offerReminders(this.caseFile),
        ]
      : [],
  );
  /** What is true today (reminder ids), for the inbox and notifications. */
  liveReminders: ReadonlySet<string> = $derived(
    this.journey
      ? live([...activeReminders(this.journey, this.settings.reminderDays), ...this.municipalReminders])
      : NO_REMINDERS,
  );
  inboxEntries = $derived(inbox(this.reminders, this.today, this.liveReminders));
  inboxCount: number = $derived(this.inboxEntries.filter((e) => !e.seen).length);

  async refreshProfiles(): Promise<void> {
    this.profiles = await this.vault.profiles();
  }

  /** Creates and opens a profile; returns the recovery code, which the lock screen shows once. */
  async create(label: string, passphrase: string): Promise<string> {
    const { profile, recoveryCode } = await this.vault.create(label, passphrase);
    await this.openStore(profile, true);
    await this.refreshProfiles();
    return recoveryCode;
  }

  async unlock(id: string, passphrase: string): Promise<void> {
    const profile = await this.vault.unlock(id, passphrase);
    // the KDF is done: `npm run bench -- renderer` times from here to the home screen (build/bench/renderer.ts)
    performance.mark('nonstop:unlocked');
    await this.openStore(profile);
  }

  /**
   * Opens a profile (stored, recovered, imported or a guest). While the vault needs
   * the user (a recovery code to note, a new passphrase, damaged records) the lock
   * screen stays and calls `continueAfterUnlock()` (screens/Lock.svelte).
   */
  async openStore(profile: ProfileStore, hold = needsAttention(profile)): Promise<void> {
    this.#engine ??= await import('../../../core/journey/journey');
    const household = await profile.get<unknown>(HOUSEHOLD_KEY);
    const submissions = await Promise.all(
      (await profile.keys('submission:')).map((k) => profile.get<SubmissionRecord>(k)),
    );
    this.#open(profile);
    // a guest's session in main: card logins work, no stored profile's files are reachable
    if (profile.guest) await this.vault.fileKeys?.openGuest().catch(() => undefined);
    const valid = household === undefined ? null : validateHousehold(household);
    this.household = valid?.ok ? valid.value : null;
    this.submissions = submissions.filter((s): s is SubmissionRecord => s !== undefined);
    this.formActions = (
      await Promise.all((await profile.keys(FORM_ACTION_PREFIX)).map((k) => profile.get<unknown>(k)))
    ).filter(isFormActionRecord);
    this.settings = readSettings(await profile.get<unknown>(SETTINGS_KEY));
    this.reminders = readReminderState(await profile.get<unknown>(REMINDERS_KEY));
    const caseFile = readCaseFileState(await profile.get<unknown>(CASEFILE_KEY));
    this.caseFile = caseFile ?? EMPTY_CASEFILE;
    this.caseFileDamaged = caseFile === null;
    this.screen = hold ? 'lock' : this.household ? 'home' : 'household';
    // statuses (when a card login is still open in main) and the notice feed, in the background
    void import('./casefile.svelte').then((m) => m.onProfileOpened());
  }

  continueAfterUnlock(): void {
    if (this.#profile) this.screen = this.household ? 'home' : 'household';
  }

  /** The open profile, for the vault's own screens (backup, passphrase, recovery code). */
  get store(): ProfileStore | null {
    return this.#profile;
  }

  #open(profile: ProfileStore): void {
    this.#profile?.lock();
    this.#profile = profile;
    this.guest = profile.guest;
  }

  lock(): void {
    this.#profile?.lock();
    this.#profile = null;
    // main forgets the unlocked session: card logins end, the key file and anchors are out of reach
    this.vault.fileKeys?.closeSession();
    this.guest = false;
    this.household = null;
    this.submissions = [];
    this.lastReceipt = null;
    this.lastDone = null;
    this.applyingChild = null;
    this.applyingProcedure = null;
    this.correctingReceipt = null;
    this.formActions = [];
    this.item = null;
    this.settings = DEFAULT_SETTINGS;
    this.reminders = EMPTY_REMINDER_STATE;
    this.sinceLast = [];
    this.caseFile = EMPTY_CASEFILE;
    this.caseFileDamaged = false;
    this.screen = 'lock';
  }

  /** Validate, then save sealed. Returns the problems instead of saving anything half-done. */
  async loadHouseholdJson(text: string): Promise<Problem[]> {
    const r = parseHouseholdJson(text);
    if (!r.ok) return r.problems;
    await this.#require().putAll({ [HOUSEHOLD_KEY]: r.value });
    this.household = r.value;
    this.screen = 'home';
    return [];
  }

  /** The screen the item detail's back button returns to. */
  returnTo = $state<Screen>('home');

  openItem(ref: ItemRef): void {
    if (this.screen !== 'item' && this.screen !== 'lock') this.returnTo = this.screen;
    this.item = ref;
    this.screen = 'item';
  }

  /** Marks an item done on `on` (H-household's store: validated, sealed, a decline cleared). */
  markDone = (ref: ItemRef, on?: CivilDate): Promise<SaveResult> =>
    this.facts.markDone(ref.guardian ? `${ref.id}:${ref.guardian}` : ref.id, ref.child, on);
  undoDone = (ref: ItemRef): Promise<SaveResult> =>
    this.facts.undoDone(ref.guardian ? `${ref.id}:${ref.guardian}` : ref.id, ref.child);

  async saveSettings(next: AppSettings): Promise<void> {
    await this.#require().putAll({ [SETTINGS_KEY]: next });
    this.settings = next;
  }

  async saveReminders(next: ReminderState): Promise<void> {
    await this.#require().putAll({ [REMINDERS_KEY]: next });
    this.reminders = next;
  }

  /** The case file, sealed; never over a stored one that did not read. */
  async saveCaseFile(next: CaseFileState): Promise<void> {
    if (this.caseFileDamaged) throw new Error('the stored case file is damaged; it is kept as it is');
    await this.#require().putAll({ [CASEFILE_KEY]: next });
    this.caseFile = next;
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
      receiptId: receipt.receiptId,
      receivedAt: receipt.receivedAt,
      submittedOn: receipt.submittedOn,
      correctionOf: receipt.correctionOf ?? null,
      card: receipt.card,
      ...(receipt.resultsTo ? { resultsTo: receipt.resultsTo } : {}),
      applicationBase64: receipt.applicationBase64,
      signatureBase64: receipt.signatureBase64,
    };
    // One completion per item: a corrected refiling (correctionOf) keeps the item's first filing day,
    // a new filing replaces an earlier mark (「完了にする」) with the day it was filed.
    const earlier = h.completed.find((c) => c.item === receipt.procedure && (c.child ?? null) === child);
    const on = record.correctionOf && earlier ? earlier.on : (receipt.submittedOn as CivilDate);
    const updated: Household = {
      ...h,
      completed: [
        ...h.completed.filter((c) => !(c.item === receipt.procedure && (c.child ?? null) === child)),
        { item: receipt.procedure, child, on },
      ],
    };
    const id = crypto.randomUUID();
    await this.#require().putAll({ [HOUSEHOLD_KEY]: updated, [`submission:${id}`]: record });
    this.household = updated;
    this.submissions = [...this.submissions, record];
    this.lastReceipt = record;
    this.screen = 'receipt';
  }

  /** Records that a form was printed, saved or submitted (which and when), sealed in the profile. */
  async recordFormAction(record: FormActionRecord): Promise<void> {
    await this.#require().putAll({ [`${FORM_ACTION_PREFIX}${crypto.randomUUID()}`]: record });
    this.formActions = [...this.formActions, record];
  }

  #require(): ProfileStore {
    if (!this.#profile) throw new Error('locked');
    return this.#profile;
  }
}

export const session = new Session();
