/**
 * The 児童手当 認定請求書 PDF — kept for callers of the first version; the form
 * itself (data, layout, filing) lives in child-allowance.ts on the common engine.
 */
import type { FontSubsetter } from './pdf-canvas';
import { renderPdf } from './pdf-render';
import { childAllowanceForm, type ChildAllowanceApplication } from './child-allowance';

export function layoutChildAllowanceForm(app: ChildAllowanceApplication) {
  return childAllowanceForm.layout(app);
}

export function renderChildAllowancePdf(
  app: ChildAllowanceApplication,
  subsetFont: FontSubsetter,
  creationDate: Date,
): Promise<Uint8Array> {
  return renderPdf(layoutChildAllowanceForm(app), subsetFont, {
    title: '児童手当 認定請求書',
    subject: `${app.procedure} ${app.municipalityCode}`,
    creationDate,
  });
}
