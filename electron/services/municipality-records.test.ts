import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMunicipality, type RunningMunicipality } from '../../fixtures/municipality/server';
import { approve } from '../../fixtures/municipality/documents';
import { loadIdentity } from '../../fixtures/municipality/identity';
import { noticesFor } from '../../core/records/notices';
import { residentRecordSchema } from '../../core/records/resident-record';
import { validateHousehold } from '../../core/household/schema';
import { canonicalBytes } from '../../core/signing/canonical';
import { prepareForm } from '../../core/forms/registry';
import { civilDate } from '../../core/dates/civil-date';
import { fromBase64 } from '../../core/encoding/bytes';
import { SimulatedCardReader } from './card-reader';
import { login, submitToMunicipality } from './municipality-client';
import {
  checkCertificate,
  DocumentError,
  fetchCertificate,
  fetchNoticeFeed,
  fetchSignedStatus,
  importResidentRecord,
  RESIDENT_CONSENT,
  STATUS_FRESHNESS_MS,
  verifyMunicipalDocument,
  verifyNoticeFeed,
  verifySignedStatus,
} from './municipality-records';
import { toBase64 } from '../../core/encoding/bytes';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cards = new SimulatedCardReader(
  join(root, 'fixtures/cards'),
  mkdtempSync(join(tmpdir(), 'rec-cards-')),
);
const household = (name: string) => {
  const h = validateHousehold(
    JSON.parse(readFileSync(join(root, `fixtures/households/${name}.json`), 'utf8')),
  );
  if (!h.ok) throw new Error(name);
  return h.value;
};
let m: RunningMunicipality;
const seen: { method: string; path: string; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  m = await startMunicipality({
    dataDir: mkdtempSync(join(tmpdir(), 'rec-municipality-')),
    caCertificatePem: readFileSync(join(root, 'fixtures/cards/ca/ca.crt.pem'), 'utf8'),
    onRequest: (r) => seen.push(r),
  });
});
afterAll(() => m.close());

describe('certificates (証明書)', () => {
  it('on approval the municipality issues a signed PDF; the app verifies it offline and flags a changed byte', async () => {
    const p = prepareForm('child-allowance-application', {
      household: household('newborn-family'),
      child: 'haruto',
      on: civilDate('2026-11-21'),
    });
    if (!p.ok) throw new Error('form');
    const bytes = canonicalBytes(p.application);
    const receipt = await submitToMunicipality(
      m.url,
      bytes,
      cards.sign('newborn-family', 'SATO1234', bytes, new Date()),
    );
    const session = await login(m.url, cards, 'newborn-family', '1234');
    await expect(fetchCertificate(m.url, session.token, receipt.receiptId, new Date())).rejects.toThrow(
      /no certificate/,
    );
    await approve(m.store, loadIdentity(), receipt.receiptNumber, new Date());
    const cert = await fetchCertificate(m.url, session.token, receipt.receiptId, new Date());
    expect(cert).toMatchObject({
      kind: '児童手当 認定通知書',
      verified: true,
      signer: expect.stringContaining('模擬自治体'),
    });

    const pdf = fromBase64(cert.pdfBase64);
    const dir = mkdtempSync(join(tmpdir(), 'cert-'));
    writeFileSync(join(dir, 'c.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(dir, 'c.pdf'), '-']).toString();
    expect(text).toContain('児童手当 認定通知書');
    expect(text).toContain(receipt.receiptNumber);
    expect(text).toContain('2026年12月分から'); // 児童手当法8条2項: from the month after the claim (2026-11)

    const sig = fromBase64(cert.signatureBase64);
    for (const at of [10, Math.floor(pdf.length / 2), pdf.length - 3]) {
      const changed = new Uint8Array(pdf);
      changed[at] = (changed[at] as number) ^ 0x20;
      expect(checkCertificate(changed, sig, new Date())).toMatchObject({ verified: false });
    }
    // and another card's login cannot fetch it
    const other = await login(m.url, cards, 'expecting-first-child', '2580');
    await expect(fetchCertificate(m.url, other.token, receipt.receiptId, new Date())).rejects.toThrow();
  });
});

describe('自己情報取得 (the resident record)', () => {
  it('needs login and a consent; records the consent; returns only the consented facts, signed', async () => {
    const before = m.store.db.prepare<{ n: number }>('SELECT COUNT(*) AS n FROM consents').get()?.n;
    const noLogin = await fetch(`${m.url}/v1/resident-record`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ consent: RESIDENT_CONSENT }),
    });
    expect(noLogin.status).toBe(401);
    const session = await login(m.url, cards, 'newborn-family', '1234');
    const noConsent = await fetch(`${m.url}/v1/resident-record`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: '{}',
    });
    expect(noConsent.status).toBe(400);
    expect(m.store.db.prepare<{ n: number }>('SELECT COUNT(*) AS n FROM consents').get()?.n).toBe(before);

    const names = await importResidentRecord(
      m.url,
      session.token,
      { purpose: '氏名の確認', fields: ['name', 'relationship'] },
      new Date(),
    );
    expect(names.record.address).toBeUndefined();
    expect(names.record.members[0]).toEqual({
      relationship: '世帯主',
      familyName: '佐藤',
      givenName: '健太',
    });
    const row = m.store.db
      .prepare<{ purpose: string; fields: string }>('SELECT purpose, fields FROM consents ORDER BY id DESC')
      .get();
    expect(row).toEqual({ purpose: '氏名の確認', fields: '["name","relationship"]' });

    // a changed byte in the record: refused
    const bytes = fromBase64(names.recordBase64);
    const changed = new Uint8Array(bytes);
    changed[40] = (changed[40] as number) ^ 1;
    expect(() =>
      verifyMunicipalDocument(changed, fromBase64(names.signatureBase64), residentRecordSchema, new Date()),
    ).toThrow(DocumentError);
  });
});

