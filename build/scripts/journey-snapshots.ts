/**
 * Golden journeys of the fixture households, for a fixed date:
 *   npx tsx build/scripts/journey-snapshots.ts           check (what the test does)
 *   npx tsx build/scripts/journey-snapshots.ts --update  rewrite them, on purpose, after review
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { snapshotOf, SNAPSHOT_DATE } from '../../fixtures/journeys/snapshot';
import { parseHouseholdJson } from '../../core/household/schema';

const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let changed = 0;
for (const file of readdirSync(`${root}households`)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const h = parseHouseholdJson(readFileSync(`${root}households/${file}`, 'utf8'));
  if (!h.ok) throw new Error(`${file}: ${JSON.stringify(h.problems)}`);
  const text = `${JSON.stringify(snapshotOf(h.value, SNAPSHOT_DATE), null, 2)}\n`;
  const path = `${root}journeys/${file}`;
  let old = '';
  try {
    old = readFileSync(path, 'utf8');
  } catch {
    // new fixture
  }
  if (old !== text) {
    changed++;
    if (process.argv.includes('--update')) writeFileSync(path, text);
    console.log(`${process.argv.includes('--update') ? 'updated' : 'differs'}: journeys/${file}`);
  }
}
console.log(`${changed} snapshot(s) ${process.argv.includes('--update') ? 'written' : 'differ'}`);
