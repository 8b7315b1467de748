/**
 * `npm run bench -- journey`: 10,000 varied households; times their journeys and,
 * in the same run, JSON.parse of their files. Prints figures; asserts nothing.
 * Last line: { "households", "journeyMs", "parseMs", "ratio", … }.
 */
import { performance } from 'node:perf_hooks';
import { civilDate } from '../../core/dates/civil-date';
import { validateHousehold, type Household } from '../../core/household/schema';
import { computeJourney } from '../../core/journey/journey';
import { makeHouseholds } from './households';

const N = Number(process.env['BENCH_HOUSEHOLDS'] ?? 10_000);
const ON = civilDate('2026-11-21');

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

const files = makeHouseholds(N, ON);
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
