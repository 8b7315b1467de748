import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { SimulatedCardReader } from './services/card-reader';
import { FixtureLibrary } from './services/fixtures';
import newborn from '../fixtures/households/newborn-family.json';

const root = fileURLToPath(new URL('../', import.meta.url));

function handlers(municipalityUrl = 'http://127.0.0.1:9') {
  return createHandlers({
    fixtures: new FixtureLibrary(join(root, 'fixtures/households')),
    cards: new SimulatedCardReader(join(root, 'fixtures/cards'), mkdtempSync(join(tmpdir(), 'hs-'))),
    municipalityUrl,
    now: () => new Date(),
  });
}

describe('host handlers (validated at the edge)', () => {
  it('lists and reads fixtures; refuses path-like names', async () => {
    const h = handlers();
    const list = await h['fixtures.list'](null);
    expect(list.ok && list.value.map((f) => f.name)).toEqual(
      expect.arrayContaining(['expecting-first-child', 'newborn-family']),
    );
    expect(list.ok && list.value.find((f) => f.name === 'newborn-family')?.label).toBe(
      '新生児のいる家庭（世田谷区）',
    );
    expect(await h['fixtures.read']({ name: '../package' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(await h['fixtures.read']({ name: 'nobody' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('names the bad field of an invalid argument', async () => {
    const r = await handlers()['form.render']({
      household: { ...newborn, municipalityCode: '1' },
      child: 'haruto',
      on: '2026-11-21',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    if (!r.ok) expect(r.error.message).toContain('household.municipalityCode');
  });

  it('renders the PDF', async () => {
    const r = await handlers()['form.render']({ household: newborn, child: 'haruto', on: '2026-11-21' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(Buffer.from(r.value.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('asks for missing facts by name', async () => {
    const { bankAccount: _drop, ...noBank } = newborn;
    const r = await handlers()['form.render']({ household: noBank, child: 'haruto', on: '2026-11-21' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'missing-facts', missing: ['振込先口座（または公金受取口座）'] },
    });
  });

  it('reports an unreachable municipality without losing the PIN try', async () => {
    const h = handlers('http://127.0.0.1:9');
    const r = await h['application.submit']({
      household: newborn,
      child: 'haruto',
      on: '2026-11-21',
      card: 'newborn-family',
      pin: 'SATO1234',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'municipality-unreachable' } });
    const cards = await h['card.list'](null);
    expect(cards.ok && cards.value.find((c) => c.id === 'newborn-family')?.triesLeft).toBe(5);
  });

  it('rejects a signing password of the wrong form before touching the card', async () => {
    const r = await handlers()['application.submit']({
      household: newborn,
      child: 'haruto',
      on: '2026-11-21',
      card: 'newborn-family',
      pin: '1234',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('keeps the CA readable for the municipality', () => {
    expect(readFileSync(join(root, 'fixtures/cards/ca/ca.crt.pem'), 'utf8')).toContain('BEGIN CERTIFICATE');
  });
});
