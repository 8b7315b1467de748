/**
 * Results without a new login (issue 20), both ends for real: the app's
 * mailbox (this service) against the mock municipality over HTTP.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedCardReader } from './card-reader';
import { submitToMunicipality } from './municipality-client';
import { createMailbox, pollMailbox, resultsTo, type MailboxKeys } from './mailbox';
import { canonicalBytes } from '../../core/signing/canonical';
import { fromBase64, toBase64 } from '../../core/encoding/bytes';
import { buildChildAllowanceApplication } from '../../core/forms/child-allowance';
import { validateHousehold } from '../../core/household/schema';
import { civilDate } from '../../core/dates/civil-date';
import { acceptStatuses, EMPTY_CASEFILE, latestStatus } from '../../core/casefile/casefile';
import newborn from '../../fixtures/households/newborn-family.json';
import { startMunicipality, type RunningMunicipality } from '../../fixtures/municipality/server';
import { reviewCase } from '../../fixtures/municipality/operator';
import { loadIdentity } from '../../fixtures/municipality/identity';

const cardsDir = fileURLToPath(new URL('../../fixtures/cards/', import.meta.url));
const caPem = readFileSync(join(cardsDir, 'ca/ca.crt.pem'), 'utf8');
const cards = new SimulatedCardReader(cardsDir, mkdtempSync(join(tmpdir(), 'state-')));
const identity = loadIdentity();
let m: RunningMunicipality;
const requests: { method: string; path: string; headers: Record<string, unknown>; body: string }[] = [];

function application(extra: Record<string, unknown> = {}, child = 'haruto'): Uint8Array {
  const h = validateHousehold(newborn);
  if (!h.ok) throw new Error('fixture');
  const app = buildChildAllowanceApplication(h.value, child, civilDate('2026-11-21'));
  if (!app.ok) throw new Error('missing');
  return canonicalBytes({ ...app.value, ...extra });
}

async function submit(extra: Record<string, unknown>, child = 'haruto') {
  const bytes = application(extra, child);
  return submitToMunicipality(m.url, bytes, cards.sign('newborn-family', 'SATO1234', bytes, new Date()));
}

let keys: MailboxKeys;

beforeAll(async () => {
  m = await startMunicipality({
    dataDir: mkdtempSync(join(tmpdir(), 'municipality-')),
    caCertificatePem: caPem,
    onRequest: (r) => requests.push(r),
  });
  keys = await createMailbox();
});
afterAll(() => m.close());

describe('results without a new login: the profile mailbox', () => {
  it('makes a fresh random id and X25519 key pair per mailbox', async () => {
    const other = await createMailbox();
    expect(keys.mailboxId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(fromBase64(keys.publicKey)).toHaveLength(32);
    expect(fromBase64(keys.secretKey)).toHaveLength(32);
    expect(other.mailboxId).not.toBe(keys.mailboxId);
    expect(other.publicKey).not.toBe(keys.publicKey);
  });

  it('walks 受付 → 要補正 → corrected → 承認 + certificate, each read with no card, no PIN, no login', async () => {
    const receipt = await submit({ resultsTo: resultsTo(keys) });
    let poll = await pollMailbox(m.url, keys, new Date());
    expect(poll.refused).toBe(0);
    expect(poll.statuses.map((s) => s.status.case.status)).toEqual(['received']);
    expect(poll.statuses[0]?.status.case.receiptId).toBe(receipt.receiptId);
    expect(poll.statuses[0]?.signer).toMatch(/模擬自治体/);

    await reviewCase(m.store, identity, receipt.receiptNumber, 'correct', new Date(), {
      fields: [{ field: 'claimant.address', reason: '住民票の住所と違います' }],
    });
    poll = await pollMailbox(m.url, keys, new Date());
    const correction = poll.statuses.at(-1)?.status.case;
    expect(correction?.status).toBe('needs-correction');
    expect(correction?.corrections).toEqual([
      { field: 'claimant.address', reason: '住民票の住所と違います' },
    ]);

    // resubmitted as a correction: the new case comes to the same mailbox, the first becomes 補正済み
    const corrected = await submit({ resultsTo: resultsTo(keys), correctionOf: receipt.receiptNumber });
    await reviewCase(m.store, identity, corrected.receiptNumber, 'approve', new Date(), null);
    poll = await pollMailbox(m.url, keys, new Date());
    const byCase = (id: string) => poll.statuses.filter((s) => s.status.case.receiptId === id);
    expect(byCase(receipt.receiptId).at(-1)?.status.case.status).toBe('superseded');
    expect(byCase(corrected.receiptId).map((s) => s.status.case.status)).toEqual(['received', 'approved']);
    expect(poll.certificates).toHaveLength(1);
    expect(poll.certificates[0]).toMatchObject({ receiptId: corrected.receiptId, verified: true });
    expect(new TextDecoder().decode(fromBase64(poll.certificates[0]?.pdfBase64 ?? '').slice(0, 5))).toBe(
      '%PDF-',
    );

    // the case file keeps each change once; the old messages of the mailbox are old news, not refusals
    const state = acceptStatuses(EMPTY_CASEFILE, poll.statuses);
    expect(state.refused).toEqual({});
    expect(latestStatus(state.state, corrected.receiptId)?.status.case.status).toBe('approved');
    const again = acceptStatuses(state.state, (await pollMailbox(m.url, keys, new Date())).statuses);
    expect(again.changed).toEqual([]);
    expect(again.state.statuses).toHaveLength(state.state.statuses.length);
  });

  it('a poll sends the mailbox id and nothing else (no card, token, cookie or household fact)', async () => {
    requests.length = 0;
    await pollMailbox(m.url, keys, new Date());
    expect(requests).toHaveLength(1);
    const r = requests[0]!;
    expect(r.method).toBe('GET');
    expect(r.path).toBe(`/v1/mailboxes/${keys.mailboxId}`);
    expect(r.body).toBe('');
    // only what any HTTP client sends; no authorization, cookie or custom header
    expect(
      Object.keys(r.headers).filter(
        (h) =>
          ![
            'host',
            'connection',
            'accept',
            'accept-language',
            'accept-encoding',
            'user-agent',
            'sec-fetch-mode',
          ].includes(h),
      ),
    ).toEqual([]);
    const sent = JSON.stringify(r);
    for (const fact of [
      '佐藤',
      'Sato',
      'haruto',
      '1991',
      '世田谷',
      'newborn-family',
      keys.publicKey,
      keys.secretKey,
    ])
      expect(sent).not.toContain(fact);
  });

  it('the municipality cannot read a poll it did not seal: another key opens nothing', async () => {
    const stranger = await createMailbox();
    const poll = await pollMailbox(
      m.url,
      { mailboxId: keys.mailboxId, secretKey: stranger.secretKey },
      new Date(),
    );
    expect(poll.statuses).toEqual([]);
    expect(poll.refused).toBeGreaterThan(0);
  });

  it('a changed byte in a sealed message is refused, the others still read', async () => {
    const row = m.store.db
      .prepare<{ n: number; ct: string }>(
        'SELECT n, ct FROM mailbox_messages WHERE mailbox_id = ? ORDER BY n LIMIT 1',
      )
      .get(keys.mailboxId)!;
    const ct = fromBase64(row.ct);
    ct[10] = (ct[10] ?? 0) ^ 1;
    m.store.db
      .prepare('UPDATE mailbox_messages SET ct = ? WHERE mailbox_id = ? AND n = ?')
      .run(toBase64(ct), keys.mailboxId, row.n);
    const poll = await pollMailbox(m.url, keys, new Date());
    expect(poll.refused).toBe(1);
    expect(poll.statuses.length).toBeGreaterThan(0);
  });

  it('a message moved to another mailbox does not open there (HPKE info names the mailbox)', async () => {
    const other = await createMailbox();
    // same key pair, another id: the sealed messages of `keys` copied over
    m.store.db
      .prepare('INSERT INTO mailboxes (mailbox_id, public_key, registered_at) VALUES (?, ?, ?)')
      .run(other.mailboxId, keys.publicKey, new Date().toISOString());
    m.store.db
      .prepare(
        `INSERT INTO mailbox_messages (mailbox_id, n, posted_at, enc, ct)
         SELECT ?, n, posted_at, enc, ct FROM mailbox_messages WHERE mailbox_id = ?`,
      )
      .run(other.mailboxId, keys.mailboxId);
    const poll = await pollMailbox(
      m.url,
      { mailboxId: other.mailboxId, secretKey: keys.secretKey },
      new Date(),
    );
    expect(poll.statuses).toEqual([]);
    expect(poll.refused).toBeGreaterThan(0);
  });

  it('an unknown mailbox reads as empty (nobody learns which ids exist); a malformed id is refused', async () => {
    const unknown = await createMailbox();
    expect((await pollMailbox(m.url, unknown, new Date())).statuses).toEqual([]);
    const res = await fetch(`${m.url}/v1/mailboxes/..%2F..%2Fetc`);
    expect(res.status).toBe(404);
  });

  it('attack: a known mailbox id with another key is refused (nobody redirects the results)', async () => {
    const thief = await createMailbox();
    await expect(
      submit({ resultsTo: { ...resultsTo(thief), mailboxId: keys.mailboxId } }),
    ).rejects.toMatchObject({ rejection: 'content-invalid' });
  });

  it('a malformed resultsTo is refused with a clear error, nothing stored', async () => {
    const before = m.store.count();
    await expect(
      submit({ resultsTo: { format: 'nonstop-mailbox/1', mailboxId: 'x', publicKey: keys.publicKey } }),
    ).rejects.toMatchObject({ rejection: 'content-invalid', message: expect.stringContaining('resultsTo') });
    expect(m.store.count()).toBe(before);
  });
});
