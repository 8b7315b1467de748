/**
 * What crosses the network between the app (or `nonstop`) and the municipality,
 * validated with these schemas at both ends:
 *
 * - `nonstop-submission/1`: the signed application (canonical bytes + detached CMS by the 署名用 key);
 * - `nonstop-login/1`: a challenge signed with the 利用者証明用 key → a session token;
 * - the receipt, the case status, and the rejection `{ error: { code, message } }`.
 * Only these signed envelopes leave the device; the household itself never does.
 */
import { z } from 'zod';

export const SUBMISSION_FORMAT = 'nonstop-submission/1';
export const LOGIN_FORMAT = 'nonstop-login/1';

const base64 = z
  .string()
  .max(2_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
  .refine((s) => s.length % 4 === 0, 'must be base64 (length a multiple of 4)');

export const submissionSchema = z.strictObject({
  format: z.literal(SUBMISSION_FORMAT),
  /** Canonical application bytes (core/signing/canonical), base64. */
  application: base64,
  /** Detached CMS SignedData (DER) over exactly those bytes, base64. */
  signature: base64,
});
export type Submission = z.infer<typeof submissionSchema>;

/** The bytes the 利用者証明用 key signs to log in: bound to this protocol and to the one challenge. */
export function loginMessage(challenge: string): string {
  return `${LOGIN_FORMAT} ${challenge}`;
}

export const challengeSchema = z.strictObject({
  challenge: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  expiresAt: z.string(),
});

export const loginSchema = z.strictObject({
  format: z.literal(LOGIN_FORMAT),
  challenge: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  /** the 利用者証明用 certificate, DER, base64 */
  certificate: base64,
  /** RSA PKCS#1 v1.5 SHA-256 over loginMessage(challenge), base64 */
  signature: base64,
});

export const sessionSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const RECEIPT_ID = /^[A-Za-z0-9_-]{22}$/;

export const receiptSchema = z.strictObject({
  /** for people: R-<municipality>-<JST date>-<sequence> */
  receiptNumber: z.string().regex(/^[A-Z0-9-]{8,40}$/),
  /** for machines: 128 random bits; with the submitter's login, the only way to read the case */
  receiptId: z.string().regex(RECEIPT_ID),
  receivedAt: z.string(),
  procedure: z.string(),
  /** present when this submission corrects an earlier one (要補正) */
  correctionOf: z.string().nullable().optional(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const caseStatuses = [
  'received',
  'under-review',
  'needs-correction',
  'approved',
  'rejected',
  'superseded',
] as const;
export type CaseStatusCode = (typeof caseStatuses)[number];

export const caseStatusSchema = z.strictObject({
  receiptNumber: z.string(),
  receiptId: z.string().regex(RECEIPT_ID),
  procedure: z.string(),
  receivedAt: z.string(),
  status: z.enum(caseStatuses),
  correctionOf: z.string().nullable(),
  history: z.array(
    z.strictObject({
      at: z.string(),
      status: z.enum(caseStatuses),
      detail: z.record(z.string(), z.unknown()).nullable(),
    }),
  ),
  /** needs-correction: what to fix, per field path of the application */
  corrections: z.array(z.strictObject({ field: z.string(), reason: z.string() })),
  decision: z
    .strictObject({ outcome: z.enum(['approved', 'rejected']), reason: z.string().nullable() })
    .nullable(),
  certificate: z.strictObject({ kind: z.string(), issuedAt: z.string() }).nullable(),
});
export type CaseStatus = z.infer<typeof caseStatusSchema>;

export const STATUS_FORMAT = 'nonstop-status/1';

/**
 * `nonstop-status/1`: a case's status as the municipality signs it (canonical
 * JSON, detached CMS by the municipality's LGPKI key, like the resident record).
 * `issuedAt` is when it was signed: the app refuses one older than what it
 * already keeps for the case, or older than a few minutes (a replayed answer),
 * and one whose `case.receiptId` is not the case it asked for.
 */
export const signedStatusSchema = z.strictObject({
  format: z.literal(STATUS_FORMAT),
  municipalityCode: z.string().regex(/^\d{6}$/),
  issuedAt: z.iso.datetime(),
  case: caseStatusSchema,
});
export type SignedStatus = z.infer<typeof signedStatusSchema>;

export const rejectionCodes = [
  'malformed-request',
  'unsupported-media-type',
  'too-large',
  'not-found',
  'unauthenticated',
  'bad-signature',
  'untrusted-certificate',
  'unsupported-key',
  'expired-certificate',
  'revoked-certificate',
  'wrong-certificate',
  'stale-signature',
  'content-invalid',
  'signer-mismatch',
  'duplicate-claim',
  'bad-correction',
  'method-not-allowed',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export const rejectionSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(rejectionCodes),
    message: z.string(),
    /** duplicate-claim: the case already filed for this child and procedure */
    receiptNumber: z.string().optional(),
  }),
});
export type Rejection = z.infer<typeof rejectionSchema>;
