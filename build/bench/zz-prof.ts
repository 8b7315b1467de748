import { civilDate } from '../../core/dates/civil-date';
import { validateHousehold, type Household } from '../../core/household/schema';
import { computeJourney } from '../../core/journey/journey';
import { makeHouseholds } from './households';
const ON = civilDate('2026-11-21');
const hs = makeHouseholds(10000, ON).map(
  (f) => (validateHousehold(JSON.parse(f)) as { value: Household }).value,
);
for (let r = 0; r < 8; r++) {
  const t0 = performance.now();
  let n = 0;
  for (const h of hs) n += computeJourney(h, ON).items.length;
  console.log(r, (performance.now() - t0).toFixed(1), n);
}
