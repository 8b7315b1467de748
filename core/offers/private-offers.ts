/**
 * 民間サービス — private offers beside the public items (官も民も), for the
 * families who ask for them and on their own terms:
 *
 * - An offer is a 子育て支援制度レジストリ record (./registry.ts) plus its
 *   `category`, the provider's identity and privacy terms, and the `fields`
 *   the provider asks to receive, each with why and whether it is optional.
 * - The feed (`nonstop-private-offers/1`) is downloaded whole, with no identity
 *   and no household attribute; which offers concern the family is decided
 *   here, on the device, from the household's own facts only, and only for the
 *   categories the household opted in to (`household.privateOffers`). No
 *   opt-in: no offer at all.
 * - What can be sent is a closed list of household facts (`OFFER_FIELDS`):
 *   names, phone, the child's birth month, the address. Nothing of the My
 *   Number card (個人番号, the card's 基本4情報 as certified) is ever a field.
 */
import { z } from 'zod';
import { isCivilDate, type CivilDate } from '../dates/civil-date';
import type { Household } from '../household/schema';
import {
  inProcedurePeriod,
  needsCheck,
  registryRecordSchema,
  servesMunicipality,
  withinAgeBounds,
} from './registry';

export const PRIVATE_OFFERS_FORMAT = 'nonstop-private-offers/1';

/**
 * The key that signs the offer feed (Ed25519, base64): the registry the app trusts for private offers.
 * Here the mock's test key (fixtures/provider/keys/providers.json, "feed-publisher"). The providers'
 * own keys, which sign their answers, come from the feed, so the feed is believed only under this key.
 */
export const OFFER_FEED_PUBLIC_KEY = '0qObmFRP5odRtqnn0kC7D4XUZyoz9RazycjKbdMDu6Y=';

/**
 * The categories a household opts in to, one by one. The first four are the
 * values `household.privateOffers` has always held (files written before this
 * screen existed keep loading and keep their choice); two were added with it.
 */
export const PRIVATE_OFFER_CATEGORIES = [
  'diaper-subscription',
  'newborn-photo-studio',
  'childcare-goods-rental',
  'education-endowment-insurance',
  'childcare-booking',
  'community-events',
] as const;
export type PrivateOfferCategory = (typeof PRIVATE_OFFER_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<PrivateOfferCategory, { ja: string; en: string }> = {
  'diaper-subscription': { ja: 'おむつ・ミルクの定期便', en: 'Diaper and formula deliveries' },
  'newborn-photo-studio': { ja: '新生児の写真撮影', en: 'Newborn photo shoots' },
  'childcare-goods-rental': { ja: 'ベビー用品のレンタル', en: 'Baby goods rental' },
  'education-endowment-insurance': {
    ja: '学資保険の資料請求',
    en: 'Education endowment insurance brochures (学資保険)',
  },
  'childcare-booking': { ja: '一時預かり・ベビーシッターの予約', en: 'Drop-in care and babysitter booking' },
  'community-events': { ja: '地域の子育てイベント', en: 'Local childcare events' },
};

/** The household facts a provider may ask for: a closed list. Nothing from the My Number card. */
export const OFFER_FIELDS = [
  'guardian.name',
  'guardian.nameKana',
  'guardian.phone',
  'child.birthMonth',
  'address.postalCode',
  'address.full',
  'address.city',
] as const;
export type OfferFieldKey = (typeof OFFER_FIELDS)[number];

export const OFFER_FIELD_LABELS: Record<OfferFieldKey, { ja: string; en: string }> = {
  'guardian.name': { ja: '保護者の氏名', en: "Parent's name" },
  'guardian.nameKana': { ja: '保護者の氏名（フリガナ）', en: "Parent's name in katakana" },
  'guardian.phone': { ja: '保護者の電話番号', en: "Parent's phone number" },
  'child.birthMonth': {
    ja: 'お子さんの生まれた年月（出産予定の年月）',
    en: "Child's month of birth (or expected month)",
  },
  'address.postalCode': { ja: '郵便番号', en: 'Postal code' },
  'address.full': { ja: '住所（届け先）', en: 'Address (for delivery)' },
  'address.city': { ja: '住んでいる市区町村', en: 'City or ward you live in' },
};

const bilingual = (max: number) =>
  z.strictObject({ ja: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });

/** 32 bytes of an Ed25519 public key, base64. */
export const ed25519PublicKey = z
  .string()
  .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a base64 Ed25519 public key (32 bytes)');

export const providerSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  name: bilingual(100),
  /** the key that signs the provider's answers and acknowledgements */
  publicKey: ed25519PublicKey,
  privacy: z.strictObject({
    /** what the data is used for */
    purpose: bilingual(300),
    /** how long it is kept after the request, in days (then deleted) */
    retentionDays: z.number().int().min(1).max(3650),
    /** who else sees it (e.g. 第三者には提供しません) */
    sharing: bilingual(300),
    policyUrl: z.url({ protocol: /^https$/ }).max(300),
  }),
});
export type Provider = z.infer<typeof providerSchema>;

