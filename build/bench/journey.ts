/**
 * `npm run bench -- journey`: 10,000 varied households; times their journeys and,
 * in the same run, JSON.parse of their files. Prints figures; asserts nothing.
 * Last line: { "households", "journeyMs", "parseMs", "ratio", … }.
 *
 * Method (decided here; the README's benchmark section says why):
 * - As a tester's `--batch` runs: each household file is parsed once, validated and
 *   its journey computed once, then dropped. JSON.parse and the journey are timed
 *   per household and summed; validation is timed apart.
 * - Each round uses 10,000 households never seen before (round 1 is the canonical
 *   seed), so neither side gains from seeing the same text or household twice;
 *   the median of ROUNDS rounds is reported (one round moves ±15 % on 2 cores).
 * - The engine is first warmed up on 2,000 other households, so the figure is the
 *   compiled engine's throughput, not V8 compiling it; the very first journey of the
 *   process (catalog load and compile included) is printed as `coldMs`.
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
const t0 = performance.now();
computeJourney(first as Household, ON);
const coldMs = performance.now() - t0;

// Warm-up on other households.
const warm = makeHouseholds(2_000, ON, 4242);
for (const h of validated(warm)) computeJourney(h, ON);
for (const f of warm) JSON.parse(f);

const parseRuns: number[] = [];
const journeyRuns: number[] = [];
const validateRuns: number[] = [];
const perHousehold: number[] = [];
let items = 0; // journey items of round 1 (the canonical households)
let bytes = 0;
for (let r = 0; r < ROUNDS; r++) {
  const files = makeHouseholds(N, ON, r === 0 ? undefined : 20261121 + r);
  if (r === 0) bytes = files.reduce((s, f) => s + f.length, 0);
  let parseMs = 0;
  let validateMs = 0;
  let journeyMs = 0;
  for (const file of files) {
    const t1 = performance.now();
    const json: unknown = JSON.parse(file);
    const t2 = performance.now();
    const v = validateHousehold(json);
    const t3 = performance.now();
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    const n = computeJourney(v.value, ON).items.length;
    const t4 = performance.now();
    parseMs += t2 - t1;
    validateMs += t3 - t2;
    journeyMs += t4 - t3;
    perHousehold.push(t4 - t3);
    if (r === 0) items += n;
  }
  parseRuns.push(parseMs);
  validateRuns.push(validateMs);
  journeyRuns.push(journeyMs);
}
perHousehold.sort((a, b) => a - b);
const p = (q: number) =>
  perHousehold[Math.min(perHousehold.length - 1, Math.floor(q * perHousehold.length))] as number;
const journeyMs = median(journeyRuns);
const parseMs = median(parseRuns);
const validateMs = median(validateRuns);

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
  `validation (median): ${round(validateMs)} ms; first journey of the process: ${round(coldMs)} ms`,
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
