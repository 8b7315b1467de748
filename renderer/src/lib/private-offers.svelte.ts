/**
 * 民間サービス on the device (issue 21). The order of things:
 *
 * 1. Nothing is fetched for a household that did not opt in to any category:
 *    the provider is never contacted. Once opted in, the feed is downloaded
 *    whole (no identity, no household fact) and matched here.
 * 2. 「申し込む」 opens the consent list: exactly the fields the provider asks,
 *    each visible with its value and why; optional ones removable. Nothing
 *    has left the device yet.
 * 3. 「この内容で送る」 builds the request from the confirmed list only
 *    (core/offers/request.ts `buildOfferRequest`), signs it with the profile's
 *    key for that provider (made on first use, sealed in the vault with the
 *    case file), sends it, verifies the provider's signed answer with the key
 *    of the feed, and keeps request, fields sent and answer in the case file.
 * 4. 「取り消す」 sends a signed deletion request; the provider's signed
 *    acknowledgement (pending, then deleted) is kept and shown.
 */
import { session } from './session.svelte';
import { host } from './host';
import { change } from './casefile.svelte';
import {
  optedInCategories,
  privateOffersFor,
  type PrivateOfferFeed,
  type PrivateOfferMatch,
} from '../../../core/offers/private-offers';
import {
  buildOfferRequest,
  DELETION_FORMAT,
  deletionAckSchema,
  offerAnswerSchema,
  openSignedDocument,
  publicKeyOf,
  signDocument,
  type ConfirmedField,
  type SignedDocument,
} from '../../../core/offers/request';
import {
  addAnswer,
  addDeletionAck,
  addDeletionRequest,
  addPrivateRequest,
  EMPTY_PRIVATE_OFFERS,
  isAnswered,
  providerSeed,
  withProviderKey,
  type PrivateRequestEntry,
} from '../../../core/offers/casefile';
import { fromBase64, toBase64 } from '../../../core/encoding/bytes';
import type { HostError } from '../../../core/host-contract';

/** 'no-answer': a request was sent and its answer did not arrive (the provider may have it) */
export type OfferProblem = 'unreachable' | 'no-answer' | 'rejected' | 'bad-answer' | 'internal';

export const offersUi = $state({
  feed: null as PrivateOfferFeed | null,
  loading: false,
  /** why the feed could not be read */
  feedProblem: null as OfferProblem | null,
  /** the offer whose request / withdrawal is being sent */
  busy: null as string | null,
  /** the last action's problem, by offer id */
  problems: {} as Record<string, OfferProblem>,
});

const problemOf = (e: HostError): OfferProblem =>
  e.code === 'provider-unreachable'
    ? 'unreachable'
    : e.code === 'provider-rejected'
      ? 'rejected'
      : 'internal';

export function optedIn(): boolean {
  return session.household ? optedInCategories(session.household).length > 0 : false;
}

/** The whole feed, once per session (again on demand); never without an opt-in. */
export async function loadOfferFeed(force = false): Promise<void> {
  if (!optedIn() || offersUi.loading || (offersUi.feed && !force)) return;
  offersUi.loading = true;
  offersUi.feedProblem = null;
  try {
    const r = await host()['privateOffers.feed'](null);
    if (r.ok) offersUi.feed = r.value.feed;
    else offersUi.feedProblem = problemOf(r.error);
  } finally {
    offersUi.loading = false;
  }
}

/** The offers this household sees today (its own facts, opted-in categories only). */
export function currentMatches(): PrivateOfferMatch[] {
  const h = session.household;
  if (!h || !offersUi.feed) return [];
  return privateOffersFor(h, offersUi.feed.offers, session.today);
}

/** An instant for the signed documents (not reactive state). */
const nowIso = () => new Date(Date.now()).toISOString();

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * Sends the request built from `confirmed` (the list the family saw and kept) and records it.
 * The signed request is sealed in the case file as 'sent' BEFORE it leaves the device: when the
 * answer is lost (timeout, dropped connection) the provider may have stored it, so the family
 * keeps the entry, can send the very same bytes again (the provider answers an identical repeat
 * with its first answer) and can withdraw it.
 */
export async function sendOfferRequest(
  match: PrivateOfferMatch,
  confirmed: ConfirmedField[],
): Promise<boolean> {
  const offer = match.offer;
  offersUi.busy = offer.id;
  delete offersUi.problems[offer.id];
  try {
    const entry = await change(async (state) => {
      // the profile's key for this provider: made on first use, sealed with the case file
      const seedB64 =
        providerSeed(state.privateOffers, offer.provider.id) ??
        toBase64(crypto.getRandomValues(new Uint8Array(32)));
      const seed = fromBase64(seedB64);
      const withKey = withProviderKey(state.privateOffers, offer.provider.id, seedB64);
      const request = buildOfferRequest({
        offer,
        confirmed,
        requestId: randomHex(16),
        sentAt: nowIso(),
        publicKey: publicKeyOf(seed),
      });
      const e: PrivateRequestEntry = {
        requestId: request.requestId,
        offerId: offer.id,
        providerId: offer.provider.id,
        offerName: { ja: offer.name, en: offer.en.name },
        providerName: offer.provider.name,
        providerPublicKey: offer.provider.publicKey,
        requestedAt: request.sentAt,
        fieldsSent: request.fields,
        request: signDocument(request, seed),
        state: 'sent',
      };
      // the key and the signed request are kept before anything is sent
      return { next: { ...state, privateOffers: addPrivateRequest(withKey, e) }, result: e };
    });
    return await deliver(entry, offer.provider.publicKey);
  } catch (e) {
    console.warn('[offers] request failed', e);
    offersUi.problems[offer.id] = 'internal';
    return false;
  } finally {
    offersUi.busy = null;
  }
}

