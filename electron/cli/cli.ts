/**
 * `nonstop` — the command line for testers. A public contract: extend it, never break it.
 *
 *   nonstop validate FILE
 *   nonstop journey FILE [--on YYYY-MM-DD] [--json]
 *   nonstop form PROCEDURE-ID FILE --child ID [--on YYYY-MM-DD] --out FILE.pdf
 *
 * Exit codes: 0 success, 1 invalid input (one line per problem), 2 usage error.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseHouseholdJson, type Household } from '../../core/household/schema';
import { computeJourney, type Journey } from '../../core/journey/journey';
import { isCivilDate, japanDateOf, type CivilDate } from '../../core/dates/civil-date';
import { buildChildAllowanceApplication, CHILD_ALLOWANCE } from '../../core/forms/child-allowance';
import { renderChildAllowancePdf } from '../../core/forms/child-allowance-pdf';
import { subsetBizUdpGothic } from '../services/forms';

const USAGE = `usage:
  nonstop validate FILE
  nonstop journey FILE [--on YYYY-MM-DD] [--json]
  nonstop form ${CHILD_ALLOWANCE} FILE --child ID [--on YYYY-MM-DD] --out FILE.pdf`;

class ExitError extends Error {
  constructor(
    readonly exitCode: number,
    readonly lines: string[],
  ) {
    super(lines.join('\n'));
  }
}

function usage(message: string): never {
  throw new ExitError(2, [`nonstop: ${message}`, USAGE]);
}

function loadHousehold(file: string): Household {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ExitError(1, [
      `${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    ]);
  }
  const r = parseHouseholdJson(text);
  if (!r.ok)
    throw new ExitError(
      1,
      r.problems.map((p) => `${file}: ${p.path}: ${p.message}`),
    );
  return r.value;
}

function dateOption(value: string | undefined, now: () => number): CivilDate {
  if (value === undefined) return japanDateOf(now());
  if (!isCivilDate(value)) usage(`--on must be a calendar date written YYYY-MM-DD, got "${value}"`);
  return value;
}

function table(journey: Journey): string {
  const rows = journey.items.map((i) => [
    i.id,
    i.child ?? '-',
    i.status,
    i.opens ?? '-',
    i.due ?? '-',
    i.closes ?? '-',
    i.title.en,
  ]);
  const head = ['item', 'child', 'status', 'opens', 'due', 'closes', 'title'];
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] as string).length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell.padEnd(widths[c] as number))
      .join('  ')
      .trimEnd();
  return [`journey on ${journey.on}`, line(head), ...rows.map(line)].join('\n');
}

export async function run(
  argv: string[],
  now: () => number = Date.now,
): Promise<{ code: number; out: string }> {
  const [command, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        on: { type: 'string' },
        json: { type: 'boolean' },
        child: { type: 'string' },
        out: { type: 'string' },
      },
    });
  } catch (e) {
    usage((e as Error).message);
  }
  const { values, positionals } = parsed;
  switch (command) {
    case 'validate': {
      if (positionals.length !== 1) usage('validate takes one FILE');
      loadHousehold(positionals[0] as string);
      return { code: 0, out: `${positionals[0]}: valid` };
    }
    case 'journey': {
      if (positionals.length !== 1) usage('journey takes one FILE');
      const journey = computeJourney(loadHousehold(positionals[0] as string), dateOption(values.on, now));
      return { code: 0, out: values.json ? JSON.stringify(journey, null, 2) : table(journey) };
    }
    case 'form': {
      const [procedure, file] = positionals;
      if (positionals.length !== 2 || !procedure || !file) usage('form takes PROCEDURE-ID FILE');
      if (procedure !== CHILD_ALLOWANCE)
        usage(`unknown procedure "${procedure}" (known: ${CHILD_ALLOWANCE})`);
      if (!values.child) usage('--child ID is required');
      if (!values.out) usage('--out FILE.pdf is required');
      const household = loadHousehold(file);
      const on = dateOption(values.on, now);
      const built = buildChildAllowanceApplication(household, values.child, on);
      if (!built.ok)
        throw new ExitError(
          1,
          built.missing.map((m) => `${file}: ${m.path}: missing (${m.label})`),
        );
      const pdf = await renderChildAllowancePdf(built.value, subsetBizUdpGothic, new Date(now()));
      // Write whole or not at all: a temp file renamed into place.
      const tmp = `${values.out}.tmp`;
      writeFileSync(tmp, pdf);
      renameSync(tmp, values.out);
      return { code: 0, out: `wrote ${values.out} (${pdf.length} bytes)` };
    }
    case undefined:
    case '--help':
    case 'help':
      return { code: command ? 0 : 2, out: USAGE };
    default:
      usage(`unknown command "${command}"`);
  }
}

/** Entry point used by nonstop.mjs; prints and sets the exit code, never a stack trace. */
export async function main(): Promise<void> {
  try {
    const { code, out } = await run(process.argv.slice(2));
    (code === 0 ? process.stdout : process.stderr).write(`${out}\n`);
    process.exitCode = code;
  } catch (e) {
    if (e instanceof ExitError) {
      process.stderr.write(`${e.lines.join('\n')}\n`);
      process.exitCode = e.exitCode;
    } else {
      process.stderr.write(`nonstop: internal error: ${(e as Error).message}\n`);
      process.exitCode = 3;
    }
  }
}
