/**
 * The forms' fuzz run: random valid households (fixtures/forms/fuzz.ts) × every procedure × every
 * child, through what `nonstop form` does — prepareForm, the drawing (layout and checklist page),
 * every drawn character looked up in the app's fonts (BIZ UDPGothic, then Noto Sans JP), and for
 * one form in RENDER_EVERY the whole PDF. A thrown error other than a value too long for its box
 * (FormOverflowError, exit 1) is what the CLI reports as exit 3: a bug.
 *
 *   npx tsx build/scripts/form-fuzz.ts [COUNT=100000] [SEED=1]
 *
 * Prints the figures and the first failures (seed and procedure, to make them again); exit 1 when
 * any form would exit 3 or draw a character no font has. The bounded run in `npm test` is
 * electron/services/forms.fuzz.test.ts.
 */
import fontkit from '@pdf-lib/fontkit';
import { pathToFileURL } from 'node:url';
import { validateHousehold, type Household } from '../../core/household/schema';
import { prepareForm, PROCEDURES } from '../../core/forms/registry';
import { formCanvas, renderForm } from '../../core/forms/render';
import { clusters } from '../../core/forms/pdf-render';
import { FormOverflowError } from '../../core/forms/pdf-canvas';
import type { CivilDate } from '../../core/dates/civil-date';
import { bizUdpGothic, FORM_FONTS, notoSansJp } from '../../electron/services/forms';
import { randomHousehold, rng } from '../../fixtures/forms/fuzz';

export interface FuzzFailure {
  seed: number;
  procedure: string;
  child: string;
  error: string;
}

export interface FuzzFigures {
  households: number;
  invalid: number;
  formCalls: number;
  made: number;
  refused: number;
  overflow: number;
  rendered: number;
  unprintable: number;
  failures: FuzzFailure[];
}

type Font = { hasGlyphForCodePoint(cp: number): boolean };
let fonts: Font[] | undefined;
const printable = (cluster: string) => {
  fonts ??= [bizUdpGothic(), notoSansJp()].map((b) => fontkit.create(b as never) as unknown as Font);
  const cp = cluster.codePointAt(0) as number;
  return fonts.some((f) => f.hasGlyphForCodePoint(cp));
};

/** Households `first`…`first + count − 1` (each its own seed). */
export async function fuzzForms(first: number, count: number, renderEvery = 500): Promise<FuzzFigures> {
  const f: FuzzFigures = {
    households: 0,
    invalid: 0,
    formCalls: 0,
    made: 0,
    refused: 0,
    overflow: 0,
    rendered: 0,
    unprintable: 0,
    failures: [],
  };
  for (let seed = first; seed < first + count; seed++) {
    const { household, on } = randomHousehold(rng(seed));
    const v = validateHousehold(household);
    f.households++;
    if (!v.ok) {
      f.invalid++;
      continue;
    }
    const h: Household = v.value;
    for (const procedure of PROCEDURES)
      for (const child of h.children) {
        f.formCalls++;
        try {
          const p = prepareForm(procedure, { household: h, child: child.id, on: on as CivilDate });
          if (!p.ok) {
            f.refused++;
            continue;
          }
          f.made++;
          const canvas = formCanvas(p);
          for (const page of canvas.pages)
            for (const op of page.ops)
              if (op.kind === 'text' || op.kind === 'fit')
                for (const c of clusters(op.text))
                  if (!printable(c)) {
                    f.unprintable++;
                    throw new Error(`no font prints "${c}"`);
                  }
          if (f.made % renderEvery === 0) {
            await renderForm(p, FORM_FONTS, new Date(0));
            f.rendered++;
          }
        } catch (e) {
          if (e instanceof FormOverflowError) {
            f.overflow++;
            continue;
          }
          f.failures.push({ seed, procedure, child: child.id, error: (e as Error).message.slice(0, 300) });
        }
      }
  }
  return f;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 100_000);
  const seed = Number(process.argv[3] ?? 1);
  const started = Date.now();
  const f = await fuzzForms(seed, count);
  const { failures, ...figures } = f;
  console.log(
    JSON.stringify({ ...figures, failures: failures.length, seconds: (Date.now() - started) / 1000 }),
  );
  const byKind = new Map<string, FuzzFailure[]>();
  for (const x of failures) {
    const key = `${x.procedure}: ${x.error.replace(/"[^"]*"/g, '"…"').slice(0, 120)}`;
    byKind.set(key, [...(byKind.get(key) ?? []), x]);
  }
  for (const [key, xs] of byKind)
    console.log(`${xs.length}× ${key} (e.g. seed ${xs[0]!.seed} child ${xs[0]!.child})`);
  process.exitCode = failures.length ? 1 : 0;
}
