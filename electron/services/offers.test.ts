/**
 * Offers that come to the family (issue 20): a login registers the profile's
 * mailbox for the card; the municipality registers a birth and posts the
 * prefilled, signed 児童手当 認定請求; the app picks it up with the mailbox id only.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedCardReader } from './card-reader';
import { login } from './municipality-client';
import { createMailbox, pollMailbox, registerMailboxAfterLogin, type MailboxKeys } from './mailbox';
import { startMunicipality, type RunningMunicipality } from '../../fixtures/municipality/server';
import { loadIdentity } from '../../fixtures/municipality/identity';
import { loadResidents } from '../../fixtures/municipality/residents';
import { OfferError, registerBirth } from '../../fixtures/municipality/offers';
import { validateHousehold } from '../../core/household/schema';
import { diffOffer, householdWithOffer } from '../../core/municipal-offer';
import expecting from '../../fixtures/households/expecting-first-child.json';

const cardsDir = fileURLToPath(new URL('../../fixtures/cards/', import.meta.url));
const caPem = readFileSync(join(cardsDir, 'ca/ca.crt.pem'), 'utf8');
const cards = new SimulatedCardReader(cardsDir, mkdtempSync(join(tmpdir(), 'state-')));
let m: RunningMunicipality;
let keys: MailboxKeys;
const requests: { method: string; path: string; headers: Record<string, unknown>; body: string }[] = [];
const birth = {
  parent: '鈴木 由美',
  givenName: '陽菜',
  givenNameKana: 'ヒナ',
  birthDate: '2026-12-04',
  sex: 'female' as const,
};

beforeAll(async () => {
  m = await startMunicipality({
    dataDir: mkdtempSync(join(tmpdir(), 'municipality-')),
    caCertificatePem: caPem,
    onRequest: (r) => requests.push(r),
  });
  keys = await createMailbox();
});
afterAll(() => m.close());

describe('offers: a birth registered → the prefilled 児童手当 認定請求 in the family mailbox', () => {
  it('nothing is posted where no mailbox was registered', async () => {
    const r = await registerBirth(m.store, loadIdentity(), loadResidents(), birth, new Date());
    expect(r.posted).toBe(0);
  });

  it('after a login registers the mailbox, the offer arrives with the mailbox id only, signed and prefilled', async () => {
    const session = await login(m.url, cards, 'expecting-first-child', '2580');
    await registerMailboxAfterLogin(m.url, session.token, keys);
    const { offer, posted } = await registerBirth(
      m.store,
      loadIdentity(),
      loadResidents(),
      birth,
      new Date(),
    );
    expect(posted).toBe(1);
    requests.length = 0;
    const poll = await pollMailbox(m.url, keys, new Date());
    expect(requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['GET', `/v1/mailboxes/${keys.mailboxId}`, ''],
    ]);
    expect(poll.offers).toHaveLength(1);
    expect(poll.offers[0]?.offer).toEqual(offer);
    // prefilled from the register: the parent's family name and kana, her as the claimant
    expect(offer.child).toEqual({
      familyName: '鈴木',
      givenName: '陽菜',
      familyNameKana: 'スズキ',
      givenNameKana: 'ヒナ',
      birthDate: '2026-12-04',
      sex: 'female',
    });
    expect(offer.claimant).toEqual({ familyName: '鈴木', givenName: '由美', birthDate: '1995-09-30' });
  });

  it('the household takes the offer: the unborn child becomes 陽菜, born 2026-12-04; nothing else changes', () => {
    const h = validateHousehold(expecting);
    if (!h.ok) throw new Error('fixture');
    const offer = {
      format: 'nonstop-offer/1' as const,
      offerId: 'AAAAAAAAAAAAAAAAAAAAAA',
      municipalityCode: '141003',
      issuedAt: '2026-12-05T00:00:00.000Z',
      event: 'birth-registered' as const,
      procedure: 'child-allowance-application' as const,
      child: { ...birth, familyName: '鈴木', familyNameKana: 'スズキ' } as never,
      claimant: { familyName: '鈴木', givenName: '由美', birthDate: '1995-09-30' },
    };
    delete (offer.child as Record<string, unknown>)['parent'];
    const rows = diffOffer(h.value, offer);
    expect(rows.find((r) => r.field === 'birthDate')).toMatchObject({
      record: '2026-12-04',
      household: null,
      memberFound: true,
    });
    const { household, child } = householdWithOffer(h.value, offer);
    expect(child).toBe('baby');
    expect(household.children).toEqual([
      {
        id: 'baby',
        supported: true,
        familyName: '鈴木',
        givenName: '陽菜',
        familyNameKana: 'スズキ',
        givenNameKana: 'ヒナ',
        birthDate: '2026-12-04',
        sex: 'female',
      },
    ]);
    expect(validateHousehold(household).ok).toBe(true);
    expect(household.guardians).toEqual(h.value.guardians);
  });

  it('attack: a mailbox id already registered with another key cannot be taken over at login', async () => {
    const thief = await createMailbox();
    const session = await login(m.url, cards, 'newborn-family', '1234');
    await expect(
      registerMailboxAfterLogin(m.url, session.token, {
        mailboxId: keys.mailboxId,
        publicKey: thief.publicKey,
      }),
    ).rejects.toMatchObject({ rejection: 'content-invalid' });
  });

  it('a birth for someone not in the register is refused with a clear error', async () => {
    await expect(
      registerBirth(m.store, loadIdentity(), loadResidents(), { ...birth, parent: '山田 花子' }, new Date()),
    ).rejects.toBeInstanceOf(OfferError);
  });
});
