/**
 * Issue 19 item 15: `journey --batch` streams. The streamed --json is byte for
 * byte the document the command always printed; --ndjson is a header line and
 * one line per household; invalid households still give exit 1 (and, for text
 * and --json, the answer on stderr as before). Bounded memory for 100,000
 * households is measured by `npm run bench -- batch` (a figure, not a test).
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeJourney } from '../../core/journey/journey';
import { parseHouseholdJson } from '../../core/household/schema';
import { civilDate } from '../../core/dates/civil-date';
import { run } from './cli';

const households = fileURLToPath(new URL('../../fixtures/households/', import.meta.url));
const ON = civilDate('2026-11-21');

/** What the command printed before it streamed: the whole document in one JSON.stringify. */
function wholeDocument(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const results = files.map((f) => {
    const r = parseHouseholdJson(readFileSync(join(dir, f), 'utf8'));
    return r.ok
      ? { file: f, ok: true, journey: computeJourney(r.value, ON) }
      : { file: f, ok: false, problems: r.problems };
  });
  return JSON.stringify({ format: 'nonstop-journey-batch/1', on: ON, results }, null, 2);
}

async function streamed(argv: string[]) {
  const chunks: { chunk: string; toStderr: boolean }[] = [];
  const r = await run(argv, Date.now, (chunk, toStderr) => {
    chunks.push({ chunk, toStderr });
  });
  return { ...r, chunks, text: chunks.map((c) => c.chunk).join('') };
}

describe('journey --batch, streamed', () => {
  it('--json streamed piece by piece is byte for byte the document it always was', async () => {
    const s = await streamed(['journey', '--batch', households, '--on', ON, '--json']);
    expect(s.code).toBe(0);
    expect(s.streamed).toBe(true);
    expect(s.chunks.length).toBeGreaterThan(10); // one piece per household, not one string
    expect(s.chunks.every((c) => !c.toStderr)).toBe(true);
    expect(s.text).toBe(`${wholeDocument(households)}\n`);
    // and the same without a sink (what tests and callers of run() get)
    expect((await run(['journey', '--batch', households, '--on', ON, '--json'])).out).toBe(
      wholeDocument(households),
    );
  });

  it('--ndjson: a header line, then one line per household, each parseable alone', async () => {
    const s = await streamed(['journey', '--batch', households, '--on', ON, '--ndjson']);
    const lines = s.text.trimEnd().split('\n');
    const files = readdirSync(households).filter((f) => f.endsWith('.json'));
    expect(lines).toHaveLength(files.length + 1);
    expect(JSON.parse(lines[0]!)).toEqual({ format: 'nonstop-journey-batch/1', on: ON, stream: 'ndjson' });
    const whole = JSON.parse(wholeDocument(households)) as { results: unknown[] };
    expect(lines.slice(1).map((l) => JSON.parse(l))).toEqual(whole.results);
  });

  it('an invalid household: exit 1; text and --json on stderr as before, --ndjson says ok:false on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'batch-'));
    copyFileSync(join(households, 'newborn-family.json'), join(dir, 'a.json'));
    writeFileSync(join(dir, 'b.json'), '{"format":"nonstop-household/1"}');
    const json = await streamed(['journey', '--batch', dir, '--on', ON, '--json']);
    expect(json.code).toBe(1);
    expect(json.chunks.every((c) => c.toStderr)).toBe(true);
    expect(json.text).toBe(`${wholeDocument(dir)}\n`);
    const nd = await streamed(['journey', '--batch', dir, '--on', ON, '--ndjson']);
    expect(nd.code).toBe(1);
    expect(nd.chunks.every((c) => !c.toStderr)).toBe(true);
    expect(
      nd.text
        .trimEnd()
        .split('\n')
        .slice(1)
        .map((l) => JSON.parse(l).ok),
    ).toEqual([true, false]);
    const text = await streamed(['journey', '--batch', dir, '--on', ON]);
    expect(text.code).toBe(1);
    expect(text.text).toMatch(
      /^journey batch on 2026-11-21: 2 households\na\.json: \d+ items .*\nb\.json: invalid: /,
    );
  });

  it('usage: --json and --ndjson together, or --ndjson without --batch', async () => {
    await expect(run(['journey', '--batch', households, '--json', '--ndjson'])).rejects.toMatchObject({
      exitCode: 2,
    });
    await expect(run(['journey', join(households, 'newborn-family.json'), '--ndjson'])).rejects.toMatchObject(
      {
        exitCode: 2,
      },
    );
  });
});
