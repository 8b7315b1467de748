/**
 * `nonstop-notices/1`: the municipality's notice feed (自治体お知らせ: 健診 dates,
 * events, changes of rules), signed by the municipality. The app downloads the
 * WHOLE feed of its municipality — the request carries no identity and no
 * household attribute beyond the municipality's public code — and decides on
 * the device which notices concern the family (`noticesFor`).
 */
import { z } from 'zod';
import { parts, type CivilDate } from '../dates/civil-date';
import type { Household } from '../household/schema';

export const NOTICES_FORMAT = 'nonstop-notices/1';

export const noticeSchema = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(['checkup', 'event', 'rule-change']),
  title: z.strictObject({ ja: z.string(), en: z.string() }),
  body: z.strictObject({ ja: z.string(), en: z.string() }),
  /** the day it is about (a 健診 date, an event) or the day a rule changes */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  target: z.strictObject({
    /** a child of this age in whole months (inclusive) on `date`; absent: every family */
    childAgeMonths: z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0) }).optional(),
    /** expecting a child */
    expecting: z.boolean().optional(),
    /** part of the municipality: the address's street must start with one of these; absent: everywhere */
    areas: z.array(z.string().min(1)).optional(),
  }),
});
export type Notice = z.infer<typeof noticeSchema>;

export const noticeFeedSchema = z.strictObject({
  format: z.literal(NOTICES_FORMAT),
  municipalityCode: z.string().regex(/^\d{6}$/),
  publishedAt: z.string(),
  notices: z.array(noticeSchema).max(1000),
});
export type NoticeFeed = z.infer<typeof noticeFeedSchema>;

function monthsOld(birth: string, on: string): number {
  const b = parts(birth as CivilDate);
  const o = parts(on as CivilDate);
  return (o.year - b.year) * 12 + (o.month - b.month) - (o.day < b.day ? 1 : 0);
}

/** The notices that concern this household, on the device. Pure. */
export function noticesFor(feed: NoticeFeed, household: Household): Notice[] {
  if (feed.municipalityCode !== household.municipalityCode) return [];
  const street = household.address?.street ?? '';
  return feed.notices.filter((n) => {
    const t = n.target;
    if (t.areas && !t.areas.some((a) => street.startsWith(a))) return false;
    if (t.expecting && !household.children.some((c) => !c.birthDate && c.expectedBirthDate)) return false;
    if (t.childAgeMonths) {
      const { min, max } = t.childAgeMonths;
      const ok = household.children.some((c) => {
        if (!c.birthDate) return false;
        const m = monthsOld(c.birthDate, n.date);
        return m >= min && m <= max;
      });
      if (!ok) return false;
    }
    return true;
  });
}
