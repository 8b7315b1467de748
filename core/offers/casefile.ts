/**
 * The private side of 申請履歴: what was asked of whom and what came of it, kept
 * sealed in the profile with the rest of the case file.
 *
 * - `keys`: the profile's own Ed25519 key for each provider (a 32-byte seed,
 *   made on the device, one per provider so providers cannot link the family
 *   by its key). Kept in the vault; never exported.
 * - `requests`: each 「申し込む」 — the fields sent, exactly as sent, the signed
 *   request, the provider's signed answer — and, after 「取り消す」, the signed
 *   deletion request and each signed acknowledgement (pending, then deleted).
 */
import { z } from 'zod';
import { ed25519PublicKey, OFFER_FIELDS } from './private-offers';
import { signedDocumentSchema, type DeletionAck, type SignedDocument } from './request';

const instant = z.iso.datetime();
const bilingual = z.strictObject({ ja: z.string().max(200), en: z.string().max(200) });
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/);

export const deletionAckEntrySchema = z.strictObject({
  status: z.enum(['pending', 'deleted']),
  at: instant,
  ack: signedDocumentSchema,
});

export const privateRequestEntrySchema = z.strictObject({
  requestId: z.string().regex(/^[0-9a-f]{32}$/),
  offerId: slug,
  providerId: slug,
  offerName: bilingual,
  providerName: bilingual,
  requestedAt: instant,
  /** exactly what left the device, in the order sent */
  fieldsSent: z
    .array(z.strictObject({ key: z.enum(OFFER_FIELDS), value: z.string().max(200) }))
    .max(OFFER_FIELDS.length),
  request: signedDocumentSchema,
  /**
   * the provider's key its answer was verified with (added by the issue 21 review; absent in
   * older entries): acknowledgements of a withdrawal are verified with it even when the offer
   * is no longer shown (opted out, period over, child aged out, offer gone from the feed)
   */
  providerPublicKey: ed25519PublicKey.optional(),
  /**
   * 'sent': kept BEFORE the request left the device, no answer yet (a timeout or a dropped
   * connection leaves it here: the provider may or may not have it; 「もう一度送る」 re-sends
   * these exact bytes, which the provider answers with its first answer). Absent in entries
   * made before issue 21's fix, which were only ever kept once answered.
   */
  state: z.enum(['sent', 'answered']).optional(),
  /** the provider's reference and signed nonstop-offer-answer/1 (absent while 'sent') */
  reference: z.string().max(40).optional(),
  answer: signedDocumentSchema.optional(),
  answerMessage: bilingual.optional(),
  deletion: z
    .strictObject({
      requestedAt: instant,
      request: signedDocumentSchema,
      acks: z.array(deletionAckEntrySchema).max(20),
    })
    .optional(),
});
export type PrivateRequestEntry = z.infer<typeof privateRequestEntrySchema>;

export const privateOfferStateSchema = z.strictObject({
  keys: z
    .array(
      z.strictObject({
        providerId: slug,
        seed: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a base64 32-byte seed'),
      }),
    )
    .max(500),
  requests: z.array(privateRequestEntrySchema).max(5000),
});
export type PrivateOfferState = z.infer<typeof privateOfferStateSchema>;

export const EMPTY_PRIVATE_OFFERS: PrivateOfferState = { keys: [], requests: [] };

export function providerSeed(s: PrivateOfferState | undefined, providerId: string): string | undefined {
  return s?.keys.find((k) => k.providerId === providerId)?.seed;
}

export function withProviderKey(
  s: PrivateOfferState | undefined,
  providerId: string,
  seed: string,
): PrivateOfferState {
  const base = s ?? EMPTY_PRIVATE_OFFERS;
  if (providerSeed(base, providerId)) return base;
  return { ...base, keys: [...base.keys, { providerId, seed }] };
}

export function addPrivateRequest(
  s: PrivateOfferState | undefined,
  e: PrivateRequestEntry,
): PrivateOfferState {
  const base = s ?? EMPTY_PRIVATE_OFFERS;
  if (base.requests.some((r) => r.requestId === e.requestId)) return base;
  return { ...base, requests: [...base.requests, e] };
}

/** Whether the provider's answer is kept (entries without `state` were kept only once answered). */
export function isAnswered(
  e: PrivateRequestEntry,
): e is PrivateRequestEntry & Required<Pick<PrivateRequestEntry, 'reference' | 'answer' | 'answerMessage'>> {
  return e.state !== 'sent' && e.reference !== undefined && e.answer !== undefined && !!e.answerMessage;
}

/** The provider's verified answer to a request kept as 'sent' (kept once; later answers are not kept). */
export function addAnswer(
  s: PrivateOfferState,
  requestId: string,
  a: { reference: string; answer: SignedDocument; answerMessage: { ja: string; en: string } },
): PrivateOfferState {
  return updateRequest(s, requestId, (e) => (isAnswered(e) ? e : { ...e, state: 'answered', ...a }));
}

/** The latest request for an offer (the offer screen shows its state). */
export function latestRequestFor(
  s: PrivateOfferState | undefined,
  offerId: string,
): PrivateRequestEntry | undefined {
  return s?.requests.filter((r) => r.offerId === offerId).at(-1);
}

export function deletionStatus(e: PrivateRequestEntry): 'none' | 'sent' | 'pending' | 'deleted' {
  if (!e.deletion) return 'none';
  return e.deletion.acks.at(-1)?.status ?? 'sent';
}

function updateRequest(
  s: PrivateOfferState,
  requestId: string,
  f: (e: PrivateRequestEntry) => PrivateRequestEntry,
): PrivateOfferState {
  return { ...s, requests: s.requests.map((r) => (r.requestId === requestId ? f(r) : r)) };
}

/** 「取り消す」 was sent (kept once: the first deletion request is the one that counts). */
export function addDeletionRequest(
  s: PrivateOfferState,
  requestId: string,
  requestedAt: string,
  request: SignedDocument,
): PrivateOfferState {
  return updateRequest(s, requestId, (e) =>
    e.deletion ? e : { ...e, deletion: { requestedAt, request, acks: [] } },
  );
}

/**
 * A verified acknowledgement of the deletion: kept when it moves the state on
 * (none → pending → deleted); one older than the last kept, or a step back
 * from deleted, is not kept (a replay).
 */
export function addDeletionAck(
  s: PrivateOfferState,
  requestId: string,
  ack: DeletionAck,
  signed: SignedDocument,
): PrivateOfferState {
  return updateRequest(s, requestId, (e) => {
    if (!e.deletion || ack.requestId !== e.requestId || ack.reference !== e.reference) return e;
    const last = e.deletion.acks.at(-1);
    if (
      last &&
      (last.status === 'deleted' || last.status === ack.status || Date.parse(ack.at) < Date.parse(last.at))
    )
      return e;
    return {
      ...e,
      deletion: {
        ...e.deletion,
        acks: [...e.deletion.acks, { status: ack.status, at: ack.at, ack: signed }],
      },
    };
  });
}
