/**
 * Properties of the journey over random households (fast-check):
 * the same output in every time zone, no window that opens after it closes,
 * statuses that only move forward as the date moves forward, and no crash on
 * any mutation of a valid household (a journey or a clean validation error).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, dayNumber, civilDate, type CivilDate } from '../dates/civil-date';
import { knownItemIds } from '../catalog/catalog';
import { validateHousehold, type Household } from '../household/schema';
import { computeJourney, type ItemStatus, type JourneyItem } from './journey';

declare const process: { env: Record<string, string | undefined> };

const D0 = dayNumber(civilDate('2014-01-01'));
const D1 = dayNumber(civilDate('2031-12-31'));
const date = (from = D0, to = D1) => fc.integer({ min: from, max: to }).map((n) => fromDayNumber(n));
const ids = [...knownItemIds()];

const guardian = (id: string, relationship: 'mother' | 'father') =>
  fc.record({
    id: fc.constant(id),
    familyName: fc.constant('試験'),
    givenName: fc.constantFrom('花子', '太郎'),
    familyNameKana: fc.constant('シケン'),
    givenNameKana: fc.constantFrom('ハナコ', 'タロウ'),
    birthDate: date(dayNumber(civilDate('1975-01-01')), dayNumber(civilDate('2004-01-01'))),
    relationship: fc.constant(relationship),
    employment: fc.constantFrom('employee', 'self-employed', 'civil-servant', 'none'),
    insurance: fc.constantFrom('employee', 'national', 'mutual-aid'),
  });

const child = (id: string, on: CivilDate) =>
  fc.oneof(
    fc.record({
      id: fc.constant(id),
      birthDate: date(D0, dayNumber(on)),
      familyName: fc.constant('試験'),
      givenName: fc.constant('子'),
      familyNameKana: fc.constant('シケン'),
      givenNameKana: fc.constant('コ'),
      supported: fc.boolean(),
      birthWeightGrams: fc.option(fc.integer({ min: 800, max: 4500 }), { nil: undefined }),
      disability: fc.option(fc.constant({}), { nil: undefined }),
      rotavirusVaccine: fc.option(fc.constantFrom('monovalent', 'pentavalent'), { nil: undefined }),
    }),
    fc.record({
      id: fc.constant(id),
      expectedBirthDate: date(dayNumber(on), dayNumber(on) + 280),
      supported: fc.constant(true),
    }),
  );

const household = (on: CivilDate) =>
  fc
    .record({
      municipalityCode: fc.constantFrom('131121', '141003', '271004', '131016'),
      guardians: fc.oneof(
        fc.tuple(guardian('mother', 'mother')),
        fc.tuple(guardian('mother', 'mother'), guardian('father', 'father')),
      ),
      children: fc
        .integer({ min: 1, max: 3 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => child(`c${i}`, on)))),
      singleParent: fc.boolean(),
      privateOffers: fc.subarray([
        'diaper-subscription',
        'education-endowment-insurance',
        'newborn-photo-studio',
        'childcare-goods-rental',
      ]),
    })
    .chain((h) =>
      fc
        .array(
          fc.record({
            item: fc.constantFrom(...ids),
            child: fc.constantFrom(...h.children.map((c) => c.id)),
            on: date(D0, dayNumber(on)),
          }),
          { maxLength: 12 },
        )
        .map((completed) => ({ format: 'nonstop-household/1', ...h, completed })),
    );

function valid(json: unknown): Household {
  const r = validateHousehold(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

const onDate = date(dayNumber(civilDate('2020-01-01')), dayNumber(civilDate('2030-12-31')));
const scenario = onDate.chain((on) => household(on).map((h) => ({ on, h: valid(h) })));

const RANK: Record<ItemStatus, number> = {
  upcoming: 0,
  due: 1,
  overdue: 2,
  missed: 3,
  'not-applicable': 3,
  done: 4,
};
const itemKey = (i: JourneyItem) => `${i.id}/${i.child}/${i.guardian ?? ''}`;

describe('journey properties', () => {
  it('is identical in every time zone', () => {
    const zones = ['UTC', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
    const original = process.env['TZ'];
    try {
      fc.assert(
        fc.property(scenario, ({ on, h }) => {
          const outputs = zones.map((tz) => {
            process.env['TZ'] = tz; // Node applies a new TZ immediately
            return JSON.stringify(computeJourney(h, on));
          });
          expect(new Set(outputs).size).toBe(1);
        }),
        { numRuns: 60 },
      );
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
  });

  it('never opens an item after it closes', () => {
    fc.assert(
      fc.property(scenario, ({ on, h }) => {
        for (const i of computeJourney(h, on).items) {
          if (i.opens && i.closes)
            expect(i.opens <= i.closes, `${itemKey(i)} ${i.opens} > ${i.closes}`).toBe(true);
          if (i.estimated?.opens && i.estimated.closes)
            expect(i.estimated.opens <= i.estimated.closes, itemKey(i)).toBe(true);
          if (i.status === 'not-applicable') expect([i.opens, i.due, i.closes]).toEqual([null, null, null]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('moves statuses only forward as the date moves forward', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 2000 }), ({ on, h }, step) => {
        const before = computeJourney(h, on).items;
        const after = new Map(computeJourney(h, addDays(on, step)).items.map((i) => [itemKey(i), i]));
        for (const i of before) {
          const later = after.get(itemKey(i));
          if (!later) continue; // the child started school: the journey ends there
          expect(RANK[later.status] >= RANK[i.status], `${itemKey(i)}: ${i.status} → ${later.status}`).toBe(
            true,
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers any mutation of a valid household with a journey or a clean validation error', () => {
    const mutation = fc.record({
      path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      value: fc.oneof(fc.anything(), fc.constant(undefined)),
    });
    fc.assert(
      fc.property(scenario, mutation, ({ on, h }, m) => {
        const json = JSON.parse(JSON.stringify(h)) as Record<string, unknown>;
        let node: unknown = json;
        for (let depth = 0; depth < m.path.length; depth++) {
          if (node === null || typeof node !== 'object') break;
          const keys = Object.keys(node as object);
          if (keys.length === 0) break;
          const k = keys[(m.path[depth] as number) % keys.length] as string;
          if (depth === m.path.length - 1 || typeof (node as Record<string, unknown>)[k] !== 'object') {
            (node as Record<string, unknown>)[k] = m.value;
            break;
          }
          node = (node as Record<string, unknown>)[k];
        }
        const r = validateHousehold(JSON.parse(JSON.stringify(json) ?? 'null'));
        if (r.ok) expect(() => computeJourney(r.value, on)).not.toThrow();
        else for (const p of r.problems) expect(p.path.length > 0 && p.message.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
