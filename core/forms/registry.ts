/**
 * Every form the app prefills, with its procedure id, how it is filed, when it
 * applies, and its application schema. The CLI (`nonstop form`), the app
 * (`form.render`) and the mock municipality (`validateApplication`) all go
 * through here, so a form exists once. It draws nothing itself (render.ts
 * does, with pdf-lib), so the renderer can import it to ask what is missing.
 */
import { guardianName, parseWith, type Problem } from '../household/schema';
import {
  handwrittenFields,
  type AnyForm,
  type ApplicationBase,
  type BuildResult,
  type Filing,
  type FormRequest,
  type Text2,
} from './engine';
import {
  childAllowanceCivilServantForm,
  childAllowanceForm,
  childAllowanceRevisionCivilServantForm,
  childAllowanceRevisionForm,
} from './child-allowance';
import { pregnancyNotificationForm } from './pregnancy-notification';
import { pregnancySupportPaymentForm } from './pregnancy-support-payment';
import { birthRegistrationForm } from './birth-registration';
import { childMedicalSubsidyForm } from './child-medical-subsidy';
import { kokuhoAcquisitionForm } from './kokuho-acquisition';
import { dependantChangeForm } from './dependant-change';
import { nurseryApplicationForm } from './nursery-application';
import { childbirthLumpSumForm } from './childbirth-lump-sum';
import { childRearingAllowanceForm } from './child-rearing-allowance';

/** In the order a family meets them. */
export const FORMS: readonly AnyForm[] = [
  pregnancyNotificationForm,
  pregnancySupportPaymentForm,
  birthRegistrationForm,
  kokuhoAcquisitionForm,
  dependantChangeForm,
  childAllowanceForm,
  childAllowanceCivilServantForm,
  childAllowanceRevisionForm,
  childAllowanceRevisionCivilServantForm,
  childMedicalSubsidyForm,
  childbirthLumpSumForm,
  childRearingAllowanceForm,
  nurseryApplicationForm,
];

export const PROCEDURES: readonly string[] = [...new Set(FORMS.map((f) => f.procedure))];

export const FILING_LABEL: Record<Filing, Text2> = {
  online: { ja: 'オンラインで市区町村へ申請', en: 'online to the municipality' },
  counter: { ja: '印刷して窓口へ提出', en: 'printed, for the counter' },
  employer: {
    ja: '印刷して勤務先へ提出（勤務先が届け出ます）',
    en: 'printed, for the employer (who files it)',
  },
  insurer: { ja: '印刷して加入している健康保険へ提出', en: 'printed, for the health insurer' },
};

export type FormChoice =
  | { ok: true; form: AnyForm }
  | { ok: false; kind: 'unknown-procedure'; reason: Text2 }
  | { ok: false; kind: 'not-applicable'; reason: Text2 };

/**
 * The form of a procedure for this household: where a procedure has several
 * forms (子どもの健康保険: 国保 or 被扶養者届) the first that applies; when none
 * applies, the reason of each.
 */
export function chooseForm(procedure: string, req: FormRequest): FormChoice {
  const candidates = FORMS.filter((f) => f.procedure === procedure);
  if (candidates.length === 0)
    return {
      ok: false,
      kind: 'unknown-procedure',
      reason: {
        ja: `「${procedure}」の申請書はありません`,
        en: `unknown procedure "${procedure}" (known: ${PROCEDURES.join(', ')})`,
      },
    };
  const reasons: Text2[] = [];
  for (const form of candidates) {
    const a = form.applies(req);
    if (a.ok) return { ok: true, form };
    reasons.push(a.reason);
  }
  return {
    ok: false,
    kind: 'not-applicable',
    reason: { ja: reasons.map((r) => r.ja).join('／'), en: reasons.map((r) => r.en).join('; ') },
  };
}

export type Prepared =
  | {
      ok: true;
      form: AnyForm;
      application: ApplicationBase;
      /** who signs or files it, e.g. 佐藤 健太 */
      applicant: string;
      handwritten: Text2[];
      checklist: Text2[];
    }
  | { ok: false; kind: 'unknown-procedure' | 'not-applicable'; reason: Text2 }
  | {
      ok: false;
      kind: 'missing-facts';
      form: AnyForm;
      missing: Extract<BuildResult<unknown>, { ok: false }>['missing'];
    };

/** Choose the form, build its application data, or say exactly why not. Pure. */
export function prepareForm(procedure: string, req: FormRequest): Prepared {
  const choice = chooseForm(procedure, req);
  if (!choice.ok) return choice;
  const built = choice.form.build(req);
  if (!built.ok) return { ok: false, kind: 'missing-facts', form: choice.form, missing: built.missing };
  // The data drawn is the data sent: it must pass the schema the municipality checks.
  const checked = choice.form.schema.safeParse(built.value);
  if (!checked.success)
    throw new Error(`${choice.form.id}: built application fails its schema: ${checked.error.message}`);
  return {
    ok: true,
    form: choice.form,
    application: checked.data as ApplicationBase,
    applicant: ((g) => (g ? guardianName(g) : ''))(choice.form.applicant(req)),
    handwritten: handwrittenFields(choice.form).map((f) => f.label),
    checklist: choice.form.checklist(checked.data),
  };
}

export function formFileName(p: Extract<Prepared, { ok: true }>, child: string): string {
  return `${p.form.fileStem}-${child}-${p.application.filedOn}.pdf`;
}

export type ValidatedApplication =
  { ok: true; form: AnyForm; value: ApplicationBase } | { ok: false; problems: Problem[] };

/**
 * For the municipality: is this (already JSON-parsed) application a valid
 * online application of a known procedure? Pure; one problem per line, each
 * naming its field. Paper-only procedures are refused: they cannot be filed online.
 */
export function validateApplication(raw: unknown): ValidatedApplication {
  const procedure =
    typeof raw === 'object' && raw !== null && 'procedure' in raw
      ? (raw as { procedure: unknown }).procedure
      : undefined;
  const forms = FORMS.filter((f) => f.procedure === procedure);
  if (forms.length === 0)
    return {
      ok: false,
      problems: [{ path: 'procedure', message: `unknown procedure ${JSON.stringify(procedure ?? null)}` }],
    };
  const online = forms.filter((f) => f.filing === 'online');
  if (online.length === 0)
    return {
      ok: false,
      problems: [
        { path: 'procedure', message: `${String(procedure)} is not filed online (${forms[0]!.filing} only)` },
      ],
    };
  let problems: Problem[] = [];
  for (const form of online) {
    const r = parseWith(form.schema, raw);
    if (r.ok) return { ok: true, form, value: r.value as ApplicationBase };
    problems = r.problems;
  }
  return { ok: false, problems };
}
