/**
 * Every online form goes through the one signed submission (card signature over the canonical
 * `nonstop-application/1` bytes) to the mock municipality, which verifies it against the form's
 * own schema and stores exactly what was signed; a paper form of the same household is refused
 * before the card is touched. The expected procedures are the registry's online ones, the
 * values checked are the household file's.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { SimulatedCardReader } from './services/card-reader';
import { FixtureLibrary } from './services/fixtures';
import { startMunicipality, type RunningMunicipality } from '../fixtures/municipality/server';
import { FORMS } from '../core/forms/registry';

import newborn from '../fixtures/households/newborn-family.json';
import expecting from '../fixtures/households/expecting-first-child.json';

const root = fileURLToPath(new URL('../', import.meta.url));
let m: RunningMunicipality;
let h: ReturnType<typeof createHandlers>;

beforeAll(async () => {
  m = await startMunicipality({
    dataDir: mkdtempSync(join(tmpdir(), 'fs-')),
    caCertificatePem: readFileSync(join(root, 'fixtures/cards/ca/ca.crt.pem'), 'utf8'),
  });
  h = createHandlers({
    fixtures: new FixtureLibrary(join(root, 'fixtures/households')),
    cards: new SimulatedCardReader(join(root, 'fixtures/cards'), mkdtempSync(join(tmpdir(), 'fs-cards-'))),
    municipalityUrl: m.url,
    now: () => new Date(),
  });
});
afterAll(() => m.close());

const SATO = {
  household: newborn,
  child: 'haruto',
  on: '2026-11-21',
  card: 'newborn-family',
  pin: 'SATO1234',
};
const SUZUKI = {
  household: expecting,
  child: 'baby',
  on: '2026-09-01',
  card: 'expecting-first-child',
  pin: 'SUZUKI2580',
};
const CASES = [
  { procedure: 'pregnancy-notification', ...SUZUKI, name: '鈴木' },
  { procedure: 'nursery-application', ...SATO, name: '佐藤' },
  { procedure: 'child-allowance-application', ...SATO, name: '佐藤' },
];

type Case = (typeof CASES)[number];
/** The app's one submission call: the card signs the canonical application bytes. */
const submit = (c: Case, procedure = c.procedure) =>
  h['application.submit']({
    household: c.household,
    child: c.child,
    on: c.on,
    card: c.card,
    pin: c.pin,
    procedure,
  });

describe('the online forms are signed and sent', () => {
  it('the cases cover every online procedure of the registry', () => {
    const online = [...new Set(FORMS.filter((f) => f.filing === 'online').map((f) => f.procedure))];
    expect(CASES.map((c) => c.procedure).sort()).toEqual(online.sort());
  });

  it.each(CASES)('$procedure: received, verified and stored as signed', async (c) => {
    const before = m.store.count();
    const r = await submit(c);
    if (!r.ok) throw new Error(r.error.message);
    expect(m.store.count()).toBe(before + 1);
    const row = m.store.byReceiptNumber(r.value.receiptNumber)!;
    expect(row.procedure).toBe(c.procedure);
    const stored = JSON.parse(Buffer.from(row.application).toString('utf8'));
    expect(stored).toMatchObject({
      format: 'nonstop-application/1',
      procedure: c.procedure,
      municipalityCode: c.household.municipalityCode,
      filedOn: c.on,
    });
    expect(JSON.stringify(stored)).toContain(c.name);
  });

  it('a paper form of the same household is refused and nothing is sent', async () => {
    const before = m.store.count();
    for (const procedure of ['birth-registration', 'child-medical-subsidy', 'childbirth-lump-sum']) {
      const r = await submit(CASES[1]!, procedure);
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(m.store.count()).toBe(before);
    const cards = await h['card.list'](null);
    expect(cards.ok && cards.value.find((k) => k.id === 'newborn-family')?.triesLeft).toBe(5);
  });

  it("a card whose holder is not the claimant: refused with the server's code for the app to word it", async () => {
    const before = m.store.count();
    const r = await submit({ ...CASES[2]!, card: SUZUKI.card, pin: SUZUKI.pin });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'municipality-rejected', rejection: 'signer-mismatch' },
    });
    expect(m.store.count()).toBe(before);
  });
});
