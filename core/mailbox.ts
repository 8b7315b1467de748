/**
 * Results without a new login (issue 20): the profile's mailbox.
 *
 * At a submission the app names, inside the signed application, a mailbox of
 * the profile (`resultsTo`): a random id (128 bits) and an X25519 public key
 * that belongs to the profile, not to the card. The municipality seals every
 * status change of the case (the signed `nonstop-status/1` and, once approved,
 * the certificate with its signature) to that key with HPKE (RFC 9180: DHKEM
 * X25519, HKDF-SHA256, AES-128-GCM; the `info` names the format and the
 * mailbox, so a message cannot be moved to another mailbox) and posts it to
 * the mailbox. The app polls `GET /v1/mailboxes/<id>` with nothing else: no
 * card, no login, no cookie, no household fact. It opens each message with the
 * profile's private key (kept sealed in the vault), verifies the
 * municipality's signature inside as before, and updates the case file.
 *
 * Why one mailbox per profile, not per case: a poll is then one request
 * whatever the number of cases, and the municipality already knows which cases
 * one card filed; a mailbox per case would add requests without hiding anything
 * from it. Why the registration is inside the signed bytes: only the card
 * holder who signed the application chooses where its results go (a mailbox
 * swapped on the way would break the signature).
 *
 * Pure: the formats and their schemas. The sealing itself (WebCrypto through
 * @hpke/core) is done in Node by the municipality (fixtures/municipality/mailbox.ts)
 * and by the app's main process (electron/services/mailbox.ts).
 */
import { z } from 'zod';

export const MAILBOX_FORMAT = 'nonstop-mailbox/1';
export const MAILBOX_MESSAGE_FORMAT = 'nonstop-mailbox-message/1';

/** 128 random bits, base64url without padding */
export const MAILBOX_ID = /^[A-Za-z0-9_-]{22}$/;
/** an X25519 public key (32 bytes), base64 */
const X25519_PUBLIC = /^[A-Za-z0-9+/]{43}=$/;

const base64 = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
    .refine((s) => s.length % 4 === 0, 'must be base64 (length a multiple of 4)');

/** What the application carries (signed) so the municipality knows where to post its results. */
export const resultsToSchema = z.strictObject({
  format: z.literal(MAILBOX_FORMAT),
  mailboxId: z.string().regex(MAILBOX_ID, 'not a mailbox id'),
  publicKey: z.string().regex(X25519_PUBLIC, 'not an X25519 public key'),
});
export type ResultsTo = z.infer<typeof resultsToSchema>;

/** HPKE `info`: binds a sealed message to the format and to its one mailbox. */
export function mailboxInfo(mailboxId: string): string {
  return `${MAILBOX_FORMAT} ${mailboxId}`;
}

/** A sealed message as the mailbox holds it (the municipality sees only this). */
export const sealedMessageSchema = z.strictObject({
  /** 1, 2, … in the order posted */
  n: z.number().int().min(1),
  postedAt: z.iso.datetime(),
  /** HPKE encapsulated key (32 bytes for X25519), base64 */
  enc: base64(64),
  /** HPKE ciphertext, base64 */
  ct: base64(4_000_000),
});
export type SealedMessage = z.infer<typeof sealedMessageSchema>;

export const MAILBOX_CAP = 500;

/** The answer to a poll: every message the mailbox holds, oldest first. */
export const mailboxAnswerSchema = z.strictObject({
  messages: z.array(sealedMessageSchema).max(MAILBOX_CAP),
});
export type MailboxAnswer = z.infer<typeof mailboxAnswerSchema>;

/**
 * What a sealed message holds, once opened: a municipal document and its
 * detached CMS, exactly as the logged-in calls return them — the case's
 * signed status (`nonstop-status/1`), an approved case's certificate (PDF),
 * or an offer the municipality prepared for the family (`nonstop-offer/1`).
 * The signature inside is checked as if the document had come by the login.
 */
export const mailboxMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    format: z.literal(MAILBOX_MESSAGE_FORMAT),
    kind: z.literal('status'),
    receiptId: z.string().max(40),
    /** nonstop-status/1 bytes, base64 */
    status: base64(2_000_000),
    signature: base64(100_000),
  }),
  z.strictObject({
    format: z.literal(MAILBOX_MESSAGE_FORMAT),
    kind: z.literal('certificate'),
    receiptId: z.string().max(40),
    receiptNumber: z.string().max(40),
    certificateKind: z.string().max(100),
    issuedAt: z.string().max(40),
    pdf: base64(3_000_000),
    signature: base64(100_000),
  }),
  z.strictObject({
    format: z.literal(MAILBOX_MESSAGE_FORMAT),
    kind: z.literal('offer'),
    /** nonstop-offer/1 bytes (core/municipal-offer.ts), base64 */
    offer: base64(200_000),
    signature: base64(100_000),
  }),
]);
export type MailboxMessage = z.infer<typeof mailboxMessageSchema>;
