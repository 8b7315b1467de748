/**
 * The PDF of a prepared form (registry.prepareForm): its pages, then for the
 * paper forms a last page with the checklist — how it is filed, what to bring,
 * and the fields left to write by hand.
 */
import { A4, type FontSubsetter } from './pdf-canvas';
import { renderPdf } from './pdf-render';
import { Sheet } from './layout';
import { FILING_LABEL, type Prepared } from './registry';

/** The PDF of a prepared form; paper forms end with their checklist page. */
export function renderForm(
  p: Extract<Prepared, { ok: true }>,
  subsetFont: FontSubsetter,
  creationDate: Date,
): Promise<Uint8Array> {
  const canvas = p.form.layout(p.application);
  if (p.form.filing !== 'online')
    new Sheet(A4, 34, canvas).checklist(
      p.form.title.ja,
      [FILING_LABEL[p.form.filing].ja, ...p.checklist.map((c) => c.ja)],
      p.handwritten.map((h) => h.ja),
    );
  return renderPdf(canvas, subsetFont, {
    title: p.form.title.ja,
    subject: `${p.form.procedure} ${p.application.municipalityCode}`,
    creationDate,
  });
}
