/**
 * The case file from real answers of the mock municipality: signed statuses
 * through a correction round, the certificate, a consent and the resident
 * record, kept with core/casefile, exported as `nonstop-casefile/1`, read back,
 * and every signature inside checked with core and with OpenSSL. Also the
 * replay the device alone can see: a genuine, fresh-looking old status.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMunicipality, type RunningMunicipality } from '../../fixtures/municipality/server';
import { approve } from '../../fixtures/municipality/documents';
import { loadIdentity, LGPKI_CA_PEM_PATH } from '../../fixtures/municipality/identity';
import { validateHousehold } from '../../core/household/schema';
import { prepareForm } from '../../core/forms/registry';
import { canonicalBytes } from '../../core/signing/canonical';
import { verifyDetached } from '../../core/signing/cms';
import { civilDate } from '../../core/dates/civil-date';
import { fromBase64, toBase64 } from '../../core/encoding/bytes';
import {
  acceptStatus,
  addCertificate,
  addConsent,
  EMPTY_CASEFILE,
  exportCaseFile,
  readCaseFileExport,
  type CaseFileState,
} from '../../core/casefile/casefile';
import { opensslVerifiesDetachedCms } from '../e2e/openssl';
import { SimulatedCardReader } from './card-reader';
import { login, submitToMunicipality } from './municipality-client';
import { fetchCertificate, fetchSignedStatus, importResidentRecord } from './municipality-records';

const root = fileURLToPath(new URL('../../', import.meta.url));
const jpkiCa = readFileSync(join(root, 'fixtures/cards/ca/ca.crt.pem'), 'utf8');
const lgpkiCa = readFileSync(LGPKI_CA_PEM_PATH, 'utf8');
const cards = new SimulatedCardReader(join(root, 'fixtures/cards'), mkdtempSync(join(tmpdir(), 'cf-cards-')));
let m: RunningMunicipality;

beforeAll(async () => {
  m = await startMunicipality({ dataDir: mkdtempSync(join(tmpdir(), 'cf-m-')), caCertificatePem: jpkiCa });
});
afterAll(() => m.close());

describe('the case file from real municipal answers', () => {
  it('keeps the round trip, exports one file, and every signature in it verifies (core and OpenSSL)', async () => {
    const h = validateHousehold(
      JSON.parse(readFileSync(join(root, 'fixtures/households/newborn-family.json'), 'utf8')),
    );
    if (!h.ok) throw new Error('fixture');
    const p = prepareForm('child-allowance-application', {
      household: h.value,
      child: 'haruto',
      on: civilDate('2026-11-21'),
    });
    if (!p.ok) throw new Error('form');
    const application = canonicalBytes(p.application);
    const signature = cards.sign('newborn-family', 'SATO1234', application, new Date());
    const receipt = await submitToMunicipality(m.url, application, signature);
    const { token } = await login(m.url, cards, 'newborn-family', '1234');

    let state: CaseFileState = EMPTY_CASEFILE;
    const keep = async () => {
      const s = await fetchSignedStatus(m.url, token, receipt.receiptId, new Date());
      const a = acceptStatus(state, receipt.receiptId, s);
      if (!a.ok) throw new Error(a.reason);
      state = a.state;
      return s;
    };
    const firstStatus = await keep();
    await keep(); // unchanged: not kept twice
    expect(state.statuses).toHaveLength(1);
    m.store.review(receipt.receiptNumber, 'start', new Date(Date.now() + 1000), null);
    await new Promise((r) => setTimeout(r, 5)); // a later issuedAt than the first
    await keep();
    await approve(m.store, loadIdentity(), receipt.receiptNumber, new Date(Date.now() + 2000));
    await keep();
    expect(state.statuses.map((s) => s.status.case.status)).toEqual(['received', 'under-review', 'approved']);

    // the first status replayed now: genuine and (within minutes) fresh, but older than what is kept
    expect(acceptStatus(state, receipt.receiptId, firstStatus)).toEqual({ ok: false, reason: 'replayed' });

    const c = await fetchCertificate(m.url, token, receipt.receiptId, new Date());
    state = addCertificate(state, {
      receiptId: receipt.receiptId,
      receiptNumber: receipt.receiptNumber,
      kind: c.kind,
      issuedAt: c.issuedAt,
      receivedAt: new Date().toISOString(),
      verified: c.verified,
      pdf: c.pdfBase64,
      signature: c.signatureBase64,
    });
    const consent = {
      purpose: '家族の情報の確認',
      fields: ['name', 'birthDate'] as ('name' | 'birthDate')[],
    };
    const at = new Date().toISOString();
    const r = await importResidentRecord(m.url, token, consent, new Date());
    state = addConsent(
      state,
      { at, ...consent, outcome: 'read' },
      {
        importedAt: new Date().toISOString(),
        signer: r.signer,
        record: r.recordBase64,
        signature: r.signatureBase64,
      },
    );

    const text = exportCaseFile(
      state,
      [
        {
          procedure: receipt.procedure,
          child: 'haruto',
          receiptNumber: receipt.receiptNumber,
          receiptId: receipt.receiptId,
          receivedAt: receipt.receivedAt,
          submittedOn: '2026-11-21',
          correctionOf: null,
          application: toBase64(application),
          signature: toBase64(signature),
        },
      ],
      new Date().toISOString(),
    );
    const back = readCaseFileExport(text);
    if (!back.ok) throw new Error(back.problem);
    const cf = back.value;
    const now = new Date();
    const sub = cf.submissions[0]!;
    const [app, sig] = [fromBase64(sub.application ?? ''), fromBase64(sub.signature ?? '')];
    expect(verifyDetached(sig, app, jpkiCa, now, { profile: 'signing' }).ok).toBe(true);
    expect(opensslVerifiesDetachedCms(sig, app, jpkiCa)).toBe(true);
    const pairs = [
      ...cf.statuses.map((s) => [s.document, s.signature]),
      ...cf.certificates.map((x) => [x.pdf, x.signature]),
      ...cf.residentRecords.map((x) => [x.record, x.signature]),
    ] as [string, string][];
    expect(pairs).toHaveLength(5); // 3 statuses, 1 certificate, 1 resident record
    for (const [doc, s] of pairs) {
      expect(verifyDetached(fromBase64(s), fromBase64(doc), lgpkiCa, now).ok).toBe(true);
      expect(opensslVerifiesDetachedCms(fromBase64(s), fromBase64(doc), lgpkiCa)).toBe(true);
      // the municipality's documents do not verify against the citizens' CA, nor the other way round
      expect(verifyDetached(fromBase64(s), fromBase64(doc), jpkiCa, now).ok).toBe(false);
    }
    expect(verifyDetached(sig, app, lgpkiCa, now).ok).toBe(false);
    expect(cf.consents).toEqual([
      { at, purpose: '家族の情報の確認', fields: ['name', 'birthDate'], outcome: 'read' },
    ]);
  });
});
