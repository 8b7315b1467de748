/**
 * 申請履歴 — the case file the device keeps, sealed in the profile, for good:
 * every submission with the exact bytes that were signed and the signature,
 * its receipt, each signed status the municipality sent (so the history,
 * correction requests and decisions carry the municipality's signature), the
 * certificates with their detached signatures, the consents the user gave for
 * 自己情報取得 and the signed resident records read with them. Also the last
 * verified notice feed of the municipality (not part of the export).
 *
 * Export format `nonstop-casefile/1` — one JSON file (see README, "The municipal
 * round trip"): plain JSON with every signed document as base64 of the bytes
 * that were signed next to its detached CMS, so anyone can check it later
 * with `openssl cms -verify` or any CMS library, without this app and without
 * a passphrase. It is not encrypted on purpose (an encrypted one already exists:
 * the vault's `nonstop-backup/1`); the app says so and warns on a shared terminal.
 *
 * Pure: the renderer passes dates in; verification happens in main before
 * anything reaches these functions, and `acceptStatus` / `acceptFeed` add the
 * checks only the keeper of the history can make (nothing older than what is
 * kept: a replayed answer).
 */
import { z } from 'zod';
import { caseStatuses, signedStatusSchema, type SignedStatus } from '../submission';
import { residentFieldSchema } from '../records/resident-record';
import { noticeFeedSchema, type NoticeFeed } from '../records/notices';
import { MAILBOX_ID } from '../mailbox';
import { offerSchema, type MunicipalOffer } from '../municipal-offer';
import { privateOfferStateSchema, privateRequestEntrySchema } from '../offers/casefile';

export const CASEFILE_FORMAT = 'nonstop-casefile/1';
export const CASEFILE_STATE_FORMAT = 'nonstop-casefile-state/1';

