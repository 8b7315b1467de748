/**
 * The municipal part of the host contract (merged into core/host-contract.ts):
 * card login, case status, certificates, 自己情報取得 and the notice feed. The
 * session token stays in the main process; the renderer only names the card.
 */
import { z } from 'zod';
import { id } from './household/schema';
import { AUTH_PIN } from './signing/card-format';
import { RECEIPT_ID, type SignedStatus } from './submission';
import { consentSchema, type ResidentRecord } from './records/resident-record';
import type { NoticeFeed } from './records/notices';
import { MAILBOX_ID } from './mailbox';
import type { MunicipalOffer } from './municipal-offer';

/** an X25519 key (32 bytes, base64): the mailbox's public key, or its secret key passed to main only to open a poll's messages */
const x25519Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'not an X25519 key');

const receiptId = z.string().regex(RECEIPT_ID, 'not a receipt id');

export const municipalHostArgs = {
  /** log in with the 利用者証明用 key (4-digit PIN, counted by the card) */
  'municipality.login': z.strictObject({ card: id, pin: z.string().regex(AUTH_PIN, 'the PIN is 4 digits') }),
  /** ends the card's login: the token is revoked at the municipality and forgotten in main */
  'municipality.logout': z.strictObject({ card: id }),
  'case.status': z.strictObject({ card: id, receiptId }),
  'case.certificate': z.strictObject({ card: id, receiptId }),
  /** 自己情報取得: only with the consent the user gave on the consent screen */
  'resident.import': z.strictObject({ card: id, consent: consentSchema }),
  /** the whole feed of one municipality; nothing about the family is sent */
  'notices.fetch': z.strictObject({ municipalityCode: z.string().regex(/^\d{6}$/) }),
  /** a new mailbox for the profile (core/mailbox.ts): kept sealed in the case file */
  'mailbox.create': z.null(),
  /** results without a new login: the mailbox id is all that is sent; main opens and verifies */
  /** after a card login: the profile's mailbox registered for the card, so the family's offers come to it */
  'mailbox.register': z.strictObject({
    card: id,
    mailboxId: z.string().regex(MAILBOX_ID, 'not a mailbox id'),
    publicKey: x25519Key,
  }),
  'mailbox.poll': z.strictObject({
    mailboxId: z.string().regex(MAILBOX_ID, 'not a mailbox id'),
    secretKey: x25519Key,
  }),
} as const;

export interface MunicipalHostResults {
  'municipality.login': { card: string; expiresAt: string };
  'municipality.logout': { card: string; loggedOut: boolean };
  /** nonstop-status/1, verified in main (signature, case, age); the bytes for the case file */
  'case.status': {
    status: SignedStatus;
    signer: string;
    statusBase64: string;
    signatureBase64: string;
  };
  'case.certificate': {
    kind: string;
    issuedAt: string;
    pdfBase64: string;
    signatureBase64: string;
    verified: boolean;
    problem: string | null;
    signer: string | null;
  };
  'resident.import': {
    record: ResidentRecord;
    signer: string;
    signedAt: string | null;
    recordBase64: string;
    signatureBase64: string;
  };
  /** the whole feed, verified in main (signature, municipality, date); the bytes for the device */
  'notices.fetch': { feed: NoticeFeed; feedBase64: string; signatureBase64: string };
  'mailbox.create': { mailboxId: string; publicKey: string; secretKey: string };
  /** every message of the mailbox, opened and verified in main (statuses as `case.status`, certificates as `case.certificate`) */
  'mailbox.poll': {
    statuses: MunicipalHostResults['case.status'][];
    certificates: (MunicipalHostResults['case.certificate'] & { receiptId: string; receiptNumber: string })[];
    offers: { offer: MunicipalOffer; signer: string; offerBase64: string; signatureBase64: string }[];
    refused: number;
    bytesReceived: number;
  };
  'mailbox.register': { registered: true };
}