export const offerFieldSchema = z.strictObject({
  key: z.enum(OFFER_FIELDS),
  /** why the provider asks for it, in the provider's words */
  why: bilingual(200),
  /** the family may remove it from the request */
  optional: z.boolean(),
});
export type OfferField = z.infer<typeof offerFieldSchema>;

export const privateOfferSchema = registryRecordSchema
  .extend({
    category: z.enum(PRIVATE_OFFER_CATEGORIES),
    provider: providerSchema,
    fields: z.array(offerFieldSchema).min(1).max(OFFER_FIELDS.length),
    /** the record's texts in English (the registry's own are Japanese) */
    en: z.strictObject({
      name: z.string().trim().min(1).max(120),
      summary: z.string().trim().min(1).max(800),
      target: z.string().trim().min(1).max(400),
      support: z.string().trim().min(1).max(500),
      cost: z.string().trim().min(1).max(300),
      area: z.string().trim().min(1).max(120),
      conditions: z.string().trim().min(1).max(600).optional(),
    }),
  })
  .superRefine((o, ctx) => {
    const keys = o.fields.map((f) => f.key);
    keys.forEach((k, i) => {
      if (keys.indexOf(k) !== i)
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'key'], message: `"${k}" is asked twice` });
    });
    if ((o.target.conditions === undefined) !== (o.en.conditions === undefined))
      ctx.addIssue({ code: 'custom', path: ['en', 'conditions'], message: 'conditions need both languages' });
  });
export type PrivateOffer = z.infer<typeof privateOfferSchema>;

export const privateOfferFeedSchema = z.strictObject({
  format: z.literal(PRIVATE_OFFERS_FORMAT),
  publishedAt: z.iso.datetime(),
  offers: z.array(z.unknown()).max(500),
});

export interface PrivateOfferFeed {
  format: typeof PRIVATE_OFFERS_FORMAT;
  publishedAt: string;
  offers: PrivateOffer[];
}

/**
 * A feed read at the edge: the envelope must be right (else nothing is read);
 * each offer is validated on its own, a bad one left out and named.
 */
