/**
 * `nonstop` — the command line for testers. A public contract: extend it, never break it.
 *
 *   nonstop validate FILE
 *   nonstop journey FILE [--on YYYY-MM-DD] [--json] [--lang ja|en]
 *   nonstop journey --batch DIR [--on YYYY-MM-DD] [--json] [--lang ja|en]
 *   nonstop form PROCEDURE-ID FILE --child ID [--on YYYY-MM-DD] --out FILE.pdf
 *
 * Exit codes: 0 success, 1 invalid input (one line per problem), 2 usage error.
 */
import { readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHouseholdJson, type Household } from '../../core/household/schema';
import { computeJourney, type Journey } from '../../core/journey/journey';
import { isCivilDate, japanDateOf, type CivilDate } from '../../core/dates/civil-date';
import { buildChildAllowanceApplication, CHILD_ALLOWANCE } from '../../core/forms/child-allowance';
import { renderChildAllowancePdf } from '../../core/forms/child-allowance-pdf';
import { subsetBizUdpGothic } from '../services/forms';

const USAGE = `usage:
  nonstop validate FILE
  nonstop journey FILE [--on YYYY-MM-DD] [--json] [--lang ja|en]
 *   nonstop journey --batch DIR [--on YYYY-MM-DD] [--json] [--lang ja|en]
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

/** Terminal columns of a string: East Asian wide characters take two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

const STATUS_LABEL: Record<Lang, Record<string, string>> = {
  en: {},
  ja: {
    done: '完了',
    due: '今やること',
    upcoming: 'これから',
    overdue: '期限切れ',
    missed: '期間終了',
    'not-applicable': '対象外',
  },
};

type Lang = 'ja' | 'en';

function table(journey: Journey, lang: Lang): string {
  const head =
    lang === 'ja'
      ? ['項目', '子', '状態', '開始', '期限', '終了', '名称']
      : ['item', 'child', 'status', 'opens', 'due', 'closes', 'title'];
  const rows = journey.items.map((i) => [
    i.id,
    i.guardian ? `${i.child}/${i.guardian}` : (i.child ?? '-'),
    STATUS_LABEL[lang][i.status] ?? i.status,
    i.opens ?? '-',
    i.due ?? '-',
    i.closes ?? '-',
    i.title[lang],
  ]);
  const widths = head.map((h, c) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c] as string))),
  );
  const line = (r: string[]) =>
    r
      .map((cell, c) => cell + ' '.repeat((widths[c] as number) - displayWidth(cell)))
      .join('  ')
      .trimEnd();
  const ca = journey.childAllowance;
  const yen = (n: number) => `¥${n.toLocaleString('en-US')}`;
  const footer =
    lang === 'ja'
      ? `児童手当 ${ca.month}: 月額 ${yen(ca.total)}／次の支給 ${ca.nextPayment.month}: ${yen(ca.nextPayment.amount)}`
      : `child allowance ${ca.month}: ${yen(ca.total)} a month; next payment ${ca.nextPayment.month}: ${yen(ca.nextPayment.amount)}`;
  const title = lang === 'ja' ? `ジャーニー（基準日 ${journey.on}）` : `journey on ${journey.on}`;
  return [title, line(head), ...rows.map(line), footer, ...journey.notices.map((n) => `note: ${n}`)].join(
    '\n',
  );
}

function langOption(value: string | undefined): Lang {
  if (value === undefined || value === 'en' || value === 'ja') return value ?? 'en';
  usage(`--lang must be ja or en, got "${value}"`);
}

/** `journey --batch DIR`: every *.json household in the folder, each valid one computed, each invalid one reported. */
function batch(dir: string, on: CivilDate, json: boolean, lang: Lang): { code: number; out: string } {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (e) {
    throw new ExitError(1, [
      `${dir}: cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    ]);
  }
  const results = files.map((f) => {
    const path = join(dir, f);
    const r = parseHouseholdJson(readFileSync(path, 'utf8'));
    return r.ok
      ? { file: f, ok: true as const, journey: computeJourney(r.value, on) }
      : { file: f, ok: false as const, problems: r.problems };
  });
  const code = results.every((r) => r.ok) ? 0 : 1;
  if (json) return { code, out: JSON.stringify({ format: 'nonstop-journey-batch/1', on, results }, null, 2) };
  const lines = results.map((r) => {
    if (!r.ok) return `${r.file}: invalid: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
    const count = (st: string) => r.journey.items.filter((i) => i.status === st).length;
    return lang === 'ja'
      ? `${r.file}: ${r.journey.items.length}項目（今やること ${count('due')}、期限切れ ${count('overdue')}、期間終了 ${count('missed')}、完了 ${count('done')}）`
      : `${r.file}: ${r.journey.items.length} items (due ${count('due')}, overdue ${count('overdue')}, missed ${count('missed')}, done ${count('done')})`;
  });
  return { code, out: [`journey batch on ${on}: ${files.length} households`, ...lines].join('\n') };
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
        lang: { type: 'string' },
        batch: { type: 'string' },
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
      const lang = langOption(values.lang);
      if (values.batch !== undefined) {
        if (positionals.length !== 0) usage('journey --batch DIR takes no FILE');
        return batch(values.batch, dateOption(values.on, now), values.json === true, lang);
      }
      if (positionals.length !== 1) usage('journey takes one FILE');
      const journey = computeJourney(loadHousehold(positionals[0] as string), dateOption(values.on, now));
      return { code: 0, out: values.json ? JSON.stringify(journey, null, 2) : table(journey, lang) };
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
