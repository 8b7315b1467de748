/**
 * `npm run bench -- forms`: renders every form of the registry (the first golden
 * household of each, fixtures/forms/cases.ts) and compares a warm render with
 * embedding the whole font. Prints figures; asserts nothing.
 * Last line: { "forms": [ { "procedure", "form", "pages", "bytes", "warmMs", "warmCpuMs", "firstMs" } ],
 *              "fullFontMs", "worstRatio", "fullFontCpuMs", "worstCpuRatio", "firstRenderMs",
 *              "firstRenderCpuMs", "firstRenderRuns", "startToPdfMs", "firstAfterWarmUpMs" }.
 *
 * Method:
 * - `firstRenderMs`: the first render of a fresh process — FRESH separate Node
 *   processes are started one after the other, each loads the modules (as the app
 *   has them loaded when it renders), then times its one render from the
 *   household to the PDF bytes: application data, font file read, HarfBuzz wasm
 *   compiled, fontkit and pdf-lib initialised, subset, embed, save. The median of
 *   the processes is reported, and each one in `firstRenderRuns`. Beside it
 *   `startToPdfMs`: from the process's own start (Node, the TypeScript loader,
 *   every import) to the PDF — what `nonstop form` costs end to end in a source
 *   checkout (a packaged app loads built JavaScript, without the loader).
 *   `firstAfterWarmUpMs`: the same fresh process after the app's start-up warm-up
 *   (warmUpFonts, run in the background when the app starts): the first form a
 *   person opens.
 * - `warmMs`: the median of ROUNDS renders of the same form after two warm-up
 *   renders — the whole path the app and the CLI take: build the application
 *   data, lay out, subset the font to the characters drawn, embed, save.
 * - `fullFontMs`: the median of ROUNDS renders of the 児童手当 form with the
 *   whole BIZ UDPGothic (4.5 MB) embedded instead of a subset — what the app
 *   would cost without subsetting.
 * - `worstRatio` = the slowest form's warmMs / fullFontMs (target ≤ 1/15).
 * - Wall-clock times are what a person waits; on a shared machine they move
 *   with the other processes, so the process's CPU time of the same renders is
 *   printed beside them (`warmCpuMs`, `fullFontCpuMs`, `worstCpuRatio`).
 */
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseHouseholdJson } from '../../core/household/schema';
import { prepareForm } from '../../core/forms/registry';
import { renderForm } from '../../core/forms/render';
import type { CivilDate } from '../../core/dates/civil-date';
import { FORM_CASES, type FormCase } from '../../fixtures/forms/cases';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const date = new Date('2026-11-21T00:00:00Z');

function prepared(c: FormCase) {
  const h = parseHouseholdJson(readFileSync(c.household, 'utf8'));
  if (!h.ok) throw new Error(c.household);
  const p = prepareForm(c.procedure, {
    household: h.value,
    child: c.child,
    guardian: c.guardian,
    on: c.on as CivilDate,
  });
  if (!p.ok) throw new Error(c.name);
  return { household: h.value, p };
}

const { subsetBizUdpGothic, warmUpFonts } = await import('../../electron/services/forms');
const FRESH = Number(process.env['BENCH_FRESH'] ?? 5);

if (process.env['BENCH_FORMS_CHILD']) {
  // A fresh process: the modules are loaded; time its first (and only) render.
  const first = FORM_CASES.find((c) => c.procedure === 'child-allowance-application') as FormCase;
  if (process.env['BENCH_FORMS_CHILD'] === 'warm-up') await warmUpFonts();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await renderForm(prepared(first).p, subsetBizUdpGothic, date);
  const t1 = performance.now();
  const c = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ ms: t1 - t0, cpuMs: (c.user + c.system) / 1000, startToPdfMs: t1 }));
  process.exit(0);
}

