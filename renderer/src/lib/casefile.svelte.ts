/**
 * 申請履歴 on the device: every change of the case file goes through here,
 * one at a time (a queue), sealed in the profile by session.saveCaseFile.
 *
 * - statuses without a login (issue 20): every submission names the profile's
 *   mailbox (core/mailbox.ts); the municipality seals each status change and
 *   certificate to it; the mailbox is polled on start and every few hours
 *   while the profile is open, with nothing but its id; main opens and
 *   verifies, `acceptStatuses` keeps what is new;
 * - statuses: fetched for every case whose card has a login open in main (on
 *   start, after a login, on demand); each arrives verified by main (the
 *   municipality's signature, the case, its age) and is then checked against
 *   what is kept (`acceptStatus`: nothing older, no rewritten history);
 * - the notice feed: the whole feed of the household's municipality, with no
 *   identity and no household fact sent; kept verified, filtered here;
 * - certificates, consents and resident records as they arrive;
 * - the export as one `nonstop-casefile/1` file.
 * After a change the reminders run, so a 要補正, a decision or a new notice is
 * notified (once, quiet hours, generic text on a shared terminal).
 */
import { untrack } from 'svelte';
import { host } from './host';
import { session } from './session.svelte';
import { runReminders } from './reminders.svelte';
import {
  acceptFeed,
  acceptStatus,
  acceptStatuses,
  addOffers,
  settleOffer,
  addCertificate,
  addConsent,
  exportCaseFile,
  markNoticesSeen,
  type CaseFileState,
  type MailboxEntry,
  type StatusRefusal,
  type SubmissionEntry,
} from '../../../core/casefile/casefile';
import type { HostError } from '../../../core/host-contract';
import type { Consent } from '../../../core/records/resident-record';

let queue: Promise<unknown> = Promise.resolve();

/** A timestamp for the record (not reactive state). */
const nowIso = () => new Date().toISOString();

