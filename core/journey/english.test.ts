/**
 * The English journey (`lang: 'en'`): the same journey as the Japanese one in every id, date, status and
 * amount, with its texts in English. Japanese may remain only in the family's own names and in a
 * Japanese term given in parentheses after its English (the name on the paper or at the counter).
 */
import { describe, expect, it } from 'vitest';
import { civilDate } from '../dates/civil-date';
import { validateHousehold, type Household } from '../household/schema';
import aprilFirstBirthday from '../../fixtures/households/april-first-birthday.json';
import civilServant from '../../fixtures/households/civil-servant.json';
import expectingFirstChild from '../../fixtures/households/expecting-first-child.json';
import fiveYearOld from '../../fixtures/households/five-year-old.json';
import lateBirthRegistration from '../../fixtures/households/late-birth-registration.json';
import movedMunicipality from '../../fixtures/households/moved-municipality.json';
import newbornFamily from '../../fixtures/households/newborn-family.json';
import selfEmployed from '../../fixtures/households/self-employed.json';
import singleParent from '../../fixtures/households/single-parent.json';
import threeChildren from '../../fixtures/households/three-children.json';
import toddlerVaccinations from '../../fixtures/households/toddler-vaccinations.json';
import twins from '../../fixtures/households/twins.json';
import { computeJourney, type Journey } from './journey';

// Every fixture household (a new fixture in fixtures/households is added here too).
const fixtures: Record<string, unknown> = {
  'april-first-birthday.json': aprilFirstBirthday,
  'civil-servant.json': civilServant,
  'expecting-first-child.json': expectingFirstChild,
  'five-year-old.json': fiveYearOld,
  'late-birth-registration.json': lateBirthRegistration,
  'moved-municipality.json': movedMunicipality,
  'newborn-family.json': newbornFamily,
  'self-employed.json': selfEmployed,
  'single-parent.json': singleParent,
  'three-children.json': threeChildren,
  'toddler-vaccinations.json': toddlerVaccinations,
  'twins.json': twins,
};

const households: [string, Household][] = Object.entries(fixtures).map(([path, json]) => {
  const r = validateHousehold(json);
  if (!r.ok) throw new Error(`${path}: ${JSON.stringify(r.problems)}`);
  return [path, r.value];
});

const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆〜・「」（）、。]/u;

/** The text with the family's own names and every parenthesised Japanese term taken out. */
function withoutAllowedJapanese(text: string, h: Household): string {
  let out = text;
  const names = [
    ...h.guardians.flatMap((g) => [g.familyName, g.givenName]),
    ...h.children.flatMap((c) => [c.familyName, c.givenName].filter((n): n is string => !!n)),
  ].sort((a, b) => b.length - a.length);
  for (const n of names) out = out.split(n).join('');
  return out.replace(/\([^()]*\)/g, (m) => (JAPANESE.test(m) && !/[A-Za-z]{3}/.test(m) ? '' : m));
}

/** Every text of a journey a parent reads, with where it is. */
function texts(j: Journey): [string, string][] {
  const out: [string, string][] = [];
  for (const i of j.items) {
    const at = `${i.id}/${i.child ?? ''}/${i.guardian ?? ''}`;
    out.push([`${at} rule`, i.why.rule], [`${at} legalBasis`, i.why.legalBasis]);
    i.why.facts.forEach((f, n) => out.push([`${at} facts[${n}]`, f]));
    if (i.why.appliesWhen) out.push([`${at} appliesWhen`, i.why.appliesWhen]);
    if (i.why.unverified) out.push([`${at} unverified`, i.why.unverified]);
    i.documents.forEach((d, n) => out.push([`${at} documents[${n}]`, d]));
  }
  j.childAllowance.notes.forEach((n, k) => out.push([`childAllowance.notes[${k}]`, n]));
  return out;
}

/** The journey without its language-dependent texts. */
function skeleton(j: Journey): unknown {
  return {
    ...j,
    items: j.items.map((i) => ({
      ...i,
      documents: i.documents.length,
      why: { facts: i.why.facts.length, source: i.why.source, unverified: !!i.why.unverified },
    })),
    childAllowance: { ...j.childAllowance, notes: j.childAllowance.notes.length },
  };
}

const DATES = ['2024-09-15', '2024-10-20', '2025-06-01', '2026-11-21', '2027-04-01', '2028-03-03'];

describe('the English journey', () => {
  it.each(households)('%s: same ids, dates, statuses and amounts as the Japanese one', (_, h) => {
    for (const on of DATES) {
      const ja = computeJourney(h, civilDate(on));
      const en = computeJourney(h, civilDate(on), { lang: 'en' });
      expect(skeleton(en)).toEqual(skeleton(ja));
    }
  });

  it.each(households)('%s: no Japanese outside names and parenthesised terms', (_, h) => {
    for (const on of DATES) {
      const bad = texts(computeJourney(h, civilDate(on), { lang: 'en' })).filter(([, text]) =>
        JAPANESE.test(withoutAllowedJapanese(text, h)),
      );
      expect(bad, on).toEqual([]);
    }
  });

  it('the positive control: the Japanese journey fails the same check', () => {
    const [, h] = households[0] as [string, Household];
    const ja = texts(computeJourney(h, civilDate('2026-11-21')));
    expect(ja.filter(([, text]) => JAPANESE.test(withoutAllowedJapanese(text, h))).length).toBeGreaterThan(
      10,
    );
  });

  it('says dates as "21 Nov 2026" and amounts in yen', () => {
    const h = households.find(([f]) => f === 'newborn-family.json')?.[1] as Household;
    const en = computeJourney(h, civilDate('2026-11-21'), { lang: 'en' });
    const reg = en.items.find((i) => i.id === 'birth-registration');
    // 戸籍法49条: born 2026-11-12, the 14th day counted from the birth is 2026-11-25.
    expect(reg?.why.facts).toContain('Deadline 25 Nov 2026');
    const claim = en.items.find((i) => i.id === 'child-allowance-application');
    expect(claim?.why.facts).toContain('¥15,000 a month');
  });

  it('Japanese stays the default', () => {
    const [, h] = households[0] as [string, Household];
    expect(computeJourney(h, civilDate('2026-11-21'))).toEqual(
      computeJourney(h, civilDate('2026-11-21'), { lang: 'ja' }),
    );
  });
});
