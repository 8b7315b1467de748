/**
 * Issue 21 review: the answer to 「この内容で送る」 lost after the provider stored the request
 * (the app's 10 s timeout, a dropped connection). A provider on the host side stores the request
 * and its answer never arrives (the host reports provider-unreachable, as after
 * AbortSignal.timeout). The case file must already hold the signed request ('sent', no answer),
 * the parent reads that it is not known whether the provider has it, 「もう一度送る」 sends the
 * very same bytes and gets the provider's first answer (the entry turns 'answered'), and
 * 「取り消す」 on an unanswered request reaches the deletion. (The real mock provider's answer to
 * an identical repeat after its freshness window: fixtures/provider/server.test.ts.)
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PRIVATE_OFFERS_FEED } from '../../../core/offers/data/private-offers';
import { privateOfferSchema, type PrivateOfferMatch } from '../../../core/offers/private-offers';
import { EMPTY_CASEFILE, type CaseFileState } from '../../../core/casefile/casefile';
import { deletionStatus, isAnswered } from '../../../core/offers/casefile';
import {
  ANSWER_FORMAT,
  DELETION_ACK_FORMAT,
  deletionRequestSchema,
  offerRequestSchema,
  publicKeyOf,
  signDocument,
  type SignedDocument,
} from '../../../core/offers/request';
import { parseCanonical } from '../../../core/signing/canonical';
import { fromBase64 } from '../../../core/encoding/bytes';
import * as messages from './i18n/messages/offers';

const providerSeed = new Uint8Array(32).fill(9);

const h = vi.hoisted(() => ({
  session: { caseFile: null as unknown as CaseFileState },
  /** 'lose': the provider stores and answers, the answer never arrives; 'down': nothing arrives */
  transport: 'deliver' as 'deliver' | 'lose' | 'down',
  /** what the provider stored: request id → the bytes first received and its answer */
  stored: new Map<string, { document: string; answer: SignedDocument; reference: string }>(),
  deletions: [] as string[],
  /** every request body that reached the provider, and whether the case file held it before */
  arrivals: [] as { path: string; document: string; keptBefore: boolean }[],
}));

vi.mock('./session.svelte', () => ({ session: h.session }));
vi.mock('./casefile.svelte', () => ({
  change: async <T>(f: (s: CaseFileState) => Promise<{ next?: CaseFileState; result: T }>) => {
    const { next, result } = await f(h.session.caseFile);
    if (next && next !== h.session.caseFile) h.session.caseFile = next;
    return result;
  },
}));

const unreachable = {
  ok: false as const,
  error: { code: 'provider-unreachable' as const, message: 'The operation was aborted due to timeout' },
};

/** The provider: stores the first request under its id and answers an identical repeat with the first answer. */
function receive(signed: SignedDocument) {
  const r = offerRequestSchema.parse(parseCanonical(fromBase64(signed.document)));
  const old = h.stored.get(r.requestId);
  if (old) {
    if (old.document !== signed.document)
      return { ok: false as const, error: { code: 'provider-rejected' as const, message: 'conflict' } };
    return old;
  }
  const reference = `P-20261207-${String(h.stored.size + 1).padStart(4, '0')}`;
  const answer = signDocument(
    {
      format: ANSWER_FORMAT,
      requestId: r.requestId,
      providerId: r.providerId,
      reference,
      status: 'received',
      receivedAt: '2026-12-07T10:00:00.000Z',
      fieldsReceived: r.fields.map((f) => f.key),
      message: { ja: '受け付けました。', en: 'Received.' },
    },
    providerSeed,
  );
  const row = { document: signed.document, answer, reference };
  h.stored.set(r.requestId, row);
  return row;
}

vi.mock('./host', () => ({
  host: () => ({
    'privateOffers.request': async ({ signed }: { signed: SignedDocument }) => {
      if (h.transport === 'down') return unreachable;
      const kept = (h.session.caseFile.privateOffers?.requests ?? []).some(
        (e) => e.request.document === signed.document,
      );
      h.arrivals.push({ path: '/v1/requests', document: signed.document, keptBefore: kept });
      const row = receive(signed);
      if ('ok' in row) return row;
      return h.transport === 'lose' ? unreachable : { ok: true as const, value: { answer: row.answer } };
    },
    'privateOffers.deletion': async ({ signed }: { signed: SignedDocument }) => {
      const d = deletionRequestSchema.parse(parseCanonical(fromBase64(signed.document)));
      h.arrivals.push({ path: '/v1/deletions', document: signed.document, keptBefore: true });
      if (h.stored.get(d.requestId)?.reference !== d.reference)
        return { ok: false as const, error: { code: 'provider-rejected' as const, message: 'not-found' } };
      h.deletions.push(d.requestId);
      const ack = signDocument(
        {
          format: DELETION_ACK_FORMAT,
          requestId: d.requestId,
          reference: d.reference,
          providerId: d.providerId,
          status: 'pending',
          at: '2026-12-07T10:30:00.000Z',
        },
        providerSeed,
      );
      return { ok: true as const, value: { ack } };
    },
  }),
}));

