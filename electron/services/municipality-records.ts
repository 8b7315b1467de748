/**
 * Documents the municipality signs for the family, verified on the device
 * before anything is shown or kept: the resident record (自己情報取得).
 * Trust anchor: the simulated LGPKI CA (fixtures/municipality/keys), never the
 * JPKI CA — a citizen's card cannot pass for the municipality.
 */
import { z } from 'zod';
import { verifyDetached } from '../../core/signing/cms';
import { canonicalJson, parseCanonical } from '../../core/signing/canonical';
import { bytesEqual } from '../../core/signing/der';
import { fromBase64 } from '../../core/encoding/bytes';
import {
  consentProblem,
  residentRecordSchema,
  RESIDENT_FIELDS,
  type Consent,
  type ResidentRecord,
} from '../../core/records/resident-record';
import { call } from './municipality-client';
import { noticeFeedSchema, type NoticeFeed } from '../../core/records/notices';
import { signedStatusSchema, type SignedStatus } from '../../core/submission';
import type { TrustAnchor } from '../../core/signing/x509';
import { sourceTrust, TrustError, type MunicipalTrust } from './municipal-trust';

/**
 * What a municipal document is checked against: the LGPKI CA with its CRL
 * (electron/services/municipal-trust.ts). Every function takes one; the
 * default is the source tree's (CLI, tests) — the app passes its resources'.
 */
export type Trust = MunicipalTrust | TrustAnchor | string;
function anchorOf(trust: Trust | undefined, now: Date): TrustAnchor | string {
  const t = trust ?? sourceTrust();
  if (typeof t === 'string' || !('dir' in t)) return t;
  try {
    return t.anchor(now);
  } catch (e) {
    if (e instanceof TrustError) throw new DocumentError(e.message);
    throw e;
  }
}

/** The consent the CLI gives: every field, for prefilling (the app asks field by field). */
export const RESIDENT_CONSENT: Consent = {
  purpose: '申請書の事前記入と家族の情報の確認のため',
  fields: Object.keys(RESIDENT_FIELDS) as Consent['fields'],
};

export class DocumentError extends Error {}

/** A signed document and its detached signature, decoded from the answer's base64. */
function decodeSigned(document: string, signature: string, problem: string): [Uint8Array, Uint8Array] {
  try {
    return [fromBase64(document), fromBase64(signature)];
  } catch {
    throw new DocumentError(problem);
  }
}

/** Verify a municipal document: CMS by the municipality's certificate over canonical JSON bytes. */
export function verifyMunicipalDocument<T>(
  bytes: Uint8Array,
  signature: Uint8Array,
  schema: z.ZodType<T>,
  now: Date,
  trust?: Trust,
): { value: T; signer: string; signedAt: string | null } {
  const v = verifyDetached(signature, bytes, anchorOf(trust, now), now);
  if (!v.ok)
    throw new DocumentError(`the municipality's signature does not verify: ${v.reason}: ${v.detail}`);
  let raw: unknown;
  try {
    raw = parseCanonical(bytes);
  } catch {
    throw new DocumentError('the signed document is not JSON');
  }
  if (!bytesEqual(new TextEncoder().encode(canonicalJson(raw)), bytes))
    throw new DocumentError('the signed document is not canonical JSON');
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new DocumentError(`the signed document is not readable: ${parsed.error.issues[0]?.message}`);
  return { value: parsed.data, signer: v.signer.commonName, signedAt: v.signingTime?.toISOString() ?? null };
}

const answerSchema = z.strictObject({ record: z.string(), signature: z.string() });

export interface ImportedRecord {
  record: ResidentRecord;
  signer: string;
  signedAt: string | null;
  /** what was verified, kept with the case file */
  recordBase64: string;
  signatureBase64: string;
}

/** 自己情報取得 after login: send the consent, get the record, verify it. */
export async function importResidentRecord(
  baseUrl: string,
  token: string,
  consent: Consent,
  now: Date,
  trustPem?: Trust,
): Promise<ImportedRecord> {
  const answer = await call(baseUrl, '/v1/resident-record', answerSchema, {
    method: 'POST',
    body: { consent },
    token,
  });
  const [bytes, sig] = decodeSigned(
    answer.record,
    answer.signature,
    'the municipality answered with bad base64',
  );
  const v = verifyMunicipalDocument(bytes, sig, residentRecordSchema, now, trustPem);
  // Signed is not enough: it must be the record of this consent and carry nothing beyond it.
  const problem = consentProblem(v.value, consent);
  if (problem) throw new DocumentError(problem);
  return {
    record: v.value,
    signer: v.signer,
    signedAt: v.signedAt,
    recordBase64: answer.record,
    signatureBase64: answer.signature,
  };
}

const certificateAnswer = z.strictObject({
  kind: z.string(),
  issuedAt: z.string(),
  pdf: z.string(),
  signature: z.string(),
});

export interface VerifiedCertificate {
  kind: string;
  issuedAt: string;
  pdfBase64: string;
  signatureBase64: string;
  /** true only when the municipality's signature verifies over exactly these PDF bytes */
  verified: boolean;
  problem: string | null;
  signer: string | null;
}