describe('notices without identity (自治体お知らせ)', () => {
  it('downloads the whole feed sending nothing about the family, verifies it, filters on the device', async () => {
    seen.length = 0;
    const feed = await fetchNoticeFeed(m.url, '131121', new Date());
    expect(seen).toHaveLength(1);
    const got = seen[0]!;
    expect(got.method).toBe('GET');
    expect(got.path).toBe('/v1/notices/131121');
    expect(got.body).toBe('');
    // what the server received: no credentials, no cookie, no household fact
    expect(Object.keys(got.headers).sort()).not.toContain('authorization');
    expect(Object.keys(got.headers).sort()).not.toContain('cookie');
    const raw = JSON.stringify(got.headers);
    for (const fact of ['佐藤', 'haruto', '2026-11-12', '154-0017', '世田谷四丁目'])
      expect(raw).not.toContain(fact);

    expect(feed.notices).toHaveLength(5);
    // 陽翔 (born 2026-11-12) is 3 months old on 2027-02-18 and lives in 世田谷四丁目:
    // the 3–4 month check-up there, and the rule change for everyone; not the 18-month one,
    // not the class for expecting parents, not the 烏山 play space.
    expect(noticesFor(feed, household('newborn-family')).map((n) => n.id)).toEqual([
      'setagaya-2027-02-checkup-3-4m',
      'setagaya-2027-04-rule-medical',
    ]);
    // another municipality's household sees none of 世田谷区's notices
    expect(noticesFor(feed, household('expecting-first-child'))).toEqual([]);
  });

  it('refuses a feed whose signature does not verify', async () => {
    const res = (await (await fetch(`${m.url}/v1/notices/131121`)).json()) as {
      feed: string;
      signature: string;
    };
    const bytes = fromBase64(res.feed);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] as number) ^ 1;
    expect(() =>
      verifyMunicipalDocument(bytes, fromBase64(res.signature), residentRecordSchema, new Date()),
    ).toThrow(/does not verify/);
  });
});