const { offersUi, resendOfferRequest, sendOfferRequest, withdrawOffer } =
  await import('./private-offers.svelte');

const base = privateOfferSchema.parse(
  PRIVATE_OFFERS_FEED.offers.find((o) => o.id === 'sukusuku-diaper-milk'),
);
const offer = { ...base, provider: { ...base.provider, publicKey: publicKeyOf(providerSeed) } };
const match = { offer } as PrivateOfferMatch;
const confirmed = [
  { key: 'guardian.name', value: '佐藤 健太' },
  { key: 'child.birthMonth', value: '2026-11' },
  { key: 'address.postalCode', value: '154-0017' },
  { key: 'address.full', value: '東京都世田谷区世田谷四丁目21番27号' },
] as const;

beforeEach(() => {
  h.session.caseFile = { ...EMPTY_CASEFILE };
  h.stored.clear();
  h.deletions.length = 0;
  h.arrivals.length = 0;
  offersUi.problems = {};
});

describe('a request whose answer is lost after the provider stored it', () => {
  it('is kept before sending, said honestly, and a retry of the same bytes gets the first answer', async () => {
    h.transport = 'lose';
    expect(await sendOfferRequest(match, [...confirmed])).toBe(false);
    // the provider has it, and the case file had it before it left the device
    expect(h.stored.size).toBe(1);
    expect(h.arrivals).toHaveLength(1);
    expect(h.arrivals[0]!.keptBefore).toBe(true);
    const kept = h.session.caseFile.privateOffers!.requests;
    expect(kept).toHaveLength(1);
    const entry = kept[0]!;
    expect(entry.state).toBe('sent');
    expect(isAnswered(entry)).toBe(false);
    expect(h.stored.get(entry.requestId)?.document).toBe(entry.request.document);
    // the parent reads that the answer did not arrive and that it is unknown whether it was received
    expect(offersUi.problems[offer.id]).toBe('no-answer');
    expect(messages.ja['offers.problem.no-answer']).toContain('わかりません');
    expect(messages.ja['offers.problem.no-answer']).not.toContain('何も送られていません');
    expect(messages.en['offers.problem.no-answer']).toContain('not known');

    // 「もう一度送る」: the same bytes, the provider's first answer, one stored request
    h.transport = 'deliver';
    expect(await resendOfferRequest(entry)).toBe(true);
    expect(h.arrivals).toHaveLength(2);
    expect(h.arrivals[1]!.document).toBe(h.arrivals[0]!.document);
    expect(h.stored.size).toBe(1);
    const answered = h.session.caseFile.privateOffers!.requests;
    expect(answered).toHaveLength(1);
    expect(answered[0]!.state).toBe('answered');
    expect(isAnswered(answered[0]!)).toBe(true);
    expect(answered[0]!.reference).toBe(h.stored.get(entry.requestId)?.reference);
    expect(answered[0]!.answer).toEqual(h.stored.get(entry.requestId)?.answer);
    expect(offersUi.problems[offer.id]).toBeUndefined();
  });

  it('「取り消す」 on an unanswered request reaches the provider’s deletion', async () => {
    h.transport = 'lose';
    expect(await sendOfferRequest(match, [...confirmed])).toBe(false);
    const entry = h.session.caseFile.privateOffers!.requests[0]!;
    expect(isAnswered(entry)).toBe(false);
    h.transport = 'deliver';
    expect(await withdrawOffer(entry, offer.provider.publicKey)).toBe(true);
    const after = h.session.caseFile.privateOffers!.requests[0]!;
    expect(isAnswered(after)).toBe(true);
    expect(deletionStatus(after)).toBe('pending');
    expect(h.deletions).toEqual([entry.requestId]);
    expect(h.arrivals.map((a) => a.path)).toEqual(['/v1/requests', '/v1/requests', '/v1/deletions']);
  });

  it('while the provider cannot be reached, the entry stays unanswered; once it can, the retry is answered', async () => {
    h.transport = 'down';
    expect(await sendOfferRequest(match, [...confirmed])).toBe(false);
    expect(offersUi.problems[offer.id]).toBe('no-answer');
    const entry = h.session.caseFile.privateOffers!.requests[0]!;
    expect(entry.state).toBe('sent');
    expect(await withdrawOffer(entry, offer.provider.publicKey)).toBe(false);
    expect(isAnswered(h.session.caseFile.privateOffers!.requests[0]!)).toBe(false);
    h.transport = 'deliver';
    expect(await resendOfferRequest(entry)).toBe(true);
    expect(isAnswered(h.session.caseFile.privateOffers!.requests[0]!)).toBe(true);
  });
});
