/**
 * What the parent did with a prefilled form, kept in the profile (sealed like
 * everything else): printed or saved a paper form, or submitted an online one.
 * A paper form printed is not a form filed: the journey item stays open until
 * the parent marks it done after the counter; the record says which and when.
 */
export interface FormActionRecord {
  procedure: string;
  child: string;
  /** the registry's form id (e.g. child-health-insurance/employee) */
  form: string;
  filing: 'online' | 'counter' | 'employer' | 'insurer';
  action: 'printed' | 'saved' | 'submitted';
  /** the journey's date (tester clock) and the moment, ISO 8601 */
  on: string;
  at: string;
}

export const FORM_ACTION_PREFIX = 'form-action:';

export function isFormActionRecord(v: unknown): v is FormActionRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r['procedure'] === 'string' &&
    typeof r['child'] === 'string' &&
    typeof r['form'] === 'string' &&
    ['online', 'counter', 'employer', 'insurer'].includes(r['filing'] as string) &&
    ['printed', 'saved', 'submitted'].includes(r['action'] as string) &&
    typeof r['on'] === 'string' &&
    typeof r['at'] === 'string'
  );
}

/** The latest record of this procedure for this child, if any. */
export function lastFormAction(
  records: readonly FormActionRecord[],
  procedure: string,
  child: string,
): FormActionRecord | undefined {
  return records
    .filter((r) => r.procedure === procedure && r.child === child)
    .sort((a, b) => (a.at < b.at ? -1 : 1))
    .at(-1);
}
