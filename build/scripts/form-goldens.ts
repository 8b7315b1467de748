/**
 * Re-draws the reviewed reference images of the forms (fixtures/forms/golden)
 * and the README thumbnails (docs/forms). Run on purpose, look at every page,
 * commit: `npx tsx build/scripts/form-goldens.ts`. The golden test compares
 * against these images, so an unintended change in a layout fails it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseHouseholdJson } from '../../core/household/schema';
import { prepareForm } from '../../core/forms/registry';
import { renderForm } from '../../core/forms/render';
import type { CivilDate } from '../../core/dates/civil-date';
import { FORM_FONTS, rasterisePdf } from '../../electron/services/forms';
import { FORM_CASES, type FormCase } from '../../fixtures/forms/cases';

export const GOLDEN_DPI = 40;
export const GOLDEN_DATE = new Date('2026-11-21T00:00:00Z');

export async function renderCase(c: FormCase): Promise<Uint8Array> {
  const h = parseHouseholdJson(readFileSync(c.household, 'utf8'));
  if (!h.ok) throw new Error(`${c.household}: invalid`);
  const p = prepareForm(c.procedure, {
    household: h.value,
    child: c.child,
    guardian: c.guardian,
    on: c.on as CivilDate,
  });
  if (!p.ok)
    throw new Error(
      `${c.name}: ${p.kind === 'missing-facts' ? p.missing.map((m) => m.en).join(', ') : p.reason.en}`,
    );
  return renderForm(p, FORM_FONTS, GOLDEN_DATE);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const thumbs = new Set<string>();
  for (const c of FORM_CASES) {
    const pdf = await renderCase(c);
    const pages = rasterisePdf(pdf, GOLDEN_DPI);
    pages.forEach((png, i) => writeFileSync(`fixtures/forms/golden/${c.name}-p${i + 1}.png`, png));
    const thumb = c.name.split('--')[0] as string;
    if (!thumbs.has(thumb)) {
      thumbs.add(thumb);
      writeFileSync(`docs/forms/${thumb}.png`, rasterisePdf(pdf, 24)[0] as Buffer);
    }
    console.log(`${c.name}: ${pages.length} pages, ${pdf.length} bytes`);
  }
}
