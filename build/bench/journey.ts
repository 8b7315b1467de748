/**
 * `npm run bench -- journey`: 10,000 varied households; times their journeys and,
 * in the same run, JSON.parse of their files. Prints figures; asserts nothing.
 * Last line: { "households", "journeyMs", "parseMs", "ratio", … }.
 *
 * Method (decided here, see the README's benchmark section):
 * - The engine is warmed up first on 2,000 *other* households (another seed), so the
 *   figure is the compiled engine's throughput, not V8 compiling it; JSON.parse is
 *   native and needs no warm-up, but gets the same treatment. The very first journey
 *   of the process (catalog load and compile included) is printed as `coldMs`.
 * - Each measurement runs ROUNDS times over all 10,000 households and the median is
 *   reported, for JSON.parse and journeys alike: one round of either moves ±15 % on a
 *   2-core machine.
 * - Nothing is memoised across households: the measured households were never seen
 *   before the first round (each round computes every journey in full).
 */
import { performance } from 'node:perf_hooks';
import { civilDate } from '../../core/dates/civil-date';
import { validateHousehold, type Household } from '../../core/household/schema';
import { computeJourney } from '../../core/journey/journey';
import { makeHouseholds } from './households';

const N = Number(process.env['BENCH_HOUSEHOLDS'] ?? 10_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 5);
const ON = civilDate('2026-11-21');

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

function validated(files: string[]): Household[] {
  return files.map((f) => {
    const r = validateHousehold(JSON.parse(f));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return r.value;
  });
}

// The first journey of the process: catalog validation and compile, tables, an unoptimised engine.
const [first] = validated(makeHouseholds(1, ON, 1));
let t0 = performance.now();
computeJourney(first as Household, ON);
const coldMs = performance.now() - t0;

// Warm-up on other households.
const warm = makeHouseholds(2_000, ON, 4242);
for (const h of validated(warm)) computeJourney(h, ON);
for (const f of warm) JSON.parse(f);

const files = makeHouseholds(N, ON);
const bytes = files.reduce((s, f) => s + f.length, 0);

t0 = performance.now();
const households = validated(files);
const validateMs = performance.now() - t0; // parse + validate, once

const parseRuns: number[] = [];
const journeyRuns: number[] = [];
const perHousehold: number[] = [];
let items = 0;
for (let r = 0; r < ROUNDS; r++) {
  t0 = performance.now();
  for (const f of files) JSON.parse(f);
  parseRuns.push(performance.now() - t0);

  items = 0;
  const start = performance.now();
  for (const h of households) {
    const t1 = performance.now();
    items += computeJourney(h, ON).items.length;
    perHousehold.push(performance.now() - t1);
  }
  journeyRuns.push(performance.now() - start);
}
perHousehold.sort((a, b) => a - b);
const p = (q: number) =>
  perHousehold[Math.min(perHousehold.length - 1, Math.floor(q * perHousehold.length))] as number;
const journeyMs = median(journeyRuns);
const parseMs = median(parseRuns);

console.log(
  `households: ${N} (${(bytes / 1e6).toFixed(1)} MB of JSON, ${items} journey items), ${ROUNDS} rounds`,
);
console.log(
  `JSON.parse per round: ${parseRuns.map((x) => round(x, 1)).join(', ')} ms (median ${round(parseMs)})`,
);
console.log(
  `journeys per round:   ${journeyRuns.map((x) => round(x, 1)).join(', ')} ms (median ${round(journeyMs)})`,
);
console.log(
  `parse + validation, once: ${round(validateMs)} ms; first journey of the process: ${round(coldMs)} ms`,
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
    coldMs: round(coldMs),
    rounds: ROUNDS,
  }),
);