/** Runs `f` on the current case file after every earlier change; saves what it returns (if anything). */
export function change<T>(
  f: (state: CaseFileState) => Promise<{ next?: CaseFileState; result: T }>,
): Promise<T> {
  const run = queue.then(async () => {
    const { next, result } = await f(session.caseFile);
    if (next && next !== session.caseFile) {
      await session.saveCaseFile(next);
      void runReminders();
    }
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

export const caseFileUi = $state({
  /** refused answers of the last check (a replayed or rewritten status), by receipt id */
  refused: {} as Record<string, StatusRefusal>,
  /** cards whose login is needed to read the statuses */
  loginNeeded: false,
  checking: false,
  /** the card logged in from 申請履歴 in this profile's session (main keeps the token, 30 minutes) */
  loginCard: null as string | null,
  noticesError: null as HostError | null,
  /** the last mailbox poll: when, what came, what was refused (shown in 申請履歴) */
  lastPoll: null as { at: string; changed: number; refused: number; error: HostError | null } | null,
});

/** How often the mailbox is polled while a profile is open (and once on opening it). */
export const MAILBOX_POLL_MS = 3 * 60 * 60_000;

/**
 * The profile's mailbox, made on first need (the first submission) and kept
 * sealed in the case file. Null when the case file cannot be written.
 */
export async function ensureMailbox(): Promise<MailboxEntry | null> {
  if (session.caseFileDamaged) return null;
  if (session.caseFile.mailbox) return session.caseFile.mailbox;
  const r = await host()['mailbox.create'](null);
  if (!r.ok) return null;
  return change(async (state) => {
    if (state.mailbox) return { result: state.mailbox };
    const mailbox: MailboxEntry = { ...r.value, createdAt: nowIso(), polledAt: null };
    return { next: { ...state, mailbox }, result: mailbox };
  });
}

/**
 * One poll of the profile's mailbox: no card, no PIN, no login. New statuses
 * of this profile's cases are kept (the reminders then notify a 要補正 or a
 * decision), certificates kept as they came (flagged when they did not verify).
 */
export async function pollMailbox(): Promise<void> {
  const mailbox = session.caseFile.mailbox;
  if (!mailbox || session.caseFileDamaged) return;
  const r = await host()['mailbox.poll']({ mailboxId: mailbox.mailboxId, secretKey: mailbox.secretKey });
  const at = nowIso();
  if (!r.ok) {
    caseFileUi.lastPoll = { at, changed: 0, refused: 0, error: r.error };
    return;
  }
  const ids = session.submissions.map((s) => s.receiptId);
  const mine = { has: (id: string) => ids.includes(id) };
  await change(async (state) => {
    const a = acceptStatuses(
      state,
      r.value.statuses.filter((s) => mine.has(s.status.case.receiptId)),
    );
    let next = a.state;
    for (const c of r.value.certificates.filter((c) => mine.has(c.receiptId)))
      next = addCertificate(next, {
        receiptId: c.receiptId,
        receiptNumber: c.receiptNumber,
        kind: c.kind,
        issuedAt: c.issuedAt,
        receivedAt: at,
        verified: c.verified,
        pdf: c.pdfBase64,
        signature: c.signatureBase64,
      });
    const offers = addOffers(next, r.value.offers, at);
    next = offers.state;
    const refused = { ...caseFileUi.refused, ...a.refused };
    for (const id of a.changed) delete refused[id];
    caseFileUi.refused = refused;
    caseFileUi.lastPoll = {
      at,
      changed: a.changed.length + offers.added.length,
      refused: r.value.refused + Object.keys(a.refused).length,
      error: null,
    };
    if (next.mailbox) next = { ...next, mailbox: { ...next.mailbox, polledAt: at } };
    return { next, result: null };
  });
}

/** The cases to ask about: those with a handle, not yet superseded by a correction. */
function openCases() {
  return session.submissions.filter((s) => s.receiptId);
}

/** Cases whose results do not come to the mailbox (filed before it existed): only a login reads them. */
function casesWithoutMailbox() {
  return openCases().filter((s) => !s.resultsTo);
}

/**
 * Reads the status of every case with `card` (or with the card that filed
 * each, when no card is named). A card without an open login → loginNeeded.
 */
export async function refreshStatuses(card?: string): Promise<HostError | null> {
  caseFileUi.checking = true;
  let firstError: HostError | null = null;
  let needLogin = false;
  try {
    for (const s of openCases()) {
      const using = card ?? s.card;
      if (!using || !s.receiptId) continue;
      const receiptId = s.receiptId;
      const r = await host()['case.status']({ card: using, receiptId });
      if (!r.ok) {
        if (r.error.code === 'login-required') needLogin = true;
        else firstError ??= r.error;
        continue;
      }
      await change(async (state) => {
        const a = acceptStatus(state, receiptId, r.value);
        const refused = { ...caseFileUi.refused };
        if (a.ok) delete refused[receiptId];
        else refused[receiptId] = a.reason;
        caseFileUi.refused = refused;
        return a.ok ? { next: a.state, result: null } : { result: null };
      });
    }
  } finally {
    caseFileUi.checking = false;
  }
  caseFileUi.loginNeeded = needLogin;
  return firstError;
}

/** The notice feed of the household's municipality (nothing about the family is sent). */
export async function refreshNotices(): Promise<void> {
  const code = session.household?.municipalityCode;
  if (!code) return;
  const r = await host()['notices.fetch']({ municipalityCode: code });
  if (!r.ok) {
    caseFileUi.noticesError = r.error;
    return;
  }
  caseFileUi.noticesError = null;
  await change(async (state) => {
    const a = acceptFeed(state, code, r.value, nowIso());
    if (!a.ok) caseFileUi.noticesError = { code: 'municipality-rejected', message: a.reason };
    return a.ok ? { next: a.state, result: null } : { result: null };
  });
}

/**
 * After a card login: the profile's mailbox registered for the card (made now if there is none),
 * so the offers the municipality prepares for this family come to it.
 */
export async function registerMailboxForCard(card: string): Promise<void> {
  const mailbox = await ensureMailbox();
  if (!mailbox) return;
  const r = await host()['mailbox.register']({
    card,
    mailboxId: mailbox.mailboxId,
    publicKey: mailbox.publicKey,
  });
  if (!r.ok) console.warn('[casefile] mailbox registration', r.error.code);
}

/** An offer accepted (with its receipt) or put aside. */
export function settle(
  offerId: string,
  outcome: 'accepted' | 'dismissed',
  receiptNumber?: string,
): Promise<void> {
  return change(async (state) => ({
    next: settleOffer(state, offerId, outcome, receiptNumber),
    result: undefined,
  }));
}

/** On opening a profile: the statuses when a card login is still open in main (the feed follows the household). */
export async function onProfileOpened(): Promise<void> {
  // a card login belongs to the session that made it (issue 19): main ended it at the lock,
  // and the next profile on this computer must not see the last one's card as logged in
  caseFileUi.loginCard = null;
  caseFileUi.loginNeeded = false;
  if (!window.nonstop || session.caseFileDamaged) return;
  await pollMailbox().catch((e) => console.warn('[casefile] mailbox', e));
  if (casesWithoutMailbox().some((s) => s.card))
    await refreshStatuses().catch((e) => console.warn('[casefile]', e));
  else caseFileUi.loginNeeded = casesWithoutMailbox().length > 0;
}

/** The certificate of an approved case, verified in main, kept (also when it did not verify: flagged). */
export async function fetchCertificate(card: string, receiptId: string, receiptNumber: string) {
  const r = await host()['case.certificate']({ card, receiptId });
  if (!r.ok) return r;
  const c = r.value;
  await change(async (state) => ({
    next: addCertificate(state, {
      receiptId,
      receiptNumber,
      kind: c.kind,
      issuedAt: c.issuedAt,
      receivedAt: nowIso(),
      verified: c.verified,
      pdf: c.pdfBase64,
      signature: c.signatureBase64,
    }),
    result: null,
  }));
  return r;
}

/** 自己情報取得 with the consent given on the screen; the consent is kept whatever comes of it. */
export async function importResident(card: string, consent: Consent) {
  const at = nowIso();
  const r = await host()['resident.import']({ card, consent });
  await change(async (state) => ({
    next: addConsent(
      state,
      { at, purpose: consent.purpose, fields: [...consent.fields], outcome: r.ok ? 'read' : 'failed' },
      r.ok
        ? {
            importedAt: nowIso(),
            signer: r.value.signer,
            record: r.value.recordBase64,
            signature: r.value.signatureBase64,
          }
        : undefined,
    ),
    result: null,
  }));
  return r;
}

export function seeNotices(ids: readonly string[]): Promise<void> {
  return change(async (state) => ({ next: markNoticesSeen(state, ids), result: undefined }));
}

/** The whole case file as one `nonstop-casefile/1` text. */
export function caseFileExportText(): string {
  const submissions: SubmissionEntry[] = session.submissions.map((s) => ({
    procedure: s.procedure,
    child: s.child,
    receiptNumber: s.receiptNumber,
    ...(s.receiptId ? { receiptId: s.receiptId } : {}),
    receivedAt: s.receivedAt,
    submittedOn: s.submittedOn,
    correctionOf: s.correctionOf ?? null,
    ...(s.applicationBase64 ? { application: s.applicationBase64 } : {}),
    ...(s.signatureBase64 ? { signature: s.signatureBase64 } : {}),
  }));
  return exportCaseFile(session.caseFile, submissions, nowIso());
}

// The feed of the household's municipality: fetched when a profile with a household opens, and again
// when the household moves to another municipality (the code is public; nothing else is sent).
const locked = $derived(session.screen === 'lock');
const watched = $derived(session.screen !== 'lock' ? (session.household?.municipalityCode ?? null) : null);
$effect.root(() => {
  // locking forgets what this session showed (the next profile starts without it)
  $effect(() => {
    if (locked)
      untrack(() => {
        caseFileUi.loginCard = null;
        caseFileUi.refused = {};
        caseFileUi.loginNeeded = false;
        caseFileUi.noticesError = null;
        caseFileUi.lastPoll = null;
      });
  });
  // every few hours while a profile is open (on opening: onProfileOpened)
  $effect(() => {
    if (locked || !window.nonstop) return;
    const timer = setInterval(
      () => void pollMailbox().catch((e) => console.warn('[casefile] mailbox', e)),
      MAILBOX_POLL_MS,
    );
    return () => clearInterval(timer);
  });
  $effect(() => {
    const code = watched;
    if (code && window.nonstop)
      untrack(() => void refreshNotices().catch((e) => console.warn('[casefile] notices', e)));
  });
});
