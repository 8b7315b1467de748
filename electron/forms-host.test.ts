/** The host's form calls: every procedure by id, the first call shape kept, paper forms never sent. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { SimulatedCardReader } from './services/card-reader';
import { FixtureLibrary } from './services/fixtures';
import newborn from '../fixtures/households/newborn-family.json';

const root = fileURLToPath(new URL('../', import.meta.url));
const handlers = () =>
  createHandlers({
    fixtures: new FixtureLibrary(join(root, 'fixtures/households')),
    cards: new SimulatedCardReader(join(root, 'fixtures/cards'), mkdtempSync(join(tmpdir(), 'fh-'))),
    municipalityUrl: 'http://127.0.0.1:9',
    now: () => new Date('2026-11-21T00:00:00Z'),
  });

describe('form.render for any procedure', () => {
  it('without a procedure renders the 児童手当 認定請求書, as the first version did', async () => {
    const r = await handlers()['form.render']({ household: newborn, child: 'haruto', on: '2026-11-21' });
    expect(r).toMatchObject({
      ok: true,
      value: {
        procedure: 'child-allowance-application',
        filing: 'online',
        fileName: 'jidou-teate-ninteiseikyu-haruto-2026-11-21.pdf',
      },
    });
  });

  it('the 出生届 is a paper form with its checklist and the fields to write by hand', async () => {
    const r = await handlers()['form.render']({
      household: newborn,
      child: 'haruto',
      on: '2026-11-21',
      procedure: 'birth-registration',
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.filing).toBe('counter');
    expect(r.value.handwritten.map((h) => h.ja)).toContain('届出人の署名');
    expect(r.value.checklist.map((c) => c.ja)).toContain('母子健康手帳');
  });

  it('picks the employee-insured form of child-health-insurance for this household', async () => {
    const r = await handlers()['form.render']({
      household: newborn,
      child: 'haruto',
      on: '2026-11-21',
      procedure: 'child-health-insurance',
    });
    expect(r).toMatchObject({
      ok: true,
      value: { form: 'child-health-insurance/employee', filing: 'employer' },
    });
  });

  it('a procedure that does not apply is refused with the reason in Japanese', async () => {
    const r = await handlers()['form.render']({
      household: newborn,
      child: 'haruto',
      on: '2026-11-21',
      procedure: 'pregnancy-notification',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-applicable' } });
    if (!r.ok) expect(r.error.message).toContain('すでに生まれています');
  });

  it('an unknown or malformed procedure is refused', async () => {
    const h = handlers();
    const base = { household: newborn, child: 'haruto', on: '2026-11-21' };
    expect(await h['form.render']({ ...base, procedure: 'frobnicate' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await h['form.render']({ ...base, procedure: '../etc' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });

  it('never submits a paper form (the 出生届 must be handed in signed)', async () => {
    const r = await handlers()['application.submit']({
      household: newborn,
      child: 'haruto',
      on: '2026-11-21',
      procedure: 'birth-registration',
      card: 'newborn-family',
      pin: 'ABC123',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: 'birth-registration is not filed online' },
    });
  });
});
