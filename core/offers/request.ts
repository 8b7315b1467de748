/**
 * The one button (「申し込む」) and its withdrawal (「取り消す」), as signed documents:
 *
 *   nonstop-offer-request/1      the family → provider: exactly the confirmed fields
 *   nonstop-offer-answer/1       provider → the family: received (signed by the provider)
 *   nonstop-offer-deletion/1     the family → provider: delete what you received
 *   nonstop-offer-deletion-ack/1 provider → the family: pending, then deleted (signed)
 *
 * The family signs with the profile's own key — an Ed25519 key made on the
 * device for this provider alone (so two providers cannot link the family by
 * its key), kept sealed in the vault. Never the My Number card: its 基本4情報
 * are never given to a private party. The provider keeps the key of a request
 * and accepts its deletion only when signed by the same key.
 *
 * Documents are canonical JSON (core/signing/canonical.ts) and the signature
 * is a detached Ed25519 signature (RFC 8032) over exactly those bytes.
 *
 * `buildOfferRequest` takes the list the family confirmed on screen and
 * nothing else: a field the family did not see cannot be in the request.
 */
import forge from 'node-forge';
import { z } from 'zod';
import { canonicalBytes, parseCanonical } from '../signing/canonical';
import { fromBase64, toBase64 } from '../encoding/bytes';
import { ed25519PublicKey, OFFER_FIELDS, type OfferFieldKey, type PrivateOffer } from './private-offers';

export const REQUEST_FORMAT = 'nonstop-offer-request/1';
export const ANSWER_FORMAT = 'nonstop-offer-answer/1';
export const DELETION_FORMAT = 'nonstop-offer-deletion/1';
export const DELETION_ACK_FORMAT = 'nonstop-offer-deletion-ack/1';

const requestId = z.string().regex(/^[0-9a-f]{32}$/, 'must be 32 lowercase hex digits');
const reference = z.string().regex(/^P-[0-9]{8}-[0-9]{4,}$/, 'not a provider reference');
const instant = z.iso.datetime();
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

export const offerRequestSchema = z.strictObject({
  format: z.literal(REQUEST_FORMAT),
  requestId,
  offerId: slug,
  providerId: slug,
  sentAt: instant,
  /** the profile's key for this provider (Ed25519, base64): deletion requests must be signed by it */
  publicKey: ed25519PublicKey,
  fields: z
    .array(z.strictObject({ key: z.enum(OFFER_FIELDS), value: z.string().min(1).max(200) }))
    .min(1)
    .max(OFFER_FIELDS.length),
});
export type OfferRequest = z.infer<typeof offerRequestSchema>;

export const offerAnswerSchema = z.strictObject({
  format: z.literal(ANSWER_FORMAT),
  requestId,
  providerId: slug,
  reference,
  status: z.literal('received'),
  receivedAt: instant,
  /** the field keys the provider stored (the family can compare with what it sent) */
  fieldsReceived: z.array(z.enum(OFFER_FIELDS)).max(OFFER_FIELDS.length),
  /** what happens next, in the provider's words */
  message: z.strictObject({ ja: z.string().max(300), en: z.string().max(300) }),
});
export type OfferAnswer = z.infer<typeof offerAnswerSchema>;

export const deletionRequestSchema = z.strictObject({
  format: z.literal(DELETION_FORMAT),
  requestId,
  reference,
  providerId: slug,
  sentAt: instant,
});
export type DeletionRequest = z.infer<typeof deletionRequestSchema>;

export const deletionAckSchema = z.strictObject({
  format: z.literal(DELETION_ACK_FORMAT),
  requestId,
  reference,
  providerId: slug,
  /** pending: the provider has the request; deleted: the data is gone */
  status: z.enum(['pending', 'deleted']),
  at: instant,
});
export type DeletionAck = z.infer<typeof deletionAckSchema>;

/** A signed document as it crosses the wire and is kept: the exact bytes and the detached signature. */
export const signedDocumentSchema = z.strictObject({
  document: z
    .string()
    .max(40_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/, 'must be a base64 Ed25519 signature (64 bytes)'),
});
export type SignedDocument = z.infer<typeof signedDocumentSchema>;

/** The signed offer feed as it arrives: larger than a request, the same pair. */
export const signedFeedSchema = z.strictObject({
  document: z
    .string()
    .max(4_000_000)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64'),
  signature: signedDocumentSchema.shape.signature,
});

/** The profile key's public half, from its 32-byte seed. */
export function publicKeyOf(seed: Uint8Array): string {
  if (seed.length !== 32) throw new RangeError('an Ed25519 seed is 32 bytes');
  return toBase64(new Uint8Array(forge.pki.ed25519.generateKeyPair({ seed }).publicKey));
}

/** Signs the canonical bytes of `doc` with the key of `seed`. */
export function signDocument(doc: unknown, seed: Uint8Array): SignedDocument {
  const bytes = canonicalBytes(doc);
  const { privateKey } = forge.pki.ed25519.generateKeyPair({ seed });
  const signature = forge.pki.ed25519.sign({ message: bytes, privateKey });
  return { document: toBase64(bytes), signature: toBase64(new Uint8Array(signature)) };
}

/** Checks a signed document against `publicKey` (base64) and `schema`; the decoded value, or why not. */
export function openSignedDocument<T>(
  signed: SignedDocument,
  publicKey: string,
  schema: z.ZodType<T>,
): { ok: true; value: T } | { ok: false; problem: 'bad-signature' | 'malformed' } {
  let bytes: Uint8Array;
  let ok: boolean;
  try {
    bytes = fromBase64(signed.document);
    ok = forge.pki.ed25519.verify({
      message: bytes,
      signature: fromBase64(signed.signature),
      publicKey: fromBase64(publicKey),
    });
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  if (!ok) return { ok: false, problem: 'bad-signature' };
  let raw: unknown;
  try {
    raw = parseCanonical(bytes);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const r = schema.safeParse(raw);
  return r.success ? { ok: true, value: r.data } : { ok: false, problem: 'malformed' };
}

export interface ConfirmedField {
  key: OfferFieldKey;
  value: string;
}

export class OfferRequestError extends Error {}

/**
 * The request, built from the list the family confirmed and nothing else.
 * Refused: a field the offer does not ask for, a field twice, a required
 * field removed, an empty list.
 */
export function buildOfferRequest(a: {
  offer: Pick<PrivateOffer, 'id' | 'fields'> & { provider: { id: string } };
  confirmed: readonly ConfirmedField[];
  requestId: string;
  sentAt: string;
  publicKey: string;
}): OfferRequest {
  const asked = new Map(a.offer.fields.map((f) => [f.key, f]));
  const seen = new Set<string>();
  for (const c of a.confirmed) {
    if (!asked.has(c.key)) throw new OfferRequestError(`${c.key}: the offer does not ask for it`);
    if (seen.has(c.key)) throw new OfferRequestError(`${c.key}: listed twice`);
    seen.add(c.key);
  }
  for (const f of a.offer.fields)
    if (!f.optional && !seen.has(f.key))
      throw new OfferRequestError(`${f.key}: the provider needs it (not optional)`);
  const r = offerRequestSchema.safeParse({
    format: REQUEST_FORMAT,
    requestId: a.requestId,
    offerId: a.offer.id,
    providerId: a.offer.provider.id,
    sentAt: a.sentAt,
    publicKey: a.publicKey,
    fields: a.confirmed.map((c) => ({ key: c.key, value: c.value })),
  });
  if (!r.success) {
    const i = r.error.issues[0];
    throw new OfferRequestError(`${(i?.path ?? []).join('.')}: ${i?.message}`);
  }
  return r.data;
}
