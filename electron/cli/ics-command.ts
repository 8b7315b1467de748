/**
 * `nonstop ics` — the journey as a calendar file (RFC 5545), as the app's
 * 「カレンダーに書き出す」 makes it (core/ics):
 *
 *   nonstop ics FILE [--child ID] [--on YYYY-MM-DD] [--lang ja|en] --out FILE.ics
 *
 * A public contract like `journey`: extend it, never break it. Exit codes as
 * the rest of the CLI: 0 written, 1 invalid input (the household, an unknown
 * child, a file that cannot be read or written), 2 usage error. The file is
 * written whole or not at all (a temp file renamed into place).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isCivilDate, japanDateOf, type CivilDate } from '../../core/dates/civil-date';
import { isSupportedDate, parseHouseholdJson } from '../../core/household/schema';
import { computeJourney } from '../../core/journey/journey';
import { journeyToIcs } from '../../core/ics/ics';

export const ICS_USAGE = '  nonstop ics FILE [--child ID] [--on YYYY-MM-DD] [--lang ja|en] --out FILE.ics';

export interface CommandResult {
  code: number;
  out: string;
}

const fail = (code: number, lines: string[]): CommandResult => ({ code, out: lines.join('\n') });
const usage = (message: string): CommandResult => fail(2, [`nonstop: ${message}`, 'usage:', ICS_USAGE]);

export async function runIcsCommand(args: string[], now: () => number = Date.now): Promise<CommandResult> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        child: { type: 'string' },
        on: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage('ics takes one FILE');
  if (!values.out) return usage('ics needs --out FILE.ics');
  const lang = values.lang ?? 'ja';
  if (lang !== 'ja' && lang !== 'en') return usage(`--lang must be ja or en, got "${lang}"`);
  let on: CivilDate = japanDateOf(now());
  if (values.on !== undefined) {
    if (!isCivilDate(values.on))
      return usage(`--on must be a calendar date written YYYY-MM-DD, got "${values.on}"`);
    if (!isSupportedDate(values.on)) return usage(`--on must be between 1900-01-01 and 2150-12-31`);
    on = values.on;
  }
  const file = positionals[0] as string;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(1, [`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`]);
  }
  const r = parseHouseholdJson(text.replace(/^\uFEFF/, ''));
  if (!r.ok)
    return fail(
      1,
      r.problems.map((p) => `${file}: ${p.path}: ${p.message}`),
    );
  const child = values.child;
  if (child !== undefined && !r.value.children.some((c) => c.id === child))
    return fail(1, [
      `${file}: --child: no child with id "${child}" (known: ${r.value.children.map((c) => c.id).join(', ')})`,
    ]);
  const ics = journeyToIcs(computeJourney(r.value, on, { lang }), { lang, ...(child ? { child } : {}) });
  const tmp = `${values.out}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, ics, 'utf8');
    renameSync(tmp, values.out);
  } catch (e) {
    rmSync(tmp, { force: true });
    return fail(1, [
      `${values.out}: cannot write: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    ]);
  }
  const events = ics.split('BEGIN:VEVENT').length - 1;
  return { code: 0, out: `${values.out}: ${events} events (${child ?? 'household'}, ${on})` };
}