/** Check a certificate PDF against its detached signature, offline. A changed byte is flagged, not hidden. */
export function checkCertificate(
  pdf: Uint8Array,
  signature: Uint8Array,
  now: Date,
  trust?: Trust,
): { verified: boolean; problem: string | null; signer: string | null } {
  let anchor: TrustAnchor | string;
  try {
    anchor = anchorOf(trust, now);
  } catch (e) {
    return { verified: false, problem: (e as Error).message, signer: null };
  }
  const v = verifyDetached(signature, pdf, anchor, now);
  return v.ok
    ? { verified: true, problem: null, signer: v.signer.commonName }
    : { verified: false, problem: `${v.reason}: ${v.detail}`, signer: null };
}

/** The certificate of an approved case (after login), verified. */
export async function fetchCertificate(
  baseUrl: string,
  token: string,
  receiptId: string,
  now: Date,
  trustPem?: Trust,
): Promise<VerifiedCertificate> {
  const answer = await call(
    baseUrl,
    `/v1/submissions/${encodeURIComponent(receiptId)}/certificate`,
    certificateAnswer,
    { method: 'GET', token },
  );
  const [pdf, sig] = decodeSigned(answer.pdf, answer.signature, 'the municipality answered with bad base64');
  return {
    kind: answer.kind,
    issuedAt: answer.issuedAt,
    pdfBase64: answer.pdf,
    signatureBase64: answer.signature,
    ...checkCertificate(pdf, sig, now, trustPem),
  };
}

const feedAnswer = z.strictObject({ feed: z.string(), signature: z.string() });

/**
 * The notice feed of one municipality: fetched with no credentials, no cookie
 * and nothing about the family (only the public municipality code), verified;
 * the device then filters it (core/records/notices.ts `noticesFor`).
 */
export async function fetchNoticeFeed(
  baseUrl: string,
  municipalityCode: string,
  now: Date,
  trustPem?: Trust,
): Promise<NoticeFeed> {
  return (await fetchSignedNoticeFeed(baseUrl, municipalityCode, now, trustPem)).feed;
}

/** The feed with the bytes that were verified (kept on the device; replay checked by core/casefile `acceptFeed`). */
export async function fetchSignedNoticeFeed(
  baseUrl: string,
  municipalityCode: string,
  now: Date,
  trustPem?: Trust,
): Promise<{ feed: NoticeFeed; feedBase64: string; signatureBase64: string }> {
  if (!/^\d{6}$/.test(municipalityCode)) throw new DocumentError('not a municipality code');
  const answer = await call(baseUrl, `/v1/notices/${municipalityCode}`, feedAnswer, { method: 'GET' });
  return verifyNoticeFeed(answer.feed, answer.signature, municipalityCode, now, trustPem);
}

/** A feed as it arrived: signed by the municipality, for the municipality asked, not from the future. */
export function verifyNoticeFeed(
  feedBase64: string,
  signatureBase64: string,
  municipalityCode: string,
  now: Date,
  trustPem?: Trust,
): { feed: NoticeFeed; feedBase64: string; signatureBase64: string } {
  const [bytes, sig] = decodeSigned(feedBase64, signatureBase64, 'the notice feed has bad base64');
  const feed = verifyMunicipalDocument(bytes, sig, noticeFeedSchema, now, trustPem).value;
  if (feed.municipalityCode !== municipalityCode)
    throw new DocumentError('the feed is for another municipality');
  if (!(Date.parse(feed.publishedAt) <= now.getTime() + STATUS_FRESHNESS_MS))
    throw new DocumentError('the feed is dated in the future');
  return { feed, feedBase64, signatureBase64 };
}

const statusAnswer = z.strictObject({ status: z.string(), signature: z.string() });

/** How far a signed status's `issuedAt` may be from the device's clock (a replayed old answer is refused). */
export const STATUS_FRESHNESS_MS = 5 * 60_000;

export interface VerifiedStatus {
  status: SignedStatus;
  signer: string;
  /** what was verified, kept in the case file (nonstop-casefile/1) */
  statusBase64: string;
  signatureBase64: string;
}

/**
 * A case's status, signed by the municipality (nonstop-status/1), verified on
 * the device: the municipality's signature (an unsigned, citizen-signed or
 * changed answer is refused), the case it names (another case's status is
 * refused) and its age (an answer signed more than 5 minutes ago, or ahead of
 * the clock, is a replay). That it is not older than what the case file keeps
 * is checked where the case file is (core/casefile `acceptStatus`).
 */
export function verifySignedStatus(
  statusBase64: string,
  signatureBase64: string,
  receiptId: string,
  now: Date,
  trustPem?: Trust,
): VerifiedStatus {
  const [bytes, sig] = decodeSigned(statusBase64, signatureBase64, 'the status has bad base64');
  const v = verifyMunicipalDocument(bytes, sig, signedStatusSchema, now, trustPem);
  if (v.value.case.receiptId !== receiptId) throw new DocumentError('the status is for another case');
  const age = now.getTime() - Date.parse(v.value.issuedAt);
  if (!(Math.abs(age) <= STATUS_FRESHNESS_MS))
    throw new DocumentError(`the status was signed at ${v.value.issuedAt}: an old answer replayed`);
  return { status: v.value, signer: v.signer, statusBase64, signatureBase64 };
}

/** The signed status of one case (after login), verified. */
export async function fetchSignedStatus(
  baseUrl: string,
  token: string,
  receiptId: string,
  now: Date,
  trustPem?: Trust,
): Promise<VerifiedStatus> {
  const answer = await call(
    baseUrl,
    `/v1/submissions/${encodeURIComponent(receiptId)}/status`,
    statusAnswer,
    { method: 'GET', token },
  );
  return verifySignedStatus(answer.status, answer.signature, receiptId, now, trustPem);
}
