/**
 * 申請履歴 on the device: every change of the case file goes through here,
 * one at a time (a queue), sealed in the profile by session.saveCaseFile.
 *
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
  addCertificate,
  addConsent,
  exportCaseFile,
  markNoticesSeen,
  type CaseFileState,
  type StatusRefusal,
  type SubmissionEntry,
} from '../../../core/casefile/casefile';
import type { HostError } from '../../../core/host-contract';
import type { Consent } from '../../../core/records/resident-record';

let queue: Promise<unknown> = Promise.resolve();

/** A timestamp for the record (not reactive state). */
const nowIso = () => new Date().toISOString();

/** Runs `f` on the current case file after every earlier change; saves what it returns (if anything). */
function change<T>(f: (state: CaseFileState) => Promise<{ next?: CaseFileState; result: T }>): Promise<T> {
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
});

/** The cases to ask about: those with a handle, not yet superseded by a correction. */
function openCases() {
  return session.submissions.filter((s) => s.receiptId);
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

/** On opening a profile: the statuses when a card login is still open in main (the feed follows the household). */
export async function onProfileOpened(): Promise<void> {
  if (!window.nonstop || session.caseFileDamaged) return;
  if (openCases().some((s) => s.card)) await refreshStatuses().catch((e) => console.warn('[casefile]', e));
  else caseFileUi.loginNeeded = openCases().length > 0;
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
      });
  });
  $effect(() => {
    const code = watched;
    if (code && window.nonstop)
      untrack(() => void refreshNotices().catch((e) => console.warn('[casefile] notices', e)));
  });
});
