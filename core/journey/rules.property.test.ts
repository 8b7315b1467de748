/**
 * Properties of issue 8's rules over random children (fast-check): intervals never shorter than the
 * law's N+1 days, standard periods inside the routine windows, 児童扶養手当 never more than the first
 * child's amount plus one addition per further child, and a journey for every valid household over the
 * whole supported date range (1900–2150), however implausible.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import { addDays, dayNumber, fromDayNumber, civilDate, type CivilDate } from '../dates/civil-date';
import { addCalendarMonths } from '../dates/offsets';
import { catalog, knownItemIds } from '../catalog/catalog';
import { amountsOn, CHILD_REARING_AMOUNTS } from '../benefits/fiscal-year-amounts';
import { validateHousehold, type Household } from '../household/schema';
import { computeJourney } from './journey';
import { compiledCatalog, ruleDay } from './plan';

const day = (s: string) => dayNumber(civilDate(s));
const dateIn = (from: number, to: number) => fc.integer({ min: from, max: to }).map(fromDayNumber);

function withChildren(
  children: Record<string, unknown>[],
  patch: (h: Record<string, any>) => void = () => {},
): Household {
  const json = JSON.parse(JSON.stringify(newborn)) as Record<string, any>;
  json.children = children;
  json.completed = [];
  patch(json);
  const r = validateHousehold(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const born = (id: string, birthDate: string) => ({
  id,
  birthDate,
  familyName: '試験',
  givenName: '子',
  familyNameKana: 'シケン',
  givenNameKana: 'コ',
});

const ids = [...knownItemIds()];

describe('rule properties', () => {
  const vaccines = catalog().vaccines.filter((v) => v.catchUp !== 'pcv');

  it('never opens a dose less than "N日以上" + 1 day (or N months) after the dose it follows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...vaccines),
        dateIn(day('2024-04-01'), day('2030-12-31')),
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 4, maxLength: 4 }),
        (v, birth, gaps) => {
          // Doses recorded at random gaps (some shorter than the interval: the next dose must still wait).
          let at = addDays(birth, 40);
          const done = v.doses.slice(0, -1).map((d, i) => {
            at = addDays(at, gaps[i] as number);
            return { item: `${v.id}-${d.n}`, child: 'c', on: at };
          });
          const h = withChildren([born('c', birth)], (json) => (json.completed = done));
          const items = computeJourney(h, addDays(at, 1)).items;
          for (const d of v.doses) {
            if (!d.after) continue;
            const it = items.find((i) => i.id === `${v.id}-${d.n}`);
            const prev = done.find((c) => c.item === `${v.id}-${d.after?.dose}`);
            if (!it?.opens || !prev) continue;
            const earliest = d.after.months
              ? addCalendarMonths(prev.on, d.after.months)
              : addDays(prev.on, (d.after.days ?? 0) + 1);
            expect(it.opens >= earliest, `${it.id}: ${it.opens} < ${earliest}`).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never opens a PCV dose within 27 days (28 from the previous) of the last recorded dose', () => {
    fc.assert(
      fc.property(
        dateIn(day('2024-04-01'), day('2030-12-31')),
        fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 3 }),
        (birth, gaps) => {
          let at = addDays(birth, 60);
          const done = gaps.map((g, i) => ({ item: `pcv-${i + 1}`, child: 'c', on: (at = addDays(at, g)) }));
          const items = computeJourney(
            withChildren([born('c', birth)], (json) => (json.completed = done)),
            addDays(at, 1),
          ).items;
          const last = done[done.length - 1]?.on as CivilDate;
          for (const i of items)
            if (i.id.startsWith('pcv-') && i.opens && !i.doneOn && Number(i.id.slice(4)) > done.length)
              expect(i.opens >= addDays(last, 28), `${i.id} ${i.opens} after ${last}`).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps every standard period (over the birth) inside the routine window', () => {
    const plan = compiledCatalog(catalog());
    fc.assert(
      fc.property(fc.integer({ min: day('1990-01-01'), max: day('2140-12-31') }), (birth) => {
        for (const vp of plan.vaccines)
          for (const d of [...vp.monovalent, ...vp.pentavalent]) {
            const r = d.recommended;
            if (!r) continue;
            if (r.from.rule) expect(ruleDay(r.from.rule, birth) >= ruleDay(d.opens, birth), d.id).toBe(true);
            if (r.to.rule) expect(ruleDay(r.to.rule, birth) <= ruleDay(d.closes, birth), d.id).toBe(true);
          }
      }),
      { numRuns: 500 },
    );
  });

  it('pays 児童扶養手当 no more than the first child plus one addition per further child', () => {
    fc.assert(
      fc.property(
        dateIn(day('2024-04-01'), day('2030-03-31')),
        fc.array(dateIn(day('2008-04-02'), day('2030-03-31')), { minLength: 1, maxLength: 6 }),
        (on, births) => {
          const h = withChildren(
            births.map((b, i) => born(`c${i}`, b)),
            (json) => {
              json.singleParent = true;
              json.guardians = [json.guardians[1]];
              delete json.claimant;
            },
          );
          const all = computeJourney(h, on).items.filter((i) => i.id === 'child-rearing-allowance');
          const paid = all.filter((i) => i.status === 'due' || i.status === 'overdue');
          // One claim for the household: never a second item while a child counts.
          expect(paid.length).toBeLessThanOrEqual(1);
          const claim = paid[0];
          if (!claim) return;
          const a = amountsOn(CHILD_REARING_AMOUNTS, on).amounts;
          const parts = claim.perChild ?? [];
          expect(parts.length).toBeGreaterThanOrEqual(1);
          expect(parts.length).toBeLessThanOrEqual(births.length);
          expect(parts[0]?.yen).toBe(a.first);
          for (const p of parts.slice(1)) expect(p.yen).toBeLessThanOrEqual(Math.max(a.second, a.third));
          expect(claim.amount?.yen).toBe(parts.reduce((t, p) => t + p.yen, 0));
          expect(claim.amount?.yen).toBeLessThanOrEqual(
            a.first + (parts.length - 1) * Math.max(a.second, a.third),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives a journey for every valid household over the whole supported range, notices for the implausible', () => {
    const any = dateIn(day('1900-01-01'), day('2150-12-31'));
    fc.assert(
      fc.property(
        any,
        any,
        any,
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...ids), any), { maxLength: 8 }),
        (on, birth, expected, both, done) => {
          const h = withChildren(
            [
              both ? { ...born('a', birth), expectedBirthDate: expected } : born('a', birth),
              { id: 'b', expectedBirthDate: expected },
            ],
            (json) => {
              json.completed = done.map(([item, d], i) => ({ item, child: i % 2 ? 'a' : 'b', on: d }));
              json.declined = done
                .slice(0, 2)
                .map(([item, d]) => ({ item, child: 'a', reason: 'テスト', on: d }));
            },
          );
          const j = computeJourney(h, on);
          expect(j.format).toBe('nonstop-journey/1');
          if (birth > on) expect(j.notices.join()).toContain('children.a.birthDate');
        },
      ),
      { numRuns: 400 },
    );
  });
});