/** FRESH new processes, one after the other, each timing its first render. */
function freshProcesses(mode: 'cold' | 'warm-up') {
  const runs: { ms: number; cpuMs: number; startToPdfMs: number }[] = [];
  for (let i = 0; i < FRESH; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      env: { ...process.env, BENCH_FORMS_CHILD: mode },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`fresh process failed: ${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split('\n').at(-1) as string));
  }
  return runs;
}
const cold = freshProcesses('cold');
const afterWarmUp = freshProcesses('warm-up');
const firstRenderMs = median(cold.map((r) => r.ms));
const firstRenderCpuMs = median(cold.map((r) => r.cpuMs));
const startToPdfMs = median(cold.map((r) => r.startToPdfMs));
const firstAfterWarmUpMs = median(afterWarmUp.map((r) => r.ms));

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

// One case per form (the first household of each).
const seen = new Set<string>();
const cases = FORM_CASES.filter((c) => {
  const id = prepared(c).p.form.id;
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
});
const render = (c: FormCase) => {
  const { household } = prepared(c);
  return async () => {
    const p = prepareForm(c.procedure, {
      household,
      child: c.child,
      guardian: c.guardian,
      on: c.on as CivilDate,
    });
    if (!p.ok) throw new Error(c.name);
    return renderForm(p, subsetBizUdpGothic, date);
  };
};
const renders = cases.map(render);
// Each form's first render in this process (the first one also pays the font's start-up), then two
// warm-up rounds over all forms.
const firstMs = [];
for (const r of renders) firstMs.push(await timed(r));
for (let i = 0; i < 2; i++) for (const r of renders) await r();
// Rounds interleave the forms, so a burst of load on the machine falls on all of them alike.
const times: number[][] = cases.map(() => []);
const cpu: number[][] = cases.map(() => []);
for (let round = 0; round < ROUNDS; round++)
  for (const [i, r] of renders.entries()) {
    const c0 = process.cpuUsage();
    times[i]!.push(await timed(r));
    const c1 = process.cpuUsage(c0);
    cpu[i]!.push((c1.user + c1.system) / 1000);
  }
const forms = [];
for (const [i, c] of cases.entries()) {
  const pdf = await renders[i]!();
  const pages = (await PDFDocument.load(pdf)).getPageCount();
  const form = prepared(c).p.form.id;
  const warmMs = median(times[i]!);
  forms.push({
    procedure: c.procedure,
    form,
    pages,
    bytes: pdf.length,
    warmMs: round(warmMs, 2),
    warmCpuMs: round(median(cpu[i]!), 2),
    firstMs: round(firstMs[i]!),
  });
  console.log(
    `${form.padEnd(34)} ${String(pages).padStart(2)} pages ${String(pdf.length).padStart(7)} bytes  warm ${warmMs.toFixed(1)} ms (cpu ${median(cpu[i]!).toFixed(1)} ms)`,
  );
}

// The whole font embedded (pdf-lib + fontkit, no subsetting), same form, same drawing.
const require = createRequire(import.meta.url);
const fullFont = new Uint8Array(
  readFileSync(require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf')),
);
const allowance = FORM_CASES.find((c) => c.procedure === 'child-allowance-application') as FormCase;
const full = () => renderForm(prepared(allowance).p, async () => fullFont, date);
await full();
const fullTimes: number[] = [];
const fullCpu: number[] = [];
for (let i = 0; i < Math.max(5, Math.floor(ROUNDS / 3)); i++) {
  const c0 = process.cpuUsage();
  fullTimes.push(await timed(full));
  const c1 = process.cpuUsage(c0);
  fullCpu.push((c1.user + c1.system) / 1000);
}
const fullFontMs = median(fullTimes);
const worstCpu = Math.max(...forms.map((f) => f.warmCpuMs));
const worst = Math.max(...forms.map((f) => f.warmMs));
console.log(
  `full font embedded: ${fullFontMs.toFixed(0)} ms; slowest warm form ${worst.toFixed(1)} ms (1/${(fullFontMs / worst).toFixed(1)}); first render of a fresh process ${firstRenderMs.toFixed(0)} ms (median of ${FRESH}: ${cold.map((r) => r.ms.toFixed(0)).join(', ')}), after the app's warm-up ${firstAfterWarmUpMs.toFixed(0)} ms`,
);
console.log(
  JSON.stringify({
    forms,
    fullFontMs: round(fullFontMs),
    worstRatio: round(worst / fullFontMs, 4),
    fullFontCpuMs: round(median(fullCpu)),
    worstCpuRatio: round(worstCpu / median(fullCpu), 4),
    firstRenderMs: round(firstRenderMs),
    firstRenderCpuMs: round(firstRenderCpuMs),
    firstRenderRuns: cold.map((r) => round(r.ms)),
    startToPdfMs: round(startToPdfMs),
    firstAfterWarmUpMs: round(firstAfterWarmUpMs),
  }),
);
