/**
 * Words for the round trip's reminders (core/casefile/reminders.ts) and where
 * a click on one leads. Kept apart from casefile.svelte.ts so the reminders
 * module (loaded with every profile) does not pull in the case file's host calls.
 */
import type { Reminder } from '../../../core/reminders/reminders';
import { isMessageKey, locale, t, type MessageKey } from './i18n';
import { dateText } from './format';
import type { CaseStatusCode } from '../../../core/submission';

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
  if (r.kind === 'municipal-offer' && r.offer)
    return {
      title: t('moffer.reminder', { child: r.offer.child }),
      body: t('moffer.reminder.body'),
    };
  return { title: '', body: '' };
}

/** The screen a round-trip reminder opens. */
export function reminderScreen(r: Reminder): 'caseFile' | 'notices' | 'municipalOffer' | null {
  return r.kind === 'case-status'
    ? 'caseFile'
    : r.kind === 'municipal-notice'
      ? 'notices'
      : r.kind === 'municipal-offer'
        ? 'municipalOffer'
        : null;
}

/**
 * A case's status as マイナポータル's 申請状況 groups it (処理中 / 要訂正 /
 * 完了; 受付エラー is a submission the endpoint refused, shown where it is
 * sent), with this app's finer word after it. A case superseded by its
 * correction is 完了: the corrected filing carries on under its own number.
 */
const PORTAL: Record<CaseStatusCode, 'processing' | 'correction' | 'done'> = {
  received: 'processing',
  'under-review': 'processing',
  'needs-correction': 'correction',
  approved: 'done',
  rejected: 'done',
  superseded: 'done',
};

export function portalStatusText(code: CaseStatusCode): string {
  return t('mailbox.status', {
    portal: t(`mailbox.portal.${PORTAL[code]}`),
    detail: t(`casefile.status.${code}`),
  });
}

/** An instant as a time of day in Japan (HH:MM), for "checked at". */
export function japanTimeText(iso: string): string {
  return new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}
