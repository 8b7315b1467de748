/**
 * `nonstop` — the command line for testers. A public contract: extend it, never break it.
 *
 *   nonstop validate FILE [--on YYYY-MM-DD]   (valid, plus the journey's notices as warnings)
 *   nonstop journey FILE [--on YYYY-MM-DD] [--json] [--lang ja|en]
 *   nonstop journey --batch DIR [--on YYYY-MM-DD] [--json | --ndjson] [--lang ja|en]  (streamed)
 *   nonstop form PROCEDURE-ID FILE --child ID [--guardian ID] [--on YYYY-MM-DD] --out FILE.pdf
 *   nonstop form --list                       (the form command: form-command.ts)
 *   nonstop submit | status | import | cards  (the municipal round trip: municipal-commands.ts)
 *   nonstop ics FILE [--child ID] --on DATE --out FILE.ics  (the calendar: ics-command.ts)
 *   nonstop offers FILE [--on DATE] [--json]  (private offers the household would see: offers-command.ts)
 *
 * Exit codes: 0 success, 1 invalid input or a user error (one clear line per problem), 2 usage error,
 * 3 a bug (internal error).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHouseholdJson, type Household } from '../../core/household/schema';
import { computeJourney, type Journey } from '../../core/journey/journey';
import { type CivilDate } from '../../core/dates/civil-date';
import { langOption as parseLang, onOption, parseOptions, readHouseholdFile, type Lang } from './options';
import { FORM_USAGE, runFormCommand } from './form-command';
import { MUNICIPAL_COMMANDS, MUNICIPAL_USAGE, runMunicipalCommand } from './municipal-commands';
import { ICS_USAGE, runIcsCommand } from './ics-command';
import { OFFERS_USAGE, runOffersCommand } from './offers-command';

const USAGE = `usage:
  nonstop validate FILE [--on YYYY-MM-DD]
  nonstop journey FILE [--on YYYY-MM-DD] [--json] [--lang ja|en]
  nonstop journey --batch DIR [--on YYYY-MM-DD] [--json | --ndjson] [--lang ja|en]
${FORM_USAGE}
${MUNICIPAL_USAGE}
${ICS_USAGE}
${OFFERS_USAGE}`;

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
  const r = readHouseholdFile(file);
  if (!r.ok) throw new ExitError(1, r.lines);
  return r.household;
}

function dateOption(value: string | undefined, now: () => number): CivilDate {
  const r = onOption(value, now);
  if (!r.ok) usage(r.message);
  return r.on;
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
  const pay = ca.nextPayment;
  const footer =
    ca.total === null || pay === null
      ? lang === 'ja'
        ? `児童手当 ${ca.month}: 改正前（2024年9月以前）の制度のため金額は表示しません`
        : `child allowance ${ca.month}: before the 2024-10 reform, not modelled (no figures)`
      : lang === 'ja'
        ? `児童手当 ${ca.month}: 受給中 月額 ${yen(ca.total)}／次の支給 ${pay.month}（${pay.day}ごろ）: ${yen(pay.amount)}` +
          (ca.ifClaimedNow
            ? `／未請求: 請求すると${ca.ifClaimedNow.from}分から月額 ${yen(ca.ifClaimedNow.monthlyTotal)}`
            : '')
        : `child allowance ${ca.month}: receiving ${yen(ca.total)} a month; next payment ${pay.month} (about ${pay.day}): ${yen(pay.amount)}` +
          (ca.ifClaimedNow
            ? `; not claimed: claiming now brings ${yen(ca.ifClaimedNow.monthlyTotal)} a month from ${ca.ifClaimedNow.from}`
            : '');
  const title = lang === 'ja' ? `ジャーニー（基準日 ${journey.on}）` : `journey on ${journey.on}`;
  return [title, line(head), ...rows.map(line), footer, ...journey.notices.map((n) => `note: ${n}`)].join(
    '\n',
  );
}

function langOption(value: string | undefined): Lang {
  const r = parseLang(value, 'en');
  if (!r.ok) usage(r.message);
  return r.lang;
}

/**
 * Where a streamed answer goes (main: stdout, or stderr when the exit code is not 0), one chunk at a
 * time; a write that fills the pipe waits for it to drain, so memory stays bounded whatever the size.
 */
