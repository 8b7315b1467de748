/**
 * `npm run bench -- journey`: 10,000 varied households; times their journeys and,
 * in the same run, JSON.parse of their files. Prints figures; asserts nothing.
 * Last line: { "households", "journeyMs", "parseMs", "ratio", … }.
 */
import { performance } from 'node:perf_hooks';
import { addDays, civilDate, dayNumber, fromDayNumber } from '../../core/dates/civil-date';
import { validateHousehold, type Household } from '../../core/household/schema';
import { computeJourney } from '../../core/journey/journey';
import { knownItemIds } from '../../core/catalog/catalog';

const N = Number(process.env['BENCH_HOUSEHOLDS'] ?? 10_000);
const ON = civilDate('2026-11-21');

// A small seeded PRNG (mulberry32) so every run measures the same households.
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeHouseholds(n: number): string[] {
  const rand = prng(20261121);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const ids = [...knownItemIds()];
  const base = dayNumber(ON);
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const children = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, k) =>
      rand() < 0.15
        ? { id: `c${k}`, expectedBirthDate: fromDayNumber(base + Math.floor(rand() * 250)) }
        : {
            id: `c${k}`,
            birthDate: fromDayNumber(base - Math.floor(rand() * 365 * 7)),
            familyName: '試験',
            givenName: '子',
            familyNameKana: 'シケン',
            givenNameKana: 'コ',
            ...(rand() < 0.1 ? { birthWeightGrams: 1800 + Math.floor(rand() * 2500) } : {}),
          },
    );
    const h = {
      format: 'nonstop-household/1',
      municipalityCode: pick(['131121', '141003', '271004', '131016']),
      singleParent: rand() < 0.1,
      guardians: [
        {
          id: 'mother',
          familyName: '試験',
          givenName: '花子',
          familyNameKana: 'シケン',
          givenNameKana: 'ハナコ',
          birthDate: '1990-01-01',
          relationship: 'mother',
          employment: pick(['employee', 'self-employed', 'civil-servant', 'none'] as const),
          insurance: pick(['employee', 'national', 'mutual-aid'] as const),
        },
        ...(rand() < 0.8
          ? [
              {
                id: 'father',
                familyName: '試験',
                givenName: '太郎',
                familyNameKana: 'シケン',
                givenNameKana: 'タロウ',
                birthDate: '1989-01-01',
                relationship: 'father',
                employment: pick(['employee', 'self-employed', 'civil-servant'] as const),
                insurance: pick(['employee', 'national', 'mutual-aid'] as const),
              },
            ]
          : []),
      ],
      children,
      completed: Array.from({ length: Math.floor(rand() * 15) }, () => ({
        item: pick(ids),
        child: pick(children).id,
        on: addDays(ON, -Math.floor(rand() * 700)),
      })),
    };
    files.push(JSON.stringify(h, null, 2));
  }
  return files;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

const files = makeHouseholds(N);
const bytes = files.reduce((s, f) => s + f.length, 0);

// Warm-up (JIT, catalog load), then measure.
for (const f of files.slice(0, 200)) {
  const r = validateHousehold(JSON.parse(f));
  if (r.ok) computeJourney(r.value, ON);
}
const [parsed, parseMs] = time(() => files.map((f) => JSON.parse(f) as unknown));
const [households, validateMs] = time(() =>
  parsed.map((p) => {
    const r = validateHousehold(p);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.value;
  }),
);
const perHousehold: number[] = [];
let items = 0;
const [, journeyMs] = time(() => {
  for (const h of households as Household[]) {
    const t0 = performance.now();
    items += computeJourney(h, ON).items.length;
    perHousehold.push(performance.now() - t0);
  }
});
perHousehold.sort((a, b) => a - b);
const p = (q: number) =>
  perHousehold[Math.min(perHousehold.length - 1, Math.floor(q * perHousehold.length))] as number;
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

console.log(`households: ${N} (${(bytes / 1e6).toFixed(1)} MB of JSON, ${items} journey items)`);
console.log(
  `JSON.parse: ${round(parseMs)} ms; validation: ${round(validateMs)} ms; journeys: ${round(journeyMs)} ms`,
);
console.log(
  `per household journey: p50 ${round(p(0.5), 3)} ms, p99 ${round(p(0.99), 3)} ms, max ${round(p(1), 3)} ms`,
);
console.log(
  JSON.stringify({
    households: N,
    journeyMs: round(journeyMs),
    parseMs: round(parseMs),
    ratio: round(journeyMs / parseMs),
    validateMs: round(validateMs),
    p99Ms: round(p(0.99), 3),
  }),
);