export function readPrivateOfferFeed(
  raw: unknown,
): { ok: true; feed: PrivateOfferFeed; problems: string[] } | { ok: false; problem: string } {
  const env = privateOfferFeedSchema.safeParse(raw);
  if (!env.success) {
    const i = env.error.issues[0];
    return { ok: false, problem: `${(i?.path ?? []).join('.') || 'feed'}: ${i?.message}` };
  }
  const offers: PrivateOffer[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  env.data.offers.forEach((o, index) => {
    const p = privateOfferSchema.safeParse(o);
    if (!p.success) {
      const i = p.error.issues[0];
      problems.push(`offers.${index}.${(i?.path ?? []).join('.')}: ${i?.message}`);
    } else if (seen.has(p.data.id)) problems.push(`offers.${index}.id: duplicate id "${p.data.id}"`);
    else {
      seen.add(p.data.id);
      offers.push(p.data);
    }
  });
  return {
    ok: true,
    feed: { format: PRIVATE_OFFERS_FORMAT, publishedAt: env.data.publishedAt, offers },
    problems,
  };
}

/** The categories the household opted in to (old files: the same values, read as categories). */
export function optedInCategories(h: Pick<Household, 'privateOffers'>): PrivateOfferCategory[] {
  const chosen = new Set<string>(h.privateOffers ?? []);
  return PRIVATE_OFFER_CATEGORIES.filter((c) => chosen.has(c));
}

export interface PrivateOfferMatch {
  offer: PrivateOffer;
  /** the child the offer is for (born in the age bounds, or expected); its facts fill `child.*` fields */
  child: string;
  /** free-text conditions: shown as 「条件を確認してください」, the family decides */
  checkConditions: boolean;
}

/** The children an offer's target concerns on `on`: born ones inside the age bounds, then expected ones. */
function childrenFor(offer: PrivateOffer, h: Household, on: CivilDate): string[] {
  const born = h.children.filter((c) => c.birthDate && withinAgeBounds(offer.target, c.birthDate, on));
  const expected = offer.target.expecting
    ? h.children.filter((c) => !c.birthDate && c.expectedBirthDate && c.expectedBirthDate >= on)
    : [];
  // the youngest born child first (the one a newborn offer is about)
  born.sort((a, b) => (a.birthDate! < b.birthDate! ? 1 : a.birthDate! > b.birthDate! ? -1 : 0));
  return [...born, ...expected].map((c) => c.id);
}

/**
 * The private offers this household would see on `on`: only in the categories
 * it opted in to, only where it lives, only in the procedure period, and only
 * for a child inside the age bounds (or expected, where the offer says so).
 * Decided from the household's own facts on the device; the order is the
 * categories' order, then the name — its own list, never the journey's.
 */
export function privateOffersFor(
  h: Household,
  offers: readonly PrivateOffer[],
  on: CivilDate,
): PrivateOfferMatch[] {
  const categories = optedInCategories(h);
  if (categories.length === 0) return [];
  const out: PrivateOfferMatch[] = [];
  for (const offer of offers) {
    if (!categories.includes(offer.category)) continue;
    if (!servesMunicipality(offer.area, h.municipalityCode)) continue;
    if (!inProcedurePeriod(offer.procedurePeriod, on)) continue;
    const child = childrenFor(offer, h, on)[0];
    if (!child) continue;
    out.push({ offer, child, checkConditions: needsCheck(offer) });
  }
  return out.sort(
    (a, b) =>
      categories.indexOf(a.offer.category) - categories.indexOf(b.offer.category) ||
      (a.offer.name < b.offer.name ? -1 : a.offer.name > b.offer.name ? 1 : 0),
  );
}

export interface OfferFieldValue {
  key: OfferFieldKey;
  label: { ja: string; en: string };
  why: { ja: string; en: string };
  optional: boolean;
  /** the household's value; null when the household has not recorded it */
  value: string | null;
}

/** The guardian whose facts are shared: the 請求者 if named, else the first guardian. */
function guardianOf(h: Household) {
  return h.guardians.find((g) => g.id === h.claimant) ?? h.guardians[0];
}

/** One household fact, as it would be sent; null when not recorded. */
export function householdFieldValue(h: Household, childId: string, key: OfferFieldKey): string | null {
  const g = guardianOf(h);
  const address = h.address ?? g?.address;
  const child = h.children.find((c) => c.id === childId);
  switch (key) {
    case 'guardian.name':
      return g ? `${g.familyName} ${g.givenName}` : null;
    case 'guardian.nameKana':
      return g ? `${g.familyNameKana} ${g.givenNameKana}` : null;
    case 'guardian.phone':
      return g?.phone ?? null;
    case 'child.birthMonth': {
      const d = child?.birthDate ?? child?.expectedBirthDate;
      return d && isCivilDate(d) ? d.slice(0, 7) : null;
    }
    case 'address.postalCode':
      return address?.postalCode ?? null;
    case 'address.full':
      return address
        ? `${address.prefecture}${address.city}${address.street}${address.building ? ` ${address.building}` : ''}`
        : null;
    case 'address.city':
      return address ? `${address.prefecture}${address.city}` : null;
  }
}

/** Exactly the fields the provider asks, each with the household's value, in the provider's order. */
export function offerFieldValues(h: Household, match: PrivateOfferMatch): OfferFieldValue[] {
  return match.offer.fields.map((f) => ({
    key: f.key,
    label: OFFER_FIELD_LABELS[f.key],
    why: f.why,
    optional: f.optional,
    value: householdFieldValue(h, match.child, f.key),
  }));
}

/** Required fields the household has not recorded: the request cannot be made until they are. */
export function missingRequiredFields(values: readonly OfferFieldValue[]): OfferFieldValue[] {
  return values.filter((v) => !v.optional && v.value === null);
}