export type Sink = (chunk: string, toStderr: boolean) => Promise<void> | void;

type BatchMode = 'text' | 'json' | 'ndjson';
type BatchResult =
  | { file: string; ok: true; journey: Journey }
  | { file: string; ok: false; problems: { path: string; message: string }[] };

/**
 * `journey --batch DIR`: every *.json household in the folder, each valid one computed, each invalid
 * one reported — one household at a time: read, computed, written, dropped (issue 19 item 15: 0.9 GB
 * per 1,000 and exit 3 past 6,000 when the whole answer was one string). `--json` is the same
 * `nonstop-journey-batch/1` document as before, written piece by piece; `--ndjson` writes a header
 * line `{"format":"nonstop-journey-batch/1","on":…,"stream":"ndjson"}` and then one line per household.
 * With a sink (the `nonstop` command) nothing is kept; without one (tests) the pieces are joined.
 * The exit code is 1 when any household is invalid: for text and --json, a first pass reads and
 * validates every file (nothing computed, nothing kept) so the answer goes to stdout or, as
 * always, to stderr; --ndjson always writes to stdout (each line says `ok`).
 */
async function batch(
  dir: string,
  on: CivilDate,
  mode: BatchMode,
  lang: Lang,
  textLang: Lang | undefined,
  sink?: Sink,
): Promise<{ code: number; out: string; streamed?: boolean }> {
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
  const read = (f: string): { ok: true; household: Household } | Extract<BatchResult, { ok: false }> => {
    let text: string;
    try {
      text = readFileSync(join(dir, f), 'utf8');
    } catch (e) {
      const problem = {
        path: '(file)',
        message: `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      };
      return { file: f, ok: false as const, problems: [problem] };
    }
    const r = parseHouseholdJson(text);
    return r.ok ? { ok: true, household: r.value } : { file: f, ok: false as const, problems: r.problems };
  };
  let code: number | null = null;
  if (sink && mode !== 'ndjson') code = files.every((f) => read(f).ok) ? 0 : 1;
  const collected: string[] = [];
  const toStderr = () => code !== null && code !== 0;
  const write = async (chunk: string) => {
    if (sink) await sink(chunk, toStderr());
    else collected.push(chunk);
  };
  if (mode === 'json')
    await write(`{\n  "format": "nonstop-journey-batch/1",\n  "on": ${JSON.stringify(on)},\n  "results": [`);
  else if (mode === 'ndjson')
    await write(`${JSON.stringify({ format: 'nonstop-journey-batch/1', on, stream: 'ndjson' })}\n`);
  else
    await write(
      lang === 'ja'
        ? `ジャーニー一括（基準日 ${on}）: ${files.length}世帯`
        : `journey batch on ${on}: ${files.length} households`,
    );
  let allOk = true;
  for (const [i, f] of files.entries()) {
    const h = read(f);
    const r: BatchResult = h.ok
      ? {
          file: f,
          ok: true,
          journey: computeJourney(h.household, on, textLang ? { lang: textLang } : undefined),
        }
      : h;
    allOk &&= r.ok;
    if (mode === 'json')
      await write(`${i > 0 ? ',' : ''}\n${JSON.stringify(r, null, 2).replace(/^/gm, '    ')}`);
    else if (mode === 'ndjson') await write(`${JSON.stringify(r)}\n`);
    else await write(`\n${textLine(r, lang)}`);
  }
  if (mode === 'json') await write(files.length > 0 ? '\n  ]\n}' : ']\n}');
  code ??= allOk ? 0 : 1;
  if (sink) {
    if (mode !== 'ndjson') await write('\n');
    return { code, out: '', streamed: true };
  }
  const out = collected.join('');
  return { code, out: mode === 'ndjson' ? out.replace(/\n$/, '') : out };
}

function textLine(r: BatchResult, lang: Lang): string {
  if (!r.ok) return `${r.file}: invalid: ${r.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
  const count = (st: string) => r.journey.items.filter((i) => i.status === st).length;
  return lang === 'ja'
    ? `${r.file}: ${r.journey.items.length}項目（今やること ${count('due')}、期限切れ ${count('overdue')}、期間終了 ${count('missed')}、完了 ${count('done')}）`
    : `${r.file}: ${r.journey.items.length} items (due ${count('due')}, overdue ${count('overdue')}, missed ${count('missed')}, done ${count('done')})`;
}

export async function run(
  argv: string[],
  now: () => number = Date.now,
  sink?: Sink,
): Promise<{ code: number; out: string; streamed?: boolean }> {
  const [command, ...rest] = argv;
  if (command === 'form') return runFormCommand(rest, now);
  if (command === 'ics') return runIcsCommand(rest, now);
  if (command === 'offers') return runOffersCommand(rest, now);
  const municipal = MUNICIPAL_COMMANDS.find((c) => c === command);
  if (municipal) return runMunicipalCommand(municipal, rest, now);
  const parsed = parseOptions(rest, ['on', 'json', 'ndjson', 'child', 'out', 'lang', 'batch']);
  if (!parsed.ok) usage(parsed.message);
  const { values, positionals } = parsed;
  switch (command) {
    case 'validate': {
      if (positionals.length !== 1) usage('validate takes one FILE');
      const file = positionals[0] as string;
      const household = loadHousehold(file);
      // The journey's notices (unknown item ids, completions before the birth…) as warnings: still valid.
      const warnings = computeJourney(household, dateOption(values.on, now)).notices;
      return {
        code: 0,
        out: [`${file}: valid`, ...warnings.map((w) => `${file}: warning: ${w}`)].join('\n'),
      };
    }
    case 'journey': {
      const lang = langOption(values.lang);
      if (values.batch !== undefined) {
        if (positionals.length !== 0) usage('journey --batch DIR takes no FILE');
        if (values.json && values.ndjson) usage('journey --batch takes --json or --ndjson, not both');
        return batch(
          values.batch,
          dateOption(values.on, now),
          values.ndjson ? 'ndjson' : values.json ? 'json' : 'text',
          lang,
          values.lang === undefined ? undefined : lang,
          sink,
        );
      }
      if (values.ndjson) usage('--ndjson is for journey --batch DIR');
      if (positionals.length !== 1) usage('journey takes one FILE');
      // The journey's texts follow an explicit --lang (the JSON stays Japanese without it, as it always was).
      const journey = computeJourney(
        loadHousehold(positionals[0] as string),
        dateOption(values.on, now),
        values.lang === undefined ? undefined : { lang },
      );
      return { code: 0, out: values.json ? JSON.stringify(journey, null, 2) : table(journey, lang) };
    }
    case undefined:
    case '--help':
    case 'help':
      return { code: command ? 0 : 2, out: USAGE };
    default:
      usage(`unknown command "${command}"`);
  }
}

/** Writes to stdout or stderr, waiting for the pipe to drain when it is full (bounded memory). */
const streamTo: Sink = (chunk, toStderr) => {
  const stream = toStderr ? process.stderr : process.stdout;
  if (stream.write(chunk)) return;
  return new Promise<void>((resolve) => stream.once('drain', () => resolve()));
};

/** Entry point used by nonstop.mjs; prints and sets the exit code, never a stack trace. */
export async function main(): Promise<void> {
  try {
    const { code, out, streamed } = await run(process.argv.slice(2), Date.now, streamTo);
    if (!streamed) (code === 0 ? process.stdout : process.stderr).write(`${out}\n`);
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
