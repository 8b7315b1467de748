/**
 * The app's side of "results without a new login" (core/mailbox.ts): the
 * profile's mailbox key pair is made here (the renderer keeps it sealed in the
 * vault with the case file), and a poll asks the municipality for the
 * mailbox's sealed messages with nothing but the mailbox id — no card, no
 * session token, no cookie, no household fact — opens each with the
 * profile's private key and verifies the municipality's signature inside
 * exactly as the logged-in calls do. What is older than the case file keeps
 * is refused where the case file is (core/casefile `acceptStatus`).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { CipherSuite, HkdfSha256, Aes128Gcm } from '@hpke/core';
import { DhkemX25519HkdfSha256 } from '@hpke/dhkem-x25519';
import {
  MAILBOX_FORMAT,
  MAILBOX_ID,
  mailboxAnswerSchema,
  mailboxInfo,
  mailboxMessageSchema,
  type ResultsTo,
} from '../../core/mailbox';
import { parseCanonical } from '../../core/signing/canonical';
import { fromBase64, toBase64 } from '../../core/encoding/bytes';
import { signedStatusSchema } from '../../core/submission';
import { offerSchema, type MunicipalOffer } from '../../core/municipal-offer';
import { call } from './municipality-client';
import {
  checkCertificate,
  DocumentError,
  STATUS_FRESHNESS_MS,
  verifyMunicipalDocument,
  type VerifiedCertificate,
  type VerifiedStatus,
  type Trust,
} from './municipality-records';

const suite = new CipherSuite({
  kem: new DhkemX25519HkdfSha256(),
  kdf: new HkdfSha256(),
  aead: new Aes128Gcm(),
});

export interface MailboxKeys {
  mailboxId: string;
  /** X25519, 32 bytes, base64: goes to the municipality inside the signed application */
  publicKey: string;
  /** X25519, 32 bytes, base64: stays in the profile (sealed in the vault) */
  secretKey: string;
}

/** A new mailbox for a profile: 128 random bits of id and a fresh X25519 key pair. */
export async function createMailbox(): Promise<MailboxKeys> {
  const pair = await suite.kem.generateKeyPair();
  return {
    mailboxId: randomBytes(16).toString('base64url'),
    publicKey: toBase64(new Uint8Array(await suite.kem.serializePublicKey(pair.publicKey))),
    secretKey: toBase64(new Uint8Array(await suite.kem.serializePrivateKey(pair.privateKey))),
  };
}

/**
 * After a card login: the profile's mailbox registered for the card, so offers the
 * municipality prepares for this family (a birth registered) come to it.
 */
export async function registerMailboxAfterLogin(
  baseUrl: string,
  token: string,
  keys: Pick<MailboxKeys, 'mailboxId' | 'publicKey'>,
): Promise<void> {
  await call(baseUrl, '/v1/mailboxes', z.strictObject({ registered: z.literal(true) }), {
    method: 'POST',
    token,
    body: { resultsTo: resultsTo(keys) },
  });
}

/** What an application carries (signed) so that its results come to this mailbox. */
export function resultsTo(keys: Pick<MailboxKeys, 'mailboxId' | 'publicKey'>): ResultsTo {
  return { format: MAILBOX_FORMAT, mailboxId: keys.mailboxId, publicKey: keys.publicKey };
}

export interface MailboxCertificate extends VerifiedCertificate {
  receiptId: string;
  receiptNumber: string;
}

export interface VerifiedOffer {
  offer: MunicipalOffer;
  signer: string;
  /** nonstop-offer/1 bytes and the municipality's CMS, kept in the case file */
  offerBase64: string;
  signatureBase64: string;
}

export interface MailboxPoll {
  /** every status the mailbox holds, opened and verified, oldest first */
  statuses: VerifiedStatus[];
  certificates: MailboxCertificate[];
  /** offers the municipality prepared for the family (core/municipal-offer.ts), verified */
  offers: VerifiedOffer[];
  /** messages that did not open or verify (sealed to another key, changed, unsigned): dropped, counted */
  refused: number;
  /** size of the answer (JSON text, bytes) */
  bytesReceived: number;
}

/**
 * One poll: `GET /v1/mailboxes/<id>` — the id is the only thing sent. Each
 * message is opened (HPKE, info bound to this mailbox) and verified: a status
 * signed by the municipality for the case it names, not dated ahead of the
 * clock; a certificate checked against its detached signature (kept flagged
 * when it does not verify, as the logged-in call does).
 */
export async function pollMailbox(
  baseUrl: string,
  keys: Pick<MailboxKeys, 'mailboxId' | 'secretKey'>,
  now: Date,
  trustPem?: Trust,
): Promise<MailboxPoll> {
  if (!MAILBOX_ID.test(keys.mailboxId)) throw new DocumentError('not a mailbox id');
  const answer = await call(baseUrl, `/v1/mailboxes/${keys.mailboxId}`, mailboxAnswerSchema, {
    method: 'GET',
  });
  const secret = await suite.kem.deserializePrivateKey(fromBase64(keys.secretKey));
  const info = new TextEncoder().encode(mailboxInfo(keys.mailboxId));
  const out: MailboxPoll = {
    statuses: [],
    certificates: [],
    offers: [],
    refused: 0,
    bytesReceived: new TextEncoder().encode(JSON.stringify(answer)).length,
  };
  for (const m of answer.messages) {
    try {
      const plain = new Uint8Array(
        await suite.open({ recipientKey: secret, enc: fromBase64(m.enc), info }, fromBase64(m.ct)),
      );
      const parsed = mailboxMessageSchema.safeParse(parseCanonical(plain));
      if (!parsed.success) throw new DocumentError('an unreadable message');
      const msg = parsed.data;
      if (msg.kind === 'status') {
        const v = verifyMunicipalDocument(
          fromBase64(msg.status),
          fromBase64(msg.signature),
          signedStatusSchema,
          now,
          trustPem,
        );
        if (v.value.case.receiptId !== msg.receiptId)
          throw new DocumentError('the status is for another case');
        if (!(Date.parse(v.value.issuedAt) <= now.getTime() + STATUS_FRESHNESS_MS))
          throw new DocumentError('the status is dated in the future');
        out.statuses.push({
          status: v.value,
          signer: v.signer,
          statusBase64: msg.status,
          signatureBase64: msg.signature,
        });
      } else if (msg.kind === 'offer') {
        const v = verifyMunicipalDocument(
          fromBase64(msg.offer),
          fromBase64(msg.signature),
          offerSchema,
          now,
          trustPem,
        );
        if (!(Date.parse(v.value.issuedAt) <= now.getTime() + STATUS_FRESHNESS_MS))
          throw new DocumentError('the offer is dated in the future');
        out.offers.push({
          offer: v.value,
          signer: v.signer,
          offerBase64: msg.offer,
          signatureBase64: msg.signature,
        });
      } else {
        out.certificates.push({
          receiptId: msg.receiptId,
          receiptNumber: msg.receiptNumber,
          kind: msg.certificateKind,
          issuedAt: msg.issuedAt,
          pdfBase64: msg.pdf,
          signatureBase64: msg.signature,
          ...checkCertificate(fromBase64(msg.pdf), fromBase64(msg.signature), now, trustPem),
        });
      }
    } catch (e) {
      if (!(e instanceof Error)) throw e;
      out.refused++;
    }
  }
  return out;
}
