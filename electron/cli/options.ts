/**
 * The one option parser of `nonstop` (node:util `parseArgs`): every command of cli.ts,
 * form-command.ts, ics-command.ts and municipal-commands.ts declares which of these
 * options it takes and reads its dates, language and household through the helpers
 * below, so an option means the same thing, is checked the same way and fails with the
 * same exit code everywhere. New commands add their options here.
 *
 * Exit codes (the CLI's public contract): 0 success, 1 invalid input or a user error,
 * 2 usage error, 3 a bug.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isCivilDate, japanDateOf, type CivilDate } from '../../core/dates/civil-date';
import {
  FIRST_SUPPORTED_DATE,
  LAST_SUPPORTED_DATE,
  isSupportedDate,
  parseHouseholdJson,
  type Household,
} from '../../core/household/schema';

export interface CommandResult {
  code: number;
  out: string;
}

/** Every option of the CLI, once. */
const OPTIONS = {
  on: { type: 'string' },
  json: { type: 'boolean' },
  ndjson: { type: 'boolean' },
  lang: { type: 'string' },
  batch: { type: 'string' },
  list: { type: 'boolean' },
  all: { type: 'boolean' },
  child: { type: 'string' },
  guardian: { type: 'string' },
  out: { type: 'string' },
  card: { type: 'string' },
  pin: { type: 'string' },
  to: { type: 'string' },
  state: { type: 'string' },
  key: { type: 'string' },
  'correction-of': { type: 'string' },
} as const;

export type OptionName = keyof typeof OPTIONS;
type ValueOf<N extends OptionName> = (typeof OPTIONS)[N]['type'] extends 'boolean' ? boolean : string;
export type OptionValues<N extends OptionName> = { [K in N]?: ValueOf<K> };

export type Parsed<N extends OptionName> =
  { ok: true; values: OptionValues<N>; positionals: string[] } | { ok: false; message: string };

/** Parses `args` accepting only the `allowed` options (an unknown option is a usage error). */
export function parseOptions<N extends OptionName>(args: string[], allowed: readonly N[]): Parsed<N> {
  const options = Object.fromEntries(allowed.map((name) => [name, OPTIONS[name]]));
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options });
    return { ok: true, values: values as OptionValues<N>, positionals };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}

/** `--on`: a calendar date in the supported range; today in Japan when absent. */
export function onOption(
  value: string | undefined,
  now: () => number,
): { ok: true; on: CivilDate } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, on: japanDateOf(now()) };
  if (!isCivilDate(value))
    return { ok: false, message: `--on must be a calendar date written YYYY-MM-DD, got "${value}"` };
  if (!isSupportedDate(value))
    return {
      ok: false,
      message: `--on must be between ${FIRST_SUPPORTED_DATE} and ${LAST_SUPPORTED_DATE}, got "${value}"`,
    };
  return { ok: true, on: value };
}

export type Lang = 'ja' | 'en';

/** `--lang ja|en`, with the command's own default. */
export function langOption(
  value: string | undefined,
  fallback: Lang,
): { ok: true; lang: Lang } | { ok: false; message: string } {
  const lang = value ?? fallback;
  if (lang === 'ja' || lang === 'en') return { ok: true, lang };
  return { ok: false, message: `--lang must be ja or en, got "${lang}"` };
}

/** A household file: read, a byte-order mark (Windows editors) dropped, validated; one line per problem. */
export function readHouseholdFile(
  file: string,
): { ok: true; household: Household } | { ok: false; lines: string[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return {
      ok: false,
      lines: [`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`],
    };
  }
  const r = parseHouseholdJson(text.replace(/^\uFEFF/, ''));
  if (!r.ok) return { ok: false, lines: r.problems.map((p) => `${file}: ${p.path}: ${p.message}`) };
  return { ok: true, household: r.value };
}
