/** Words for core's field reason codes and the store's save results, in the current language. */
import type { FieldProblem } from '../../../core/household/field-checks';
import { problemText } from './problems';
import { t, isMessageKey, type MessageKey } from './i18n';
import type { SaveResult } from './household-store.svelte';

export function errorText(p: FieldProblem): string {
  const key = `household.error.${p.code}`;
  const role = p.params?.['role'];
  // A role is worded, never shown as the format's value (mother → 母).
  const params =
    role === 'mother' || role === 'father'
      ? { ...p.params, role: t(`household.relationship.${role}`) }
      : p.params;
  return isMessageKey(key) ? t(key, params) : t('household.error.required');
}

/** One line per problem of a failed save, never a raw path or English sentence. */
export function saveErrorLines(r: SaveResult): string[] {
  if (r.ok) return [];
  if (r.reason !== 'invalid')
    return [r.reason === 'storage' ? t('household.save.storage') : t('household.save.noHousehold')];
  return r.problems.map((p) =>
    isMessageKey(`household.error.${p.message}`)
      ? errorText({ code: p.message as FieldProblem['code'] })
      : problemText(p),
  );
}

export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

export type { MessageKey };
