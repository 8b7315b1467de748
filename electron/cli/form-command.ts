/**
 * `nonstop form` — every prefilled form of core/forms/registry.ts:
 *
 *   nonstop form --list
 *   nonstop form PROCEDURE-ID FILE --child ID [--guardian ID] [--on YYYY-MM-DD] --out FILE.pdf
 *
 * Exit codes as the rest of the CLI: 0 written, 1 the household cannot give
 * this form (a missing fact, the procedure does not apply, a value that does
 * not fit, the file cannot be read or written) with one line per problem,
 * 2 usage error. The PDF is written whole or not at all: a temp file renamed
 * into place, removed on any failure.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { FILING_LABEL, FORMS, PROCEDURES, prepareForm } from '../../core/forms/registry';
import { renderForm } from '../../core/forms/render';
import { FormOverflowError } from '../../core/forms/pdf-canvas';
import { UnprintableTextError } from '../../core/forms/pdf-render';
import { FORM_FONTS } from '../services/forms';
import { onOption, parseOptions, readHouseholdFile, type CommandResult } from './options';

export const FORM_USAGE = `  nonstop form --list
  nonstop form PROCEDURE-ID FILE --child ID [--guardian ID] [--on YYYY-MM-DD] --out FILE.pdf`;

export type { CommandResult } from './options';

const fail = (code: number, lines: string[]): CommandResult => ({ code, out: lines.join('\n') });
const usage = (message: string): CommandResult =>
  fail(2, [`nonstop: ${message}`, 'usage:', FORM_USAGE, `procedures: ${PROCEDURES.join(', ')}`]);

function list(): string {
  return FORMS.map(
    (f) =>
      `${f.procedure.padEnd(28)} ${f.id.padEnd(32)} ${FILING_LABEL[f.filing].en.padEnd(40)} ${f.title.en}`,
  ).join('\n');
}

export async function runFormCommand(args: string[], now: () => number = Date.now): Promise<CommandResult> {
  const parsed = parseOptions(args, ['list', 'child', 'guardian', 'on', 'out']);
  if (!parsed.ok) return usage(parsed.message);
  const { values, positionals } = parsed;
  if (values.list) return positionals.length ? usage('form --list takes no FILE') : { code: 0, out: list() };
  const [procedure, file] = positionals;
  if (positionals.length !== 2 || !procedure || !file) return usage('form takes PROCEDURE-ID FILE');
  if (!PROCEDURES.includes(procedure))
    return usage(`unknown procedure "${procedure}" (known: ${PROCEDURES.join(', ')})`);
  if (!values.child) return usage('--child ID is required');
  if (!values.out) return usage('--out FILE.pdf is required');
  const date = onOption(values.on, now);
  if (!date.ok) return usage(date.message);
  const on = date.on;

  const read = readHouseholdFile(file);
  if (!read.ok) return fail(1, read.lines);
  const household = read.household;
  const prepared = prepareForm(procedure, { household, child: values.child, guardian: values.guardian, on });
  if (!prepared.ok) {
    if (prepared.kind === 'missing-facts')
      return fail(
        1,
        prepared.missing.map((m) => `${file}: ${m.path}: missing (${m.en})`),
      );
    return fail(1, [`${file}: ${procedure} cannot be made for this household: ${prepared.reason.en}`]);
  }

  const out = values.out;
  const tmp = `${out}.tmp`;
  let pdf: Uint8Array;
  try {
    pdf = await renderForm(prepared, FORM_FONTS, new Date(now()));
    writeFileSync(tmp, pdf);
    renameSync(tmp, out);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e instanceof FormOverflowError || e instanceof UnprintableTextError)
      return fail(1, [`${file}: ${e.message}`]);
    const code = (e as NodeJS.ErrnoException).code;
    if (code) return fail(1, [`${out}: cannot write: ${code}`]);
    throw e;
  }
  const lines = [
    `wrote ${out} (${pdf.length} bytes)`,
    `${prepared.form.title.en}: ${FILING_LABEL[prepared.form.filing].en}`,
  ];
  if (prepared.handwritten.length)
    lines.push(`to write by hand: ${prepared.handwritten.map((h) => h.en).join('; ')}`);
  for (const c of prepared.checklist) lines.push(`- ${c.en}`);
  return { code: 0, out: lines.join('\n') };
}