describe('signed case status (nonstop-status/1)', () => {
  it('verifies the municipality’s signature, the case and the age; refuses forged, unsigned, other-case and replayed answers', async () => {
    const p = prepareForm('child-allowance-application', {
      household: household('newborn-family'),
      child: 'haruto',
      on: civilDate('2026-11-21'),
    });
    if (!p.ok) throw new Error('form');
    // (the same signed application as the certificate test's, if it ran: then its first receipt)
    const bytes = canonicalBytes(p.application);
    const { receiptId } = await submitToMunicipality(
      m.url,
      bytes,
      cards.sign('newborn-family', 'SATO1234', bytes, new Date()),
    );
    const session = await login(m.url, cards, 'newborn-family', '1234');

    const now = new Date();
    const ok = await fetchSignedStatus(m.url, session.token, receiptId, now);
    expect(ok.status.case.receiptId).toBe(receiptId);
    expect(ok.status.municipalityCode).toBe('131121');
    expect(ok.signer).toContain('模擬自治体');

    // no login: 401, nothing read; another card's login: the case reads as none
    await expect(fetchSignedStatus(m.url, 'x'.repeat(43), receiptId, now)).rejects.toThrow(/log in/);
    const other = await login(m.url, cards, 'expecting-first-child', '2580');
    await expect(fetchSignedStatus(m.url, other.token, receiptId, now)).rejects.toThrow(/no such submission/);

    // a changed byte of the status (e.g. 要補正 → 承認 by someone on the way)
    const doc = fromBase64(ok.statusBase64);
    const changed = new Uint8Array(doc);
    changed[30] = (changed[30] as number) ^ 1;
    expect(() => verifySignedStatus(toBase64(changed), ok.signatureBase64, receiptId, now)).toThrow(
      /does not verify/,
    );
    // the same document signed by a citizen's card (a forged status): not the municipality's CA
    const forged = cards.sign('newborn-family', 'SATO1234', doc, now);
    expect(() => verifySignedStatus(ok.statusBase64, toBase64(forged), receiptId, now)).toThrow(
      DocumentError,
    );
    // the unsigned answer of the plain endpoint is not a signed status at all
    const plain = await fetch(`${m.url}/v1/submissions/${receiptId}`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    const plainBytes = new TextEncoder().encode(await plain.text());
    expect(() => verifySignedStatus(toBase64(plainBytes), ok.signatureBase64, receiptId, now)).toThrow(
      DocumentError,
    );
    // this case's genuine status offered as another case's
    expect(() =>
      verifySignedStatus(ok.statusBase64, ok.signatureBase64, 'BBBBBBBBBBBBBBBBBBBBBB', now),
    ).toThrow(/another case/);
    // the genuine answer replayed 6 minutes later (the case file refuses older-than-kept, core/casefile)
    const later = new Date(now.getTime() + STATUS_FRESHNESS_MS + 60_000);
    expect(() => verifySignedStatus(ok.statusBase64, ok.signatureBase64, receiptId, later)).toThrow(
      /replayed/,
    );
  });
});

describe('the notice feed under attack', () => {
  it('refuses a feed for another municipality, one signed by a citizen, and one dated ahead of the clock', async () => {
    const res = (await (await fetch(`${m.url}/v1/notices/131121`)).json()) as {
      feed: string;
      signature: string;
    };
    const now = new Date();
    expect(verifyNoticeFeed(res.feed, res.signature, '131121', now).feed.notices).toHaveLength(5);
    // the 世田谷区 feed, offered to a household of 大阪市
    expect(() => verifyNoticeFeed(res.feed, res.signature, '271004', now)).toThrow(/another municipality/);
    // the same bytes signed by a card holder instead of the municipality
    const forged = cards.sign('newborn-family', 'SATO1234', fromBase64(res.feed), now);
    expect(() => verifyNoticeFeed(res.feed, toBase64(forged), '131121', now)).toThrow(DocumentError);
    // checked on a device whose clock is an hour behind the publication: dated in the future
    expect(() =>
      verifyNoticeFeed(res.feed, res.signature, '131121', new Date(now.getTime() - 3_600_000)),
    ).toThrow(/future/);
  });
});
