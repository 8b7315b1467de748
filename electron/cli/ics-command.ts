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
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { computeJourney } from '../../core/journey/journey';
import { journeyToIcs } from '../../core/ics/ics';
import { langOption, onOption, parseOptions, readHouseholdFile, type CommandResult } from './options';

export const ICS_USAGE = '  nonstop ics FILE [--child ID] [--on YYYY-MM-DD] [--lang ja|en] --out FILE.ics';

export type { CommandResult } from './options';

const fail = (code: number, lines: string[]): CommandResult => ({ code, out: lines.join('\n') });
const usage = (message: string): CommandResult => fail(2, [`nonstop: ${message}`, 'usage:', ICS_USAGE]);

export async function runIcsCommand(args: string[], now: () => number = Date.now): Promise<CommandResult> {
  const parsed = parseOptions(args, ['child', 'on', 'lang', 'out']);
  if (!parsed.ok) return usage(parsed.message);
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage('ics takes one FILE');
  if (!values.out) return usage('ics needs --out FILE.ics');
  const language = langOption(values.lang, 'ja');
  if (!language.ok) return usage(language.message);
  const lang = language.lang;
  const date = onOption(values.on, now);
  if (!date.ok) return usage(date.message);
  const on = date.on;
  const file = positionals[0] as string;
  const r = readHouseholdFile(file);
  if (!r.ok) return fail(1, r.lines);
  const household = r.household;
  const child = values.child;
  if (child !== undefined && !household.children.some((c) => c.id === child))
    return fail(1, [
      `${file}: --child: no child with id "${child}" (known: ${household.children.map((c) => c.id).join(', ')})`,
    ]);
  const ics = journeyToIcs(computeJourney(household, on, { lang }), { lang, ...(child ? { child } : {}) });
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
