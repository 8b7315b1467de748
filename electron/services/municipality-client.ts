/**
 * The app's side of the municipal round trip. Only signed envelopes leave
 * the device (the household itself never does); every answer is validated
 * with core/submission's schemas before it is believed.
 *
 * - submit: the application bytes and their CMS by the 署名用 key;
 * - login: a fresh challenge signed with the 利用者証明用 key → a session token;
 * - case status: with that token (the municipality shows a case only to the card that filed it).
 */
import { z } from 'zod';
import {
  caseStatusSchema,
  challengeSchema,
  LOGIN_FORMAT,
  loginMessage,
  receiptSchema,
  rejectionSchema,
  sessionSchema,
  SUBMISSION_FORMAT,
  type CaseStatus,
  type Receipt,
  type RejectionCode,
  type Session,
} from '../../core/submission';
import { toBase64 } from '../../core/encoding/bytes';
import type { SimulatedCardReader } from './card-reader';

export class MunicipalityError extends Error {
  constructor(
    readonly code: 'unreachable' | 'rejected',
    message: string,
    readonly rejection?: RejectionCode,
    /** duplicate-claim: the case already filed */
    readonly receiptNumber?: string,
  ) {
    super(message);
  }
}

export const DEFAULT_MUNICIPALITY_URL = 'http://127.0.0.1:47310';

/** One JSON call to the municipality: its answer validated by `schema`, its refusal as a {@link MunicipalityError}. */
export async function call<T>(
  baseUrl: string,
  path: string,
  schema: z.ZodType<T>,
  init: { method: 'GET' | 'POST'; body?: unknown; token?: string },
  timeoutMs = 10_000,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(new URL(path, baseUrl), {
      method: init.method,
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
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
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new MunicipalityError('unreachable', `the municipality answered ${path} with something unreadable`);
  }
  const rejection = rejectionSchema.safeParse(body);
  if (rejection.success)
    throw new MunicipalityError(
      'rejected',
      rejection.data.error.message,
      rejection.data.error.code,
      rejection.data.error.receiptNumber,
    );
  throw new MunicipalityError('unreachable', `the municipality answered HTTP ${res.status}`);
}

export function submitToMunicipality(
  baseUrl: string,
  application: Uint8Array,
  signature: Uint8Array,
  timeoutMs = 10_000,
): Promise<Receipt> {
  return call(
    baseUrl,
    '/v1/submissions',
    receiptSchema,
    {
      method: 'POST',
      body: { format: SUBMISSION_FORMAT, application: toBase64(application), signature: toBase64(signature) },
    },
    timeoutMs,
  );
}

/** Card login: challenge → signed with the 利用者証明用 key (PIN counted by the reader) → session. */
export async function login(
  baseUrl: string,
  cards: SimulatedCardReader,
  card: string,
  pin: string,
): Promise<Session> {
  const { challenge } = await call(baseUrl, '/v1/auth/challenge', challengeSchema, {
    method: 'POST',
    body: {},
  });
  const signed = cards.authenticate(card, pin, new TextEncoder().encode(loginMessage(challenge)));
  return call(baseUrl, '/v1/auth/login', sessionSchema, {
    method: 'POST',
    body: {
      format: LOGIN_FORMAT,
      challenge,
      certificate: toBase64(signed.certificate),
      signature: toBase64(signed.signature),
    },
  });
}

/** Ends a login at the municipality: the token no longer reads anything (POST /v1/auth/logout). */
export async function logout(baseUrl: string, token: string): Promise<void> {
  await call(baseUrl, '/v1/auth/logout', z.strictObject({ loggedOut: z.literal(true) }), {
    method: 'POST',
    body: {},
    token,
  });
}

export function fetchCase(baseUrl: string, token: string, receiptId: string): Promise<CaseStatus> {
  return call(baseUrl, `/v1/submissions/${encodeURIComponent(receiptId)}`, caseStatusSchema, {
    method: 'GET',
    token,
  });
}

const casesSchema = caseStatusSchema.array();

/** Every case this card filed (after login). */
export async function listCases(baseUrl: string, token: string): Promise<CaseStatus[]> {
  const r = await call(baseUrl, '/v1/cases', z.strictObject({ cases: casesSchema }), {
    method: 'GET',
    token,
  });
  return r.cases;
}