const base64 = z
  .string()
  .max(4_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
  .refine((s) => s.length % 4 === 0, 'must be base64 (length a multiple of 4)');
const instant = z.iso.datetime();
const civil = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const submissionEntrySchema = z.strictObject({
  procedure: z.string().min(1).max(80),
  child: z.string().min(1).max(64),
  receiptNumber: z.string().min(1).max(40),
  receiptId: z.string().max(40).optional(),
  receivedAt: z.string(),
  submittedOn: civil,
  correctionOf: z.string().max(40).nullable().optional(),
  /** the canonical application bytes that were signed (absent for filings made before the case file kept them) */
  application: base64.optional(),
  /** the detached CMS by the 署名用 key over exactly those bytes */
  signature: base64.optional(),
});
export type SubmissionEntry = z.infer<typeof submissionEntrySchema>;

export const statusEntrySchema = z.strictObject({
  receiptId: z.string().max(40),
  issuedAt: instant,
  /** the decoded document, for showing; `document` is its proof */
  status: signedStatusSchema,
  /** nonstop-status/1 bytes as signed by the municipality */
  document: base64,
  signature: base64,
});
export type StatusEntry = z.infer<typeof statusEntrySchema>;

export const certificateEntrySchema = z.strictObject({
  receiptId: z.string().max(40),
  receiptNumber: z.string().max(40),
  kind: z.string().max(100),
  issuedAt: z.string(),
  receivedAt: instant,
  /** whether the municipality's signature verified over exactly these bytes when it arrived */
  verified: z.boolean(),
  pdf: base64,
  signature: base64,
});
export type CertificateEntry = z.infer<typeof certificateEntrySchema>;

export const consentEntrySchema = z.strictObject({
  /** when the user agreed (before anything was read) */
  at: instant,
  purpose: z.string().min(1).max(200),
  fields: z.array(residentFieldSchema).min(1).max(6),
  /** what came of it: read (the record is in residentRecords), or the reason nothing was read */
  outcome: z.enum(['read', 'failed']),
});
export type ConsentEntry = z.infer<typeof consentEntrySchema>;

export const residentRecordEntrySchema = z.strictObject({
  importedAt: instant,
  signer: z.string().max(200),
  /** nonstop-resident-record/1 bytes as signed by the municipality (it names the consent it answers) */
  record: base64,
  signature: base64,
});
export type ResidentRecordEntry = z.infer<typeof residentRecordEntrySchema>;

export const feedEntrySchema = z.strictObject({
  municipalityCode: z.string().regex(/^\d{6}$/),
  fetchedAt: instant,
  feed: noticeFeedSchema,
  document: base64,
  signature: base64,
});
export type FeedEntry = z.infer<typeof feedEntrySchema>;

/**
 * The profile's mailbox (core/mailbox.ts): the results of every submission
 * that named it come there, sealed to `publicKey`. The secret key never
 * leaves the profile except to main for opening a poll. Not exported with the
 * case file (it is a key, not a record).
 */
export const mailboxEntrySchema = z.strictObject({
  mailboxId: z.string().regex(MAILBOX_ID),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  secretKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  createdAt: instant,
  /** the last poll that answered (for "every few hours") */
  polledAt: instant.nullable(),
});
export type MailboxEntry = z.infer<typeof mailboxEntrySchema>;

/** An offer the municipality prepared (core/municipal-offer.ts), as it arrived, and what the parent did with it. */
export const offerEntrySchema = z.strictObject({
  offerId: z.string().max(40),
  receivedAt: instant,
  offer: offerSchema,
  /** nonstop-offer/1 bytes as signed by the municipality, and its CMS */
  document: base64,
  signature: base64,
  outcome: z.enum(['open', 'accepted', 'dismissed']),
  /** accepted: the receipt of the application it became */
  receiptNumber: z.string().max(40).optional(),
});
export type OfferEntry = z.infer<typeof offerEntrySchema>;

const CAP = 5000;

export const caseFileStateSchema = z.strictObject({
  format: z.literal(CASEFILE_STATE_FORMAT),
  statuses: z.array(statusEntrySchema).max(CAP),
  certificates: z.array(certificateEntrySchema).max(CAP),
  consents: z.array(consentEntrySchema).max(CAP),
  residentRecords: z.array(residentRecordEntrySchema).max(CAP),
  feeds: z.array(feedEntrySchema).max(50),
  /** notice ids the user has seen on the notices screen (Home's "new notices" are the others) */
  seenNotices: z.array(z.string().max(200)).max(CAP),
  /** absent in case files kept before issue 20 (they keep loading) */
  mailbox: mailboxEntrySchema.optional(),
  /** offers the municipality prepared that came to the mailbox (issue 20); absent in older case files */
  offers: z.array(offerEntrySchema).max(CAP).optional(),
  /** 民間サービス: the profile's keys per provider and each request / withdrawal (core/offers/casefile.ts); optional, older states load */
  privateOffers: privateOfferStateSchema.optional(),
});
export type CaseFileState = z.infer<typeof caseFileStateSchema>;

export const EMPTY_CASEFILE: CaseFileState = {
  format: CASEFILE_STATE_FORMAT,
  statuses: [],
  certificates: [],
  consents: [],
  residentRecords: [],
  feeds: [],
  seenNotices: [],
};

/**
 * The stored state, validated. Nothing stored: empty. A damaged one is NOT
 * replaced (it is kept for good): the caller gets `null` and must not write.
 */
export function readCaseFileState(raw: unknown): CaseFileState | null {
  if (raw === undefined) return EMPTY_CASEFILE;
  const r = caseFileStateSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** The statuses kept for one case, oldest first. */
export function statusesOf(state: CaseFileState, receiptId: string): StatusEntry[] {
  return state.statuses
    .filter((s) => s.receiptId === receiptId)
    .sort((a, b) => Date.parse(a.issuedAt) - Date.parse(b.issuedAt));
}

export function latestStatus(state: CaseFileState, receiptId: string): StatusEntry | undefined {
  return statusesOf(state, receiptId).at(-1);
}

export type StatusRefusal = 'replayed' | 'rewritten' | 'other-case';

/**
 * A verified signed status, checked against what the case file keeps: one
 * signed before the last kept one is a replay; one whose history does not
 * begin with the kept history rewrites the past (a case's history only grows).
 * Kept only when something changed (a new history event or status).
 */
export function acceptStatus(
  state: CaseFileState,
  receiptId: string,
  incoming: { status: SignedStatus; statusBase64: string; signatureBase64: string },
):
  | { ok: true; state: CaseFileState; changed: boolean; entry: StatusEntry }
  | { ok: false; reason: StatusRefusal } {
  const s = incoming.status;
  if (s.case.receiptId !== receiptId) return { ok: false, reason: 'other-case' };
  const entry: StatusEntry = {
    receiptId,
    issuedAt: s.issuedAt,
    status: s,
    document: incoming.statusBase64,
    signature: incoming.signatureBase64,
  };
  const last = latestStatus(state, receiptId);
  if (!last)
    return { ok: true, changed: true, entry, state: { ...state, statuses: [...state.statuses, entry] } };
  if (Date.parse(s.issuedAt) < Date.parse(last.issuedAt)) return { ok: false, reason: 'replayed' };
  const before = last.status.case.history;
  const now = s.case.history;
  const extends_ =
    now.length >= before.length && before.every((e, i) => now[i]?.at === e.at && now[i]?.status === e.status);
  if (!extends_) return { ok: false, reason: 'rewritten' };
  const changed = now.length !== before.length || s.case.status !== last.status.case.status;
  return changed
    ? { ok: true, changed, entry, state: { ...state, statuses: [...state.statuses, entry] } }
    : { ok: true, changed, entry: last, state };
}

export type FeedRefusal = 'replayed' | 'other-municipality';

/** A verified feed replaces the kept one of its municipality unless it was published before it (a replay). */
export function acceptFeed(
  state: CaseFileState,
  municipalityCode: string,
  incoming: { feed: NoticeFeed; feedBase64: string; signatureBase64: string },
  fetchedAt: string,
): { ok: true; state: CaseFileState } | { ok: false; reason: FeedRefusal } {
  if (incoming.feed.municipalityCode !== municipalityCode) return { ok: false, reason: 'other-municipality' };
  const kept = state.feeds.find((f) => f.municipalityCode === municipalityCode);
  if (kept && Date.parse(incoming.feed.publishedAt) < Date.parse(kept.feed.publishedAt))
    return { ok: false, reason: 'replayed' };
  const entry: FeedEntry = {
    municipalityCode,
    fetchedAt,
    feed: incoming.feed,
    document: incoming.feedBase64,
    signature: incoming.signatureBase64,
  };
  return {
    ok: true,
    state: {
      ...state,
      feeds: [...state.feeds.filter((f) => f.municipalityCode !== municipalityCode), entry],
    },
  };
}

export function feedOf(state: CaseFileState, municipalityCode: string): NoticeFeed | null {
  return state.feeds.find((f) => f.municipalityCode === municipalityCode)?.feed ?? null;
}

/**
 * One mailbox poll's verified statuses, oldest first, each through
 * `acceptStatus` (a rewritten history is refused and reported, the rest
 * kept). A mailbox holds every message ever posted, so a status signed before
 * the last one kept for its case is old news, not an attack: it is skipped
 * (and can never move a case back).
 */
export function acceptStatuses(
  state: CaseFileState,
  incoming: readonly { status: SignedStatus; statusBase64: string; signatureBase64: string }[],
): { state: CaseFileState; changed: string[]; refused: Record<string, StatusRefusal> } {
  let next = state;
  const changed: string[] = [];
  const refused: Record<string, StatusRefusal> = {};
  const sorted = [...incoming].sort((a, b) => Date.parse(a.status.issuedAt) - Date.parse(b.status.issuedAt));
  for (const s of sorted) {
    const receiptId = s.status.case.receiptId;
    const last = latestStatus(next, receiptId);
    if (last && Date.parse(s.status.issuedAt) <= Date.parse(last.issuedAt)) continue;
    const a = acceptStatus(next, receiptId, s);
    if (!a.ok) {
      refused[receiptId] = a.reason;
      continue;
    }
    delete refused[receiptId];
    if (a.changed) changed.push(receiptId);
    next = a.state;
  }
  return { state: next, changed, refused };
}

/** Offers as they came: each kept once (by its id), open until the parent accepts or puts it aside. */
export function addOffers(
  state: CaseFileState,
  incoming: readonly { offer: MunicipalOffer; offerBase64: string; signatureBase64: string }[],
  receivedAt: string,
): { state: CaseFileState; added: string[] } {
  const kept = state.offers ?? [];
  const known = new Set(kept.map((o) => o.offerId));
  const fresh: (typeof incoming)[number][] = [];
  for (const o of incoming)
    if (!known.has(o.offer.offerId)) {
      known.add(o.offer.offerId);
      fresh.push(o);
    }
  if (fresh.length === 0) return { state, added: [] };
  return {
    state: {
      ...state,
      offers: [
        ...kept,
        ...fresh.map((o) => ({
          offerId: o.offer.offerId,
          receivedAt,
          offer: o.offer,
          document: o.offerBase64,
          signature: o.signatureBase64,
          outcome: 'open' as const,
        })),
      ],
    },
    added: fresh.map((o) => o.offer.offerId),
  };
}

/** An offer accepted (with the receipt it became) or put aside. */
export function settleOffer(
  state: CaseFileState,
  offerId: string,
  outcome: 'accepted' | 'dismissed',
  receiptNumber?: string,
): CaseFileState {
  return {
    ...state,
    offers: (state.offers ?? []).map((o) =>
      o.offerId === offerId ? { ...o, outcome, ...(receiptNumber ? { receiptNumber } : {}) } : o,
    ),
  };
}

export function openOffers(state: CaseFileState): OfferEntry[] {
  return (state.offers ?? []).filter((o) => o.outcome === 'open');
}

/** A certificate as it arrived; the same certificate (same bytes) is kept once. */
export function addCertificate(state: CaseFileState, c: CertificateEntry): CaseFileState {
  if (state.certificates.some((x) => x.receiptId === c.receiptId && x.pdf === c.pdf)) return state;
  return { ...state, certificates: [...state.certificates, c] };
}

export function certificateOf(state: CaseFileState, receiptId: string): CertificateEntry | undefined {
  return state.certificates.filter((c) => c.receiptId === receiptId).at(-1);
}

export function addConsent(
  state: CaseFileState,
  c: ConsentEntry,
  record?: ResidentRecordEntry,
): CaseFileState {
  return {
    ...state,
    consents: [...state.consents, c],
    residentRecords: record ? [...state.residentRecords, record] : state.residentRecords,
  };
}

export function markNoticesSeen(state: CaseFileState, ids: readonly string[]): CaseFileState {
  const seen = new Set(state.seenNotices);
  const add = ids.filter((i) => !seen.has(i));
  return add.length === 0 ? state : { ...state, seenNotices: [...state.seenNotices, ...add].slice(-CAP) };
}

export const caseFileExportSchema = z.strictObject({
  format: z.literal(CASEFILE_FORMAT),
  exportedAt: instant,
  /** which signature covers what (informative; a reader checks each pair itself) */
  about: z.string(),
  submissions: z.array(submissionEntrySchema).max(CAP),
  statuses: z.array(
    z.strictObject({
      receiptId: z.string().max(40),
      issuedAt: instant,
      status: z.enum(caseStatuses),
      document: base64,
      signature: base64,
    }),
  ),
  certificates: z.array(certificateEntrySchema).max(CAP),
  consents: z.array(consentEntrySchema).max(CAP),
  residentRecords: z.array(residentRecordEntrySchema).max(CAP),
  /** 民間サービス: each request with the fields sent and the provider's signed answer and acknowledgements (no keys) */
  privateRequests: z.array(privateRequestEntrySchema).max(CAP).optional(),
});
export type CaseFileExport = z.infer<typeof caseFileExportSchema>;

const ABOUT =
  'Kosodate Nonstop case file. Each signed pair is base64 of the exact bytes and a detached CMS (DER): ' +
  "submissions by the applicant's JPKI 署名用 certificate; statuses (nonstop-status/1), certificates (PDF) " +
  'and resident records (nonstop-resident-record/1) by the municipality. Verify with e.g. ' +
  '`openssl cms -verify -binary -inform DER -in SIG -content DATA -CAfile CA`.';
const ABOUT_PRIVATE =
  ' privateRequests (民間サービス): each request (nonstop-offer-request/1) signed with Ed25519 by the ' +
  "profile's own key for that provider (its public key is inside the request), and the provider's answer " +
  "and deletion acknowledgements signed with Ed25519 by the provider's key published in the offer feed.";

/** The whole case file as one JSON text (`nonstop-casefile/1`). */
export function exportCaseFile(
  state: CaseFileState,
  submissions: readonly SubmissionEntry[],
  exportedAt: string,
): string {
  const doc: CaseFileExport = {
    format: CASEFILE_FORMAT,
    exportedAt,
    about: state.privateOffers?.requests.length ? ABOUT + ABOUT_PRIVATE : ABOUT,
    submissions: submissions.map((s) => submissionEntrySchema.parse(s)),
    statuses: state.statuses.map((s) => ({
      receiptId: s.receiptId,
      issuedAt: s.issuedAt,
      status: s.status.case.status,
      document: s.document,
      signature: s.signature,
    })),
    certificates: state.certificates,
    consents: state.consents,
    residentRecords: state.residentRecords,
    ...(state.privateOffers?.requests.length ? { privateRequests: state.privateOffers.requests } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** An exported case file read back (validated; a wrong format or a damaged field is a clear problem). */
export function readCaseFileExport(
  text: string,
): { ok: true; value: CaseFileExport } | { ok: false; problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not JSON' };
  }
  const r = caseFileExportSchema.safeParse(raw);
  if (r.success) return { ok: true, value: r.data };
  const i = r.error.issues[0];
  return { ok: false, problem: `${i?.path.join('.') || 'file'}: ${i?.message}` };
}
