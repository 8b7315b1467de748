import newbornFile from '../../fixtures/households/newborn-family.json';
import expectingFile from '../../fixtures/households/expecting-first-child.json';
import { describe, expect, it } from 'vitest';
import { civilDate } from '../dates/civil-date';
import { validateHousehold, type Household } from '../household/schema';
import { fromBase64, toBase64 } from '../encoding/bytes';
import { PRIVATE_OFFERS_FEED } from './data/private-offers';
import {
  missingRequiredFields,
  offerFieldValues,
  PRIVATE_OFFER_CATEGORIES,
  privateOffersFor,
  readPrivateOfferFeed,
  type PrivateOffer,
} from './private-offers';
import { readRegistryRecords, withinAgeBounds } from './registry';
import {
  buildOfferRequest,
  deletionRequestSchema,
  offerRequestSchema,
  openSignedDocument,
  publicKeyOf,
  signDocument,
} from './request';

const d = civilDate;
const FILES: Record<string, unknown> = {
  'newborn-family': newbornFile,
  'expecting-first-child': expectingFile,
};
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const fromHex = (s: string) => Uint8Array.from(s.match(/../g) ?? [], (x) => parseInt(x, 16));
const fixture = (name: string): Household => {
  const v = validateHousehold(FILES[name]);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.value;
};
const feed = (() => {
  const r = readPrivateOfferFeed(PRIVATE_OFFERS_FEED);
  if (!r.ok) throw new Error(r.problem);
  return r.feed;
})();
const offer = (id: string): PrivateOffer => feed.offers.find((o) => o.id === id)!;
const optIn = (h: Household, ...c: Household['privateOffers'] & {}) => ({ ...h, privateOffers: c });

