/**
 * Words for the round trip's reminders (core/casefile/reminders.ts) and where
 * a click on one leads. Kept apart from casefile.svelte.ts so the reminders
 * module (loaded with every profile) does not pull in the case file's host calls.
 */
import type { Reminder } from '../../../core/reminders/reminders';
import { isMessageKey, locale, t, type MessageKey } from './i18n';
import { dateText } from './format';

export function procedureLabel(procedure: string): string {
  const key = `casefile.procedure.${procedure}`;
  return isMessageKey(key) ? t(key) : t('casefile.procedure.other');
}

export function roundTripReminderText(r: Reminder): { title: string; body: string } {
  if (r.kind === 'case-status' && r.case)
    return {
      title: t(`casefile.reminder.${r.case.status}` as MessageKey, {
        procedure: procedureLabel(r.case.procedure),
        n: r.case.receiptNumber,
      }),
      body: t('casefile.reminder.body'),
    };
  if (r.kind === 'municipal-notice' && r.municipalNotice)
    return {
      title: t('notices.reminder', {
        title: locale.current === 'en' ? r.municipalNotice.title.en : r.municipalNotice.title.ja,
      }),
      body: t('notices.reminder.body', { date: dateText(r.municipalNotice.date) }),
    };
  return { title: '', body: '' };
}

/** The screen a round-trip reminder opens. */
export function reminderScreen(r: Reminder): 'caseFile' | 'notices' | null {
  return r.kind === 'case-status' ? 'caseFile' : r.kind === 'municipal-notice' ? 'notices' : null;
}
