/**
 * Sends a signed submission to the municipal endpoint. Only this signed
 * envelope ever leaves the device; the household itself never does.
 */
import {
  receiptSchema,
  rejectionSchema,
  SUBMISSION_FORMAT,
  type Receipt,
  type RejectionCode,
} from '../../core/submission';
import { toBase64 } from '../../core/encoding/bytes';

export class MunicipalityError extends Error {
  constructor(
    readonly code: 'unreachable' | 'rejected',
    message: string,
    readonly rejection?: RejectionCode,
  ) {
    super(message);
  }
}

export const DEFAULT_MUNICIPALITY_URL = 'http://127.0.0.1:47310';

export async function submitToMunicipality(
  baseUrl: string,
  application: Uint8Array,
  signature: Uint8Array,
  timeoutMs = 10_000,
): Promise<Receipt> {
  let res: Response;
  try {
    res = await fetch(new URL('/v1/submissions', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        format: SUBMISSION_FORMAT,
        application: toBase64(application),
        signature: toBase64(signature),
      }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new MunicipalityError(
      'unreachable',
      `municipality at ${baseUrl} is unreachable: ${(e as Error).message}`,
    );
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const receipt = receiptSchema.safeParse(body);
    if (receipt.success) return receipt.data;
    throw new MunicipalityError('unreachable', 'the municipality answered with an unreadable receipt');
  }
  const rejection = rejectionSchema.safeParse(body);
  if (rejection.success)
    throw new MunicipalityError('rejected', rejection.data.error.message, rejection.data.error.code);
  throw new MunicipalityError('unreachable', `the municipality answered HTTP ${res.status}`);
}
