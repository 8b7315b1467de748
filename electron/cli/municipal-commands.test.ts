import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMunicipality, type RunningMunicipality } from '../../fixtures/municipality/server';
import { run } from './cli';
import { approve } from '../../fixtures/municipality/documents';
import { loadIdentity } from '../../fixtures/municipality/identity';
import { opensslVerifiesDetachedCms } from '../e2e/openssl';

const root = fileURLToPath(new URL('../../', import.meta.url));
const household = join(root, 'fixtures/households/newborn-family.json');
const state = mkdtempSync(join(tmpdir(), 'cli-cards-'));
let m: RunningMunicipality;
const seen: { method: string; path: string; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  m = await startMunicipality({
    dataDir: mkdtempSync(join(tmpdir(), 'cli-municipality-')),
    caCertificatePem: readFileSync(join(root, 'fixtures/cards/ca/ca.crt.pem'), 'utf8'),
    crl: () => new Uint8Array(readFileSync(join(root, 'fixtures/cards/ca/ca.crl'))),
    onRequest: (r) => seen.push(r),
  });
});
afterAll(() => m.close());

const cli = (...args: string[]) => run([...args, '--state', state, '--to', m.url]);

describe('nonstop submit / status / import / cards', () => {
  it('cards: the fixture cards with holders, test PINs and counters, as JSON', async () => {
    const r = await run(['cards', '--state', state]);
    expect(r.code).toBe(0);
    const cards = JSON.parse(r.out) as {
      id: string;
      holder: { name: string };
      pins: { auth: { pin: string } };
    }[];
    expect(cards.map((c) => [c.id, c.holder.name, c.pins.auth.pin])).toEqual([
      ['expecting-first-child', '鈴木 由美', '2580'],
      ['newborn-family', '佐藤 健太', '1234'],
    ]);
  });

  it('submit prints the receipt; status (login by the auth PIN) follows review to approval', async () => {
    const s = await cli(
      'submit',
      'child-allowance-application',
      household,
      '--child',
      'haruto',
      '--card',
      'newborn-family',
      '--pin',
      'SATO1234',
      '--on',
      '2026-11-21',
    );
    expect(s.code, s.out).toBe(0);
    const receipt = JSON.parse(s.out) as { receiptNumber: string; receiptId: string };
    expect(receipt.receiptNumber).toMatch(/^R-131121-\d{8}-\d{6}$/);
    // the municipality got the signed envelope only: no household field outside the signed bytes
    const post = seen.find((x) => x.path === '/v1/submissions');
    expect(Object.keys(JSON.parse(post!.body))).toEqual(['format', 'application', 'signature']);

    // the same child again (another day's form): refused, the first receipt named
    const again = await cli(
      'submit',
      'child-allowance-application',
      household,
      '--child',
      'haruto',
      '--card',
      'newborn-family',
      '--pin',
      'SATO1234',
      '--on',
      '2026-11-22',
    );
    expect(again.code).toBe(1);
    expect(again.out).toContain(receipt.receiptNumber);

    m.store.review(receipt.receiptNumber, 'correct', new Date(), {
      fields: [{ field: 'claimant.phone', reason: '日中に連絡のつく番号を記入してください' }],
    });
    const st = await cli('status', receipt.receiptId, '--card', 'newborn-family', '--pin', '1234');
    expect(st.code, st.out).toBe(0);
    expect(JSON.parse(st.out)).toMatchObject({
      status: 'needs-correction',
      corrections: [{ field: 'claimant.phone', reason: '日中に連絡のつく番号を記入してください' }],
    });

    // the correction, linked to the first receipt
    const fixed = await cli(
      'submit',
      'child-allowance-application',
      household,
      '--child',
      'haruto',
      '--card',
      'newborn-family',
      '--pin',
      'SATO1234',
      '--on',
      '2026-11-23',
      '--correction-of',
      receipt.receiptNumber,
    );
    expect(fixed.code, fixed.out).toBe(0);
    const second = JSON.parse(fixed.out) as { receiptNumber: string; receiptId: string };
    expect(second.receiptNumber).not.toBe(receipt.receiptNumber);
    const first = JSON.parse(
      (await cli('status', receipt.receiptNumber, '--card', 'newborn-family', '--pin', '1234')).out,
    );
    expect(first.status).toBe('superseded');

    // the operator approves; the certificate is issued with it (fixtures/municipality/documents.ts)
    await approve(m.store, loadIdentity(), second.receiptNumber, new Date());
    const done = JSON.parse(
      (await cli('status', second.receiptNumber, '--card', 'newborn-family', '--pin', '1234')).out,
    );
    expect(done).toMatchObject({
      status: 'approved',
      correctionOf: receipt.receiptNumber,
      decision: { outcome: 'approved' },
    });
    expect(done.history.map((e: { status: string }) => e.status)).toEqual(['received', 'approved']);
  });

  it('import: the resident record the municipality signed, verified, with the consent it was given', async () => {
    const r = await cli('import', '--card', 'newborn-family', '--pin', '1234');
    expect(r.code, r.out).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.signer).toContain('模擬自治体');
    expect(
      out.record.members.map((x: { givenName: string; relationship: string }) => [
        x.relationship,
        x.givenName,
      ]),
    ).toEqual([
      ['世帯主', '健太'],
      ['妻', '美咲'],
      ['子', '陽翔'],
    ]);
    expect(out.record.consent.fields).toContain('address');
    expect(m.store.db.prepare('SELECT COUNT(*) AS n FROM consents').get()).toEqual({ n: 1 });
  });

  it('certificate: the approved case’s certificate, verified, written with its detached CMS', async () => {
    const approved = m.store.db
      .prepare<{ receipt_number: string }>("SELECT receipt_number FROM submissions WHERE status = 'approved'")
      .get();
    if (!approved) throw new Error('the submit test approves a case first');
    const out = join(mkdtempSync(join(tmpdir(), 'cli-cert-')), 'c.pdf');
    const r = await cli(
      'certificate',
      approved.receipt_number,
      '--card',
      'newborn-family',
      '--pin',
      '1234',
      '--out',
      out,
    );
    expect(r.code, r.out).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      kind: '児童手当 認定通知書',
      pdf: out,
      signature: `${out}.p7s`,
    });
    const lgpki = readFileSync(join(root, 'fixtures/municipality/keys/lgpki-ca.crt.pem'), 'utf8');
    expect(opensslVerifiesDetachedCms(readFileSync(`${out}.p7s`), readFileSync(out), lgpki)).toBe(true);
    expect(
      (await cli('certificate', approved.receipt_number, '--card', 'newborn-family', '--pin', '1234')).code,
    ).toBe(2);
  });

  it('notices: the whole feed for the household’s municipality, only the code sent, filtered here', async () => {
    seen.length = 0;
    const r = await cli('notices', household, '--on', '2026-11-21');
    expect(r.code, r.out).toBe(0);
    // 陽翔 (born 2026-11-12) is 3 months old on 2027-02-18 in 世田谷四丁目: that area's 3–4 month
    // check-up and the rule change for everyone
    expect(JSON.parse(r.out).notices.map((n: { id: string }) => n.id)).toEqual([
      'setagaya-2027-02-checkup-3-4m',
      'setagaya-2027-04-rule-medical',
    ]);
    expect(seen).toMatchObject([{ method: 'GET', path: '/v1/notices/131121', body: '' }]);
    expect(Object.keys(seen[0]!.headers)).not.toContain('authorization');
    const all = await cli('notices', household, '--on', '2026-11-21', '--all');
    expect(JSON.parse(all.out).notices).toHaveLength(5);
    expect((await cli('notices', household, '--on', '21/11/2026')).code).toBe(2);
  });

  it('user errors exit 1 with one line; usage errors exit 2', async () => {
    const wrong = await cli(
      'status',
      'R-131121-20261121-000001',
      '--card',
      'newborn-family',
      '--pin',
      '0000',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/^card newborn-family: wrong .*2 tries left$/);
    expect(
      (
        await cli(
          'submit',
          'child-allowance-application',
          household,
          '--card',
          'newborn-family',
          '--pin',
          'X',
        )
      ).code,
    ).toBe(2);
    expect(
      (
        await cli(
          'submit',
          'no-such-procedure',
          household,
          '--child',
          'haruto',
          '--card',
          'newborn-family',
          '--pin',
          'SATO1234',
        )
      ).code,
    ).toBe(2);
    expect(
      (
        await run([
          'status',
          'x',
          '--card',
          'newborn-family',
          '--pin',
          '1234',
          '--to',
          'http://127.0.0.1:9',
          '--state',
          state,
        ])
      ).code,
    ).toBe(1);
    expect((await run(['cards', 'reset', 'newborn-family', '--state', state])).code).toBe(0);
    expect(JSON.parse((await run(['cards', '--state', state])).out)[1].triesLeft).toEqual({
      auth: 3,
      signing: 5,
    });
  });
});