describe('the private offer feed', () => {
  it('reads whole, with realistic offers across the six kinds', () => {
    const r = readPrivateOfferFeed(PRIVATE_OFFERS_FEED);
    expect(r.ok && r.problems).toEqual([]);
    expect(new Set(feed.offers.map((o) => o.category))).toEqual(new Set(PRIVATE_OFFER_CATEGORIES));
  });

  it('leaves out (and names) a bad offer, keeps the others', () => {
    const bad = {
      ...PRIVATE_OFFERS_FEED.offers[0],
      fields: [{ key: 'guardian.myNumber', why: { ja: 'x', en: 'x' }, optional: false }],
    };
    const r = readPrivateOfferFeed({ ...PRIVATE_OFFERS_FEED, offers: [bad, PRIVATE_OFFERS_FEED.offers[1]] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.feed.offers.map((o) => o.id)).toEqual(['hidamari-newborn-photo']);
    expect(r.problems[0]).toMatch(/^offers\.0\.fields\.0\.key/);
  });

  it('refuses a feed of another format', () => {
    expect(
      readPrivateOfferFeed({ format: 'nonstop-notices/1', publishedAt: '2026-01-01T00:00:00Z', offers: [] })
        .ok,
    ).toBe(false);
    expect(readPrivateOfferFeed('not json').ok).toBe(false);
  });

  it('refuses a field asked twice and conditions in one language only', () => {
    const o = PRIVATE_OFFERS_FEED.offers[0]!;
    const twice = { ...o, fields: [o.fields[0], o.fields[0]] };
    const half = { ...o, target: { ...o.target, conditions: '要確認' } };
    const r = readPrivateOfferFeed({ ...PRIVATE_OFFERS_FEED, offers: [twice, half] });
    expect(r.ok && r.feed.offers).toEqual([]);
  });
});

describe('the registry record reader', () => {
  it('reads each record on its own and names the bad ones', () => {
    const good = { ...PRIVATE_OFFERS_FEED.offers[2] } as Record<string, unknown>;
    for (const k of ['category', 'provider', 'fields', 'en']) delete good[k];
    const r = readRegistryRecords([
      good,
      { ...good, id: 'x', procedurePeriod: { fromYMD: '2026-02-30' } },
      { ...good, id: 'y', area: { municipalityCodes: ['131122'], description: '世田谷区' } },
      good,
    ]);
    expect(r.records.map((x) => x.id)).toEqual(['korokoro-goods-rental']);
    expect(r.problems.map((p) => [p.index, p.path])).toEqual([
      [1, 'procedurePeriod.fromYMD'],
      [2, 'area.municipalityCodes.0'],
      [3, 'id'],
    ]);
    expect(readRegistryRecords({}).problems).toHaveLength(1);
  });
});

describe('age bounds (満年齢, 年齢計算ニ関スル法律)', () => {
  it('「2歳11か月まで」 ends the day before 満3歳 is reached: born 2026-02-10 → last day 2029-02-08 (facts §0c)', () => {
    const t = { maxAge: { years: 2, months: 11 } };
    expect(withinAgeBounds(t, d('2026-02-10'), d('2029-02-08'))).toBe(true);
    expect(withinAgeBounds(t, d('2026-02-10'), d('2029-02-09'))).toBe(false);
  });

  it('「生後2か月から」 starts when 2 months are reached (the eve of the same date)', () => {
    const t = { minAge: { years: 0, months: 2 } };
    expect(withinAgeBounds(t, d('2026-11-12'), d('2027-01-10'))).toBe(false);
    expect(withinAgeBounds(t, d('2026-11-12'), d('2027-01-11'))).toBe(true);
    // no 12/31 in February: 2 months from 12/31 are reached on the last day of February
    expect(withinAgeBounds(t, d('2026-12-31'), d('2027-02-27'))).toBe(false);
    expect(withinAgeBounds(t, d('2026-12-31'), d('2027-02-28'))).toBe(true);
  });

  it('a child not born yet on the day is outside', () => {
    expect(withinAgeBounds({}, d('2026-11-12'), d('2026-11-11'))).toBe(false);
    expect(withinAgeBounds({}, d('2026-11-12'), d('2026-11-12'))).toBe(true);
  });
});

describe('which offers a household sees', () => {
  const newborn = fixture('newborn-family'); // 世田谷区, born 2026-11-12
  const on = d('2026-12-01');

  it('none without opt-in (absent or empty)', () => {
    expect(newborn.privateOffers).toBeUndefined();
    expect(privateOffersFor(newborn, feed.offers, on)).toEqual([]);
    expect(privateOffersFor(optIn(newborn), feed.offers, on)).toEqual([]);
  });

  it('only the categories opted in to', () => {
    const r = privateOffersFor(optIn(newborn, 'newborn-photo-studio'), feed.offers, on);
    expect(r.map((m) => m.offer.id)).toEqual(['hidamari-newborn-photo']);
    expect(r[0]!.child).toBe('haruto');
  });

  it('only where the household lives: the Osaka event is not shown in Setagaya', () => {
    const r = privateOffersFor(optIn(newborn, 'community-events'), feed.offers, on);
    expect(r.map((m) => m.offer.id)).toEqual(['chiiki-winter-storytime']);
    const osaka = { ...optIn(newborn, 'community-events'), municipalityCode: '271004' };
    expect(privateOffersFor(osaka, feed.offers, d('2027-01-20')).map((m) => m.offer.id)).toEqual([
      'chiiki-baby-massage-osaka',
    ]);
  });

  it('only inside the age bounds: newborn photos end when 2 months are reached', () => {
    const h = optIn(newborn, 'newborn-photo-studio');
    expect(privateOffersFor(h, feed.offers, d('2027-01-10'))).toHaveLength(1);
    expect(privateOffersFor(h, feed.offers, d('2027-01-11'))).toEqual([]);
  });

  it('only in the procedure period', () => {
    const h = optIn(newborn, 'community-events');
    expect(privateOffersFor(h, feed.offers, d('2027-02-28'))).toHaveLength(1);
    expect(privateOffersFor(h, feed.offers, d('2027-03-01'))).toEqual([]);
  });

  it('expecting families see offers marked for them', () => {
    const h = optIn(fixture('expecting-first-child'), 'diaper-subscription', 'childcare-booking');
    const due = h.children[0]!.expectedBirthDate!;
    const r = privateOffersFor(h, feed.offers, d('2026-06-01') < due ? d('2026-06-01') : due);
    expect(r.map((m) => m.offer.id)).toEqual(['sukusuku-diaper-milk']);
  });

  it('free-text conditions are flagged for the family to check, never read', () => {
    const r = privateOffersFor(
      optIn(newborn, 'education-endowment-insurance', 'childcare-booking', 'diaper-subscription'),
      feed.offers,
      d('2027-02-01'),
    );
    expect(r.map((m) => [m.offer.id, m.checkConditions])).toEqual([
      ['sukusuku-diaper-milk', false],
      ['mirai-gakushi-brochure', true],
      ['pocket-sitter-booking', true],
    ]);
  });
});

describe('the fields a provider would receive', () => {
  const h = optIn(fixture('newborn-family'), 'diaper-subscription');
  const match = privateOffersFor(h, [offer('sukusuku-diaper-milk')], d('2026-12-01'))[0]!;

  it('exactly the fields asked, from the household (the 請求者, the matched child, the address)', () => {
    expect(offerFieldValues(h, match).map((f) => [f.key, f.value, f.optional])).toEqual([
      ['guardian.name', '佐藤 健太', false],
      ['child.birthMonth', '2026-11', false],
      ['address.postalCode', '154-0017', false],
      ['address.full', '東京都世田谷区世田谷四丁目21番27号 ノンストップ荘201', false],
      ['guardian.phone', '090-1234-5678', true],
    ]);
  });

  it('names a required field the household has not recorded', () => {
    const noAddress = { ...h, address: undefined };
    expect(missingRequiredFields(offerFieldValues(noAddress, match)).map((f) => f.key)).toEqual([
      'address.postalCode',
      'address.full',
    ]);
  });
});

describe('the request (one button)', () => {
  const o = offer('sukusuku-diaper-milk');
  const seed = new Uint8Array(32).fill(7);
  const base = {
    offer: o,
    requestId: '0123456789abcdef0123456789abcdef',
    sentAt: '2026-12-01T01:00:00.000Z',
    publicKey: publicKeyOf(seed),
  };
  const required = [
    { key: 'guardian.name', value: '佐藤 健太' },
    { key: 'child.birthMonth', value: '2026-11' },
    { key: 'address.postalCode', value: '154-0017' },
    { key: 'address.full', value: '東京都世田谷区世田谷四丁目21番27号' },
  ] as const;

  it('is built from the confirmed list only (an optional field removed is not sent)', () => {
    const r = buildOfferRequest({ ...base, confirmed: required });
    expect(r.fields.map((f) => f.key)).toEqual(required.map((f) => f.key));
    expect(JSON.stringify(r)).not.toContain('090-1234-5678');
  });

  it('refuses a field the offer does not ask, a field twice, a required field removed', () => {
    expect(() =>
      buildOfferRequest({ ...base, confirmed: [...required, { key: 'address.city', value: 'x' }] }),
    ).toThrow(/does not ask/);
    expect(() => buildOfferRequest({ ...base, confirmed: [...required, required[0]] })).toThrow(/twice/);
    expect(() => buildOfferRequest({ ...base, confirmed: required.slice(1) })).toThrow(/guardian.name/);
    // a My Number can never be a field: not in the closed list
    expect(() =>
      buildOfferRequest({
        ...base,
        confirmed: [...required, { key: 'guardian.myNumber' as never, value: '314159265352' }],
      }),
    ).toThrow();
  });

  it('is signed with Ed25519 (RFC 8032 test 1 key) and opens with the public key', () => {
    const rfcSeed = fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
    expect(hex(fromBase64(publicKeyOf(rfcSeed)))).toBe(
      'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    );
    const req = buildOfferRequest({ ...base, confirmed: required });
    const signed = signDocument(req, seed);
    // (node:crypto verifies the same signatures on the provider's side: fixtures/provider/server.test.ts)
    expect(openSignedDocument(signed, base.publicKey, offerRequestSchema)).toEqual({ ok: true, value: req });
  });

  it('a changed byte, another key or another kind of document is refused', () => {
    const signed = signDocument(buildOfferRequest({ ...base, confirmed: required }), seed);
    const bytes = fromBase64(signed.document);
    bytes[10] = (bytes[10] ?? 0) ^ 1;
    const tampered = { ...signed, document: toBase64(bytes) };
    expect(openSignedDocument(tampered, base.publicKey, offerRequestSchema)).toEqual({
      ok: false,
      problem: 'bad-signature',
    });
    const other = publicKeyOf(new Uint8Array(32).fill(8));
    expect(openSignedDocument(signed, other, offerRequestSchema).ok).toBe(false);
    expect(openSignedDocument(signed, base.publicKey, deletionRequestSchema)).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });
});

describe('the opt-in in the household file', () => {
  const h = newbornFile;
  it('loads the old shape (the four values files have always held) and the new categories', () => {
    for (const v of [
      [
        'diaper-subscription',
        'education-endowment-insurance',
        'newborn-photo-studio',
        'childcare-goods-rental',
      ],
      ['childcare-booking', 'community-events'],
    ])
      expect(validateHousehold({ ...h, privateOffers: v }).ok).toBe(true);
    expect(validateHousehold({ ...h, privateOffers: ['my-number-sharing'] }).ok).toBe(false);
  });
});
