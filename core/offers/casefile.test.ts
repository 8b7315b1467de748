import { describe, expect, it } from 'vitest';
import {
  caseFileStateSchema,
  EMPTY_CASEFILE,
  exportCaseFile,
  readCaseFileExport,
  readCaseFileState,
} from '../casefile/casefile';
import {
  addDeletionAck,
  addAnswer,
  addDeletionRequest,
  addPrivateRequest,
  isAnswered,
  deletionStatus,
  latestRequestFor,
  providerSeed,
  withProviderKey,
  type PrivateRequestEntry,
} from './casefile';
import { DELETION_ACK_FORMAT, signDocument, type DeletionAck } from './request';

const seed = new Uint8Array(32).fill(5);
const signed = signDocument({ any: 'document' }, seed);
const entry: PrivateRequestEntry = {
  requestId: 'a'.repeat(32),
  offerId: 'sukusuku-diaper-milk',
  providerId: 'sukusuku-bin',
  offerName: { ja: '紙おむつ・粉ミルクの定期便', en: 'Diaper and formula subscription' },
  providerName: { ja: 'すくすく便株式会社', en: 'Sukusuku-bin Co., Ltd.' },
  requestedAt: '2026-12-01T01:00:00.000Z',
  fieldsSent: [{ key: 'guardian.name', value: '佐藤 健太' }],
  request: signed,
  reference: 'P-20261201-0001',
  answer: signed,
  answerMessage: { ja: '受け付けました。', en: 'Received.' },
};
const ack = (status: DeletionAck['status'], at: string): DeletionAck => ({
  format: DELETION_ACK_FORMAT,
  requestId: entry.requestId,
  reference: 'P-20261201-0001',
  providerId: entry.providerId,
  status,
  at,
});

describe('the private side of the case file', () => {
  it('keeps one key per provider (the first one made)', () => {
    const s = withProviderKey(undefined, 'sukusuku-bin', 'A'.repeat(43) + '=');
    expect(withProviderKey(s, 'sukusuku-bin', 'B'.repeat(43) + '=')).toBe(s);
    expect(providerSeed(s, 'sukusuku-bin')).toBe('A'.repeat(43) + '=');
    expect(providerSeed(s, 'mirai-life')).toBeUndefined();
  });

  it('withdrawal: sent → pending → deleted; a replayed or backward acknowledgement is not kept', () => {
    let s = addPrivateRequest(undefined, entry);
    expect(addPrivateRequest(s, entry)).toBe(s); // the same request once
    expect(deletionStatus(latestRequestFor(s, entry.offerId)!)).toBe('none');
    s = addDeletionRequest(s, entry.requestId, '2026-12-02T00:00:00.000Z', signed);
    expect(deletionStatus(s.requests[0]!)).toBe('sent');
    s = addDeletionAck(s, entry.requestId, ack('pending', '2026-12-02T00:00:01.000Z'), signed);
    expect(deletionStatus(s.requests[0]!)).toBe('pending');
    expect(addDeletionAck(s, entry.requestId, ack('pending', '2026-12-02T00:00:05.000Z'), signed)).toEqual(s);
    s = addDeletionAck(s, entry.requestId, ack('deleted', '2026-12-03T09:00:00.000Z'), signed);
    expect(deletionStatus(s.requests[0]!)).toBe('deleted');
    // after deleted, nothing moves it back; an acknowledgement of another request is ignored
    expect(addDeletionAck(s, entry.requestId, ack('pending', '2026-12-04T00:00:00.000Z'), signed)).toEqual(s);
    const other = { ...ack('deleted', '2026-12-03T09:00:00.000Z'), reference: 'P-20261201-0002' };
    const fresh = addDeletionRequest(
      addPrivateRequest(undefined, entry),
      entry.requestId,
      '2026-12-02T00:00:00.000Z',
      signed,
    );
    expect(addDeletionAck(fresh, entry.requestId, other, signed)).toEqual(fresh);
  });

  it('older case files load; the export carries the requests and never the keys', () => {
    expect(readCaseFileState({ ...EMPTY_CASEFILE })).not.toBeNull();
    const s = withProviderKey(addPrivateRequest(undefined, entry), 'sukusuku-bin', 'C'.repeat(43) + '=');
    const state = caseFileStateSchema.parse({ ...EMPTY_CASEFILE, privateOffers: s });
    const text = exportCaseFile(state, [], '2026-12-05T00:00:00.000Z');
    expect(text).not.toContain('C'.repeat(43));
    const back = readCaseFileExport(text);
    expect(back.ok && back.value.privateRequests).toEqual([entry]);
    expect(back.ok && back.value.about).toContain('privateRequests');
    // entries since the review keep the provider's key (to verify a withdrawal's acknowledgement when
    // the offer is no longer shown); entries without it (above) keep loading; a malformed key is refused
    const keyed = { ...entry, requestId: 'b'.repeat(32), providerPublicKey: 'D'.repeat(43) + '=' };
    const withKey = caseFileStateSchema.safeParse({
      ...EMPTY_CASEFILE,
      privateOffers: addPrivateRequest(s, keyed),
    });
    expect(withKey.success && withKey.data.privateOffers?.requests[1]).toEqual(keyed);
    expect(
      caseFileStateSchema.safeParse({
        ...EMPTY_CASEFILE,
        privateOffers: addPrivateRequest(s, { ...keyed, providerPublicKey: 'not a key' }),
      }).success,
    ).toBe(false);
    // an export without private requests is as before
    expect(exportCaseFile(EMPTY_CASEFILE, [], '2026-12-05T00:00:00.000Z')).not.toContain('privateRequests');
  });

  it('a request kept before sending (no answer yet) loads, and becomes answered once', () => {
    // an entry written before this state existed: no `state`, answered
    const old = caseFileStateSchema.parse({
      ...EMPTY_CASEFILE,
      privateOffers: { keys: [], requests: [entry] },
    });
    expect(old.privateOffers?.requests[0]).toEqual(entry);
    expect(isAnswered(entry)).toBe(true);
    // kept before it left the device: the signed request, no reference, no answer
    const { reference, answer, answerMessage, ...rest } = entry;
    const sent = { ...rest, requestId: 'c'.repeat(32), state: 'sent' as const };
    const s = caseFileStateSchema.parse({
      ...EMPTY_CASEFILE,
      privateOffers: addPrivateRequest(undefined, sent),
    });
    expect(s.privateOffers?.requests[0]).toEqual(sent);
    expect(isAnswered(s.privateOffers!.requests[0]!)).toBe(false);
    // the export carries it too, and reads back
    const back = readCaseFileExport(exportCaseFile(s, [], '2026-12-05T00:00:00.000Z'));
    expect(back.ok && back.value.privateRequests).toEqual([sent]);
    // an unknown state is refused
    expect(
      caseFileStateSchema.safeParse({
        ...EMPTY_CASEFILE,
        privateOffers: addPrivateRequest(undefined, { ...sent, state: 'maybe' as never }),
      }).success,
    ).toBe(false);
    // the provider's answer: kept once; a later one does not replace it
    const answered = addAnswer(s.privateOffers!, sent.requestId, {
      reference: reference!,
      answer: answer!,
      answerMessage: answerMessage!,
    });
    const e = answered.requests[0]!;
    expect(e.state).toBe('answered');
    expect(isAnswered(e)).toBe(true);
    expect(e.reference).toBe(reference);
    const second = { reference: 'P-20261201-0009', answer: answer!, answerMessage: answerMessage! };
    expect(addAnswer(answered, sent.requestId, second).requests[0]).toEqual(e);
  });
});
