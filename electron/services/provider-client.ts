/**
 * The app's side of the private provider (民間サービス, issue 21): the feed is
 * fetched whole with no identity (no cookie, no header about the family); the
 * family's signed request and deletion go up as they are; the provider's
 * answers come back as signed documents for the renderer to verify. Every
 * answer is validated at this edge before it crosses IPC.
 */
import { z } from 'zod';
import {
  OFFER_FEED_PUBLIC_KEY,
  privateOfferFeedSchema,
  readPrivateOfferFeed,
  type PrivateOfferFeed,
} from '../../core/offers/private-offers';
import {
  deletionRequestSchema,
  offerRequestSchema,
  openSignedDocument,
  signedDocumentSchema,
  signedFeedSchema,
  type SignedDocument,
} from '../../core/offers/request';
import { parseCanonical } from '../../core/signing/canonical';
import { fromBase64 } from '../../core/encoding/bytes';

export const DEFAULT_PROVIDER_URL = 'http://127.0.0.1:47320';

export class ProviderError extends Error {
  constructor(
    readonly code: 'unreachable' | 'rejected',
    message: string,
  ) {
    super(message);
  }
}

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

async function call(baseUrl: string, path: string, body?: unknown, timeoutMs = 10_000): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(new URL(path, baseUrl), {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new ProviderError(
      'unreachable',
      `the provider at ${baseUrl} did not answer: ${(e as Error).message}`,
    );
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    throw new ProviderError('rejected', `the provider answered ${res.status} without JSON`);
  }
  if (!res.ok) {
    const e = errorSchema.safeParse(json);
    throw new ProviderError(
      'rejected',
      e.success ? `${e.data.error.code}: ${e.data.error.message}` : `HTTP ${res.status}`,
    );
  }
  return json;
}

/** The document inside a signed envelope must be what it claims before it leaves the device. */
function checkOutgoing(signed: SignedDocument, schema: z.ZodType): void {
  let ok: boolean;
  try {
    ok = schema.safeParse(parseCanonical(fromBase64(signed.document))).success;
  } catch {
    ok = false;
  }
  if (!ok) throw new ProviderError('rejected', 'the signed document is not of the expected kind');
}

/** The feed, believed only under the publisher's signature (it carries the providers' keys). */
export async function fetchOfferFeed(
  baseUrl: string,
  publisherKey: string = OFFER_FEED_PUBLIC_KEY,
): Promise<{ feed: PrivateOfferFeed; problems: string[] }> {
  const envelope = signedFeedSchema.safeParse(await call(baseUrl, '/v1/offers'));
  if (!envelope.success) throw new ProviderError('rejected', 'the offer feed is not a signed document');
  const opened = openSignedDocument(envelope.data, publisherKey, privateOfferFeedSchema);
  if (!opened.ok) throw new ProviderError('rejected', `the offer feed does not verify (${opened.problem})`);
  const r = readPrivateOfferFeed(opened.value);
  if (!r.ok) throw new ProviderError('rejected', `the offer feed is invalid: ${r.problem}`);
  return { feed: r.feed, problems: r.problems };
}

export async function sendOfferRequest(baseUrl: string, signed: SignedDocument): Promise<SignedDocument> {
  checkOutgoing(signed, offerRequestSchema);
  const a = signedDocumentSchema.safeParse(await call(baseUrl, '/v1/requests', signed));
  if (!a.success) throw new ProviderError('rejected', 'the provider answered without a signed document');
  return a.data;
}

export async function sendDeletionRequest(baseUrl: string, signed: SignedDocument): Promise<SignedDocument> {
  checkOutgoing(signed, deletionRequestSchema);
  const a = signedDocumentSchema.safeParse(await call(baseUrl, '/v1/deletions', signed));
  if (!a.success) throw new ProviderError('rejected', 'the provider answered without a signed document');
  return a.data;
}
