/**
 * Offers that come to the family (issue 20, 申請主義の見直し): when the
 * municipality registers a birth it prepares the 児童手当 認定請求 for the
 * household, prefilled from what it holds (the register's child and claimant),
 * signed (`nonstop-offer/1`, detached CMS by the municipality's key) and posted
 * to the mailboxes the family registered (core/mailbox.ts): nothing about the
 * family is sent to pick it up. The app verifies it, shows what it would
 * change in the household (the one diff), and the parent confirms with the
 * 署名用 password; nothing is applied unasked.
 *
 * Pure: the format, and the household as it is once the offer's facts are
 * taken (`householdWithOffer`): the unborn child whose due date is nearest the
 * birth becomes the born child; with none, the child is added.
 */
import { z } from 'zod';
import { compare, daysBetween, type CivilDate } from './dates/civil-date';
import type { Household } from './household/schema';
import type { DiffRow } from './records/resident-diff';

export const OFFER_FORMAT = 'nonstop-offer/1';
export const OFFER_ID = /^[A-Za-z0-9_-]{22}$/;

const civil = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const offerSchema = z.strictObject({
  format: z.literal(OFFER_FORMAT),
  offerId: z.string().regex(OFFER_ID),
  municipalityCode: z.string().regex(/^\d{6}$/),
  issuedAt: z.iso.datetime(),
  /** what happened at the municipality that made the offer */
  event: z.literal('birth-registered'),
  /** the procedure offered, prefilled (the app's own online form of that procedure) */
  procedure: z.literal('child-allowance-application'),
  child: z.strictObject({
    familyName: z.string().min(1).max(40),
    givenName: z.string().min(1).max(40),
    familyNameKana: z.string().min(1).max(80),
    givenNameKana: z.string().min(1).max(80),
    birthDate: civil,
    sex: z.enum(['female', 'male']),
  }),
  /** the parent the register names as the claimant */
  claimant: z.strictObject({
    familyName: z.string().min(1).max(40),
    givenName: z.string().min(1).max(40),
    birthDate: civil,
  }),
});
export type MunicipalOffer = z.infer<typeof offerSchema>;

type Child = Household['children'][number];

/** The household's child the offer is about: the same birth date, else the unborn child due nearest, else none. */
export function offerChild(h: Household, offer: MunicipalOffer): Child | undefined {
  const born = offer.child.birthDate as CivilDate;
  const same = h.children.find((c) => c.birthDate === born);
  if (same) return same;
  const unborn = h.children.filter((c) => !c.birthDate && c.expectedBirthDate);
  return unborn.sort(
    (a, b) =>
      Math.abs(daysBetween(a.expectedBirthDate as CivilDate, born)) -
      Math.abs(daysBetween(b.expectedBirthDate as CivilDate, born)),
  )[0];
}

const FIELDS = ['familyName', 'givenName', 'familyNameKana', 'givenNameKana', 'birthDate', 'sex'] as const;

/** The offer's child beside the household's (the one diff screen's rows; all applicable). */
export function diffOffer(h: Household, offer: MunicipalOffer): DiffRow[] {
  const c = offerChild(h, offer);
  const who = `${offer.child.familyName} ${offer.child.givenName}`;
  return FIELDS.map((f) => {
    const mine = c ? (((c as Record<string, unknown>)[f] as string | undefined) ?? null) : null;
    return {
      key: `child:${f}`,
      who,
      field: f,
      record: offer.child[f],
      household: mine,
      same: mine === offer.child[f],
      applicable: true,
      kind: f === 'birthDate' ? 'date' : f === 'sex' ? 'sex' : 'text',
      memberFound: c !== undefined,
    };
  });
}

/**
 * The household with the offer's child taken in (a new object; validate before saving) and the
 * child's id, for the prefilled application. The expected date gives way to the birth date.
 */
export function householdWithOffer(
  h: Household,
  offer: MunicipalOffer,
): { household: Household; child: string } {
  const next = JSON.parse(JSON.stringify(h)) as Household;
  const found = offerChild(h, offer);
  const facts = { ...offer.child } as Partial<Child>;
  if (found) {
    const target = next.children.find((c) => c.id === found.id) as Child;
    Object.assign(target, facts);
    delete target.expectedBirthDate;
    return { household: next, child: found.id };
  }
  const ids = new Set(next.children.map((c) => c.id));
  let n = next.children.length + 1;
  while (ids.has(`child-${n}`)) n++;
  const child = { id: `child-${n}`, supported: true, ...facts } as Child;
  next.children.push(child);
  next.children.sort((a, b) =>
    a.birthDate && b.birthDate ? compare(a.birthDate as CivilDate, b.birthDate as CivilDate) : 0,
  );
  return { household: next, child: child.id };
}
