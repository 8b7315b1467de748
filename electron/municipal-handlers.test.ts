import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { SimulatedCardReader } from './services/card-reader';
import { FixtureLibrary } from './services/fixtures';
import { startMunicipality, type RunningMunicipality } from '../fixtures/municipality/server';
import { approve } from '../fixtures/municipality/documents';
import { loadIdentity } from '../fixtures/municipality/identity';
import newborn from '../fixtures/households/newborn-family.json';

const root = fileURLToPath(new URL('../', import.meta.url));
let m: RunningMunicipality;
let h: ReturnType<typeof createHandlers>;

beforeAll(async () => {
  m = await startMunicipality({
    dataDir: mkdtempSync(join(tmpdir(), 'mh-')),
    caCertificatePem: readFileSync(join(root, 'fixtures/cards/ca/ca.crt.pem'), 'utf8'),
  });
  h = createHandlers({
    fixtures: new FixtureLibrary(join(root, 'fixtures/households')),
    cards: new SimulatedCardReader(join(root, 'fixtures/cards'), mkdtempSync(join(tmpdir(), 'mh-cards-'))),
    municipalityUrl: m.url,
    now: () => new Date(),
  });
  // card logins live in an unlocked session (issue 19): this test is a guest's
  expect(await h['vault.session.open']({ guest: true })).toMatchObject({ ok: true });
});
afterAll(() => m.close());

describe('municipal host calls (the app side of the round trip)', () => {
  it('login by the 利用者証明用 PIN, then status, certificate, resident record and notices', async () => {
    const sent = await h['application.submit']({
      household: newborn,
      child: 'haruto',
      on: '2026-11-21',
      card: 'newborn-family',
      pin: 'SATO1234',
    });
    if (!sent.ok) throw new Error(sent.error.message);
    const receiptId = sent.value.receiptId;

    expect(await h['case.status']({ card: 'newborn-family', receiptId })).toMatchObject({
      ok: false,
      error: { code: 'login-required' },
    });
    expect(await h['municipality.login']({ card: 'newborn-family', pin: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'wrong-pin', triesLeft: 2 },
    });
    expect(await h['municipality.login']({ card: 'newborn-family', pin: '12345' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await h['municipality.login']({ card: 'newborn-family', pin: '1234' })).toMatchObject({
      ok: true,
    });
    expect(await h['case.status']({ card: 'newborn-family', receiptId })).toMatchObject({
      ok: true,
      value: { status: { case: { status: 'received', receiptNumber: sent.value.receiptNumber } } },
    });

    await approve(m.store, loadIdentity(), sent.value.receiptNumber, new Date());
    const cert = await h['case.certificate']({ card: 'newborn-family', receiptId });
    expect(cert).toMatchObject({ ok: true, value: { kind: '児童手当 認定通知書', verified: true } });

    const record = await h['resident.import']({
      card: 'newborn-family',
      consent: { purpose: '家族の情報の確認', fields: ['name', 'birthDate'] },
    });
    expect(record.ok && record.value.record.members.map((x) => x.givenName)).toEqual([
      '健太',
      '美咲',
      '陽翔',
    ]);

    const feed = await h['notices.fetch']({ municipalityCode: '131121' });
    expect(feed.ok && feed.value.feed.notices.length).toBe(5);
    expect(await h['notices.fetch']({ municipalityCode: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});
