/**
 * What crosses the network: only the signed submission (`nonstop-submission/1`),
 * and the municipality's answer. Both ends validate with these schemas.
 */
import { z } from 'zod';

export const SUBMISSION_FORMAT = 'nonstop-submission/1';

const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
  .max(2_000_000);

export const submissionSchema = z.strictObject({
  format: z.literal(SUBMISSION_FORMAT),
  /** Canonical application bytes (core/signing/canonical), base64. */
  application: base64,
  /** Detached CMS SignedData (DER) over exactly those bytes, base64. */
  signature: base64,
});
export type Submission = z.infer<typeof submissionSchema>;

export const receiptSchema = z.strictObject({
  receiptNumber: z.string().regex(/^[A-Z0-9-]{8,40}$/),
  receivedAt: z.string(),
  procedure: z.string(),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const rejectionCodes = [
  'malformed-request',
  'bad-signature',
  'untrusted-certificate',
  'stale-signature',
  'content-invalid',
  'signer-mismatch',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export const rejectionSchema = z.strictObject({
  error: z.strictObject({ code: z.enum(rejectionCodes), message: z.string() }),
});
