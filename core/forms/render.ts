/**
 * The PDF of a prepared form (registry.prepareForm): its pages, then for the
 * paper forms a last page with the checklist — how it is filed, what to bring,
 * and the fields left to write by hand.
 */
import { A4, type FontSubsetter, type FormCanvas } from './pdf-canvas';
import { renderPdf } from './pdf-render';
import { Sheet } from './layout';
import { FILING_LABEL, type Prepared } from './registry';

/** The drawing of a prepared form: its pages, then for paper forms the checklist page. */
export function formCanvas(p: Extract<Prepared, { ok: true }>): FormCanvas {
  const canvas = p.form.layout(p.application);
  if (p.form.filing !== 'online')
    new Sheet(A4, 34, canvas).checklist(
      p.form.title.ja,
      [FILING_LABEL[p.form.filing].ja, ...p.checklist.map((c) => c.ja)],
      p.handwritten.map((h) => h.ja),
    );
  return canvas;
}

/** The PDF of a prepared form; paper forms end with their checklist page. */
export function renderForm(
  p: Extract<Prepared, { ok: true }>,
  subsetFont: FontSubsetter | readonly FontSubsetter[],
  creationDate: Date,
): Promise<Uint8Array> {
  const canvas = formCanvas(p);
  return renderPdf(canvas, subsetFont, {
    title: p.form.title.ja,
    subject: `${p.form.procedure} ${p.application.municipalityCode}`,
    creationDate,
  });
}