/**
 * Sends the kept signed request (the same bytes, the same request id) and keeps the provider's
 * verified answer. On a transport failure the entry stays 'sent' ('no-answer': it is not known
 * whether the provider has it).
 */
async function deliver(entry: PrivateRequestEntry, providerKey: string): Promise<boolean> {
  const r = await host()['privateOffers.request']({ signed: entry.request });
  if (!r.ok) {
    const p = problemOf(r.error);
    offersUi.problems[entry.offerId] = p === 'unreachable' ? 'no-answer' : p;
    return false;
  }
  const a = openSignedDocument(r.value.answer, providerKey, offerAnswerSchema);
  const sentKeys = entry.fieldsSent.map((f) => f.key);
  if (
    !a.ok ||
    a.value.requestId !== entry.requestId ||
    a.value.providerId !== entry.providerId ||
    a.value.fieldsReceived.join() !== sentKeys.join()
  ) {
    offersUi.problems[entry.offerId] = 'bad-answer';
    return false;
  }
  const answer = { reference: a.value.reference, answer: r.value.answer, answerMessage: a.value.message };
  return change(async (state) => ({
    next: {
      ...state,
      privateOffers: addAnswer(state.privateOffers ?? EMPTY_PRIVATE_OFFERS, entry.requestId, answer),
    },
    result: true,
  }));
}

/** 「もう一度送る」 for a request whose answer did not arrive: the same signed document again. */
export async function resendOfferRequest(entry: PrivateRequestEntry, providerKey?: string): Promise<boolean> {
  offersUi.busy = entry.offerId;
  delete offersUi.problems[entry.offerId];
  try {
    const key = providerKey ?? (await providerKeyOf(entry));
    if (!key) {
      offersUi.problems[entry.offerId] = 'no-answer';
      return false;
    }
    return await deliver(entry, key);
  } catch (e) {
    console.warn('[offers] resend failed', e);
    offersUi.problems[entry.offerId] = 'internal';
    return false;
  } finally {
    offersUi.busy = null;
  }
}

/**
 * The key a provider's acknowledgement is verified with: the one kept with the request, else
 * (entries made before it was kept) the provider's key in the feed. Withdrawing must work when
 * the offer is no longer shown, so the anonymous feed is read for it even without an opt-in.
 */
async function providerKeyOf(entry: PrivateRequestEntry): Promise<string | undefined> {
  if (entry.providerPublicKey) return entry.providerPublicKey;
  const inFeed = (f: PrivateOfferFeed | null) =>
    f?.offers.find((o) => o.provider.id === entry.providerId)?.provider.publicKey;
  if (inFeed(offersUi.feed)) return inFeed(offersUi.feed);
  const r = await host()['privateOffers.feed'](null);
  return r.ok ? inFeed(r.value.feed) : undefined;
}

/**
 * 「取り消す」: the signed deletion request (or, once sent, the same one again to read the
 * acknowledgement). From the offer's card, or from 申請履歴 when the offer is no longer shown.
 */
export async function withdrawOffer(entry: PrivateRequestEntry, providerKey?: string): Promise<boolean> {
  offersUi.busy = entry.offerId;
  delete offersUi.problems[entry.offerId];
  try {
    const key = providerKey ?? (await providerKeyOf(entry));
    if (!key) {
      offersUi.problems[entry.offerId] = 'unreachable';
      return false;
    }
    // unanswered: the deletion names the provider's reference, so the same signed request is
    // sent again first (the provider answers an identical repeat with its first answer; if it
    // never had it, it has it now and the deletion follows at once)
    const kept = session.caseFile.privateOffers?.requests.find((r) => r.requestId === entry.requestId);
    if (kept && !isAnswered(kept) && !(await deliver(kept, key))) return false;
    return await change(async (state) => {
      const po = state.privateOffers ?? EMPTY_PRIVATE_OFFERS;
      const current = po.requests.find((r) => r.requestId === entry.requestId);
      const seedB64 = providerSeed(po, entry.providerId);
      if (!current || !seedB64 || !isAnswered(current)) {
        offersUi.problems[entry.offerId] = 'internal';
        return { result: false };
      }
      let signed: SignedDocument;
      let next = po;
      if (current.deletion) signed = current.deletion.request;
      else {
        const at = nowIso();
        signed = signDocument(
          {
            format: DELETION_FORMAT,
            requestId: current.requestId,
            reference: current.reference,
            providerId: current.providerId,
            sentAt: at,
          },
          fromBase64(seedB64),
        );
        next = addDeletionRequest(po, current.requestId, at, signed);
      }
      const r = await host()['privateOffers.deletion']({ signed });
      if (!r.ok) {
        offersUi.problems[entry.offerId] = problemOf(r.error);
        return { next: { ...state, privateOffers: next }, result: false };
      }
      const ack = openSignedDocument(r.value.ack, key, deletionAckSchema);
      if (!ack.ok || ack.value.requestId !== current.requestId || ack.value.reference !== current.reference) {
        offersUi.problems[entry.offerId] = 'bad-answer';
        return { next: { ...state, privateOffers: next }, result: false };
      }
      next = addDeletionAck(next, current.requestId, ack.value, r.value.ack);
      return { next: { ...state, privateOffers: next }, result: true };
    });
  } catch (e) {
    console.warn('[offers] withdrawal failed', e);
    offersUi.problems[entry.offerId] = 'internal';
    return false;
  } finally {
    offersUi.busy = null;
  }
}
