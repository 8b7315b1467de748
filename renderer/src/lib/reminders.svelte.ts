/**
 * Runs the reminders of core/reminders on the device: after a profile opens
 * and whenever the journey or the settings change (the tester clock too), it
 * reconciles the fired ids (sealed in the profile), shows what is new as OS
 * notifications (quiet hours respected; nothing personal on a shared
 * terminal) and keeps the inbox. A click on a notification opens its item.
 */
import { untrack } from 'svelte';
import {
  activeReminders,
  dismiss as dismissEntry,
  dueForNotification,
  live,
  markNotified,
  markSeen,
  notificationPlan,
  reconcile,
  snooze as snoozeEntry,
  type Reminder,
} from '../../../core/reminders/reminders';
import { addDays } from '../../../core/dates/civil-date';
import { host } from './host';
import { locale, t } from './i18n';
import { dateText, monthText, yen } from './format';
import { noticeText } from './problems';
import { session } from './session.svelte';
import { reminderScreen, roundTripReminderText } from './casefile-text';

/** The words of a reminder (notification title and body) in the current language. */
export function reminderText(r: Reminder): { title: string; body: string } {
  const name = r.title ? (locale.current === 'en' ? r.title.en : r.title.ja) : '';
  // Whose item it is: the parent for a leave benefit (one per working parent), else the child.
  const who = r.item ? reminderWho(r.item) : '';
  const title = who ? t('reminder.whose', { title: name, who }) : name;
  const due = r.due ? t('reminder.body.due', { date: dateText(r.due) }) : '';
  switch (r.kind) {
    case 'opened':
      return { title: t('reminder.opened', { title }), body: due };
    case 'due-in':
      if (r.days === 0) return { title: `${title}: ${t('days.today')}`, body: due };
      return {
        title:
          r.days === 1
            ? t('reminder.dueTomorrow', { title })
            : t('reminder.dueIn', { title, n: r.days ?? 0 }),
        body: due,
      };
    case 'overdue':
      return { title: t('reminder.overdue', { title }), body: due };
    case 'payment':
      return {
        title: t('reminder.payment', { month: monthText(r.month ?? ''), amount: yen(r.amount ?? 0) }),
        body: '',
      };
    case 'notice':
      return { title: t('reminder.notice', { text: noticeText(r.notice ?? '') }), body: '' };
    case 'case-status':
    case 'municipal-notice':
    case 'municipal-offer':
      return roundTripReminderText(r);
  }
}

function localHhmm(d = new Date()): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * Whose item a reminder is, by role and never by name (a notification shows on a locked screen: no personal
 * name in it, see the experience e2e): the parent for an item per working parent (育児休業給付金 for each), so
 * two of the same title are told apart. Empty for a child's item.
 */
function reminderWho(item: NonNullable<Reminder['item']>): string {
  const h = session.household;
  if (!h || !item.guardian) return '';
  const g = h.guardians.find((x) => x.id === item.guardian);
  if (!g) return '';
  const same = h.guardians.filter((x) => x.relationship === g.relationship);
  const role = t(`reminder.role.${g.relationship}`);
  return same.length > 1 ? `${role}${same.indexOf(g) + 1}` : role;
}

let chain: Promise<void> = Promise.resolve();
let startRun = true;

/** Reconcile and notify once (runs are queued: each reads and writes the sealed state in turn). */
export function runReminders(): Promise<void> {
  chain = chain.then(runOnce).catch((e) => console.warn('[reminders]', e));
  return chain;
}

async function runOnce(): Promise<void> {
  const j = session.journey;
  if (!j || session.screen === 'lock') return;
  const s = session.settings;
  const first = session.reminders.lastOn === null;
  const active = [...activeReminders(j, s.reminderDays), ...session.municipalReminders];
  const now = live(active);
  const { state: reconciled } = reconcile(session.reminders, active, j.on);
  let state = reconciled;
  if (startRun) {
    startRun = false;
    // "前回から": what is new since the profile was last open (not on its very first run)
    session.sinceLast = first
      ? []
      : state.entries.filter((e) => !e.seen && e.status !== 'dismissed' && now.has(e.id)).map((e) => e.id);
  }
  const due = dueForNotification(state, j.on, localHhmm(), { from: s.quietFrom, to: s.quietTo }, now);
  // the first run of a profile lists everything in the inbox without a burst of notifications
  if (s.remindersEnabled && !first && due.length > 0 && window.nonstop) {
    const shared = session.sharedTerminal;
    const plan = notificationPlan(due);
    for (const e of plan.each) {
      recentlyShown.set(e.id, e.reminder);
      const text = shared
        ? { title: t('reminder.shared.title'), body: t('reminder.shared.body') }
        : reminderText(e.reminder);
      await host()['notification.show']({
        id: e.id,
        title: text.title.slice(0, 200),
        body: text.body.slice(0, 500),
      });
    }
    // Many at once (a clock jump, a long absence): one summary that opens the inbox, naming the first few.
    if (plan.summary) {
      const titles = plan.summary.slice(0, 3).map((e) => reminderText(e.reminder).title);
      await host()['notification.show']({
        id: 'inbox',
        title: shared ? t('reminder.shared.title') : t('reminder.summary', { n: plan.summary.length }),
        body: shared
          ? t('reminder.shared.body')
          : (
              titles.join(locale.current === 'ja' ? '／' : ' / ') +
              (plan.summary.length > titles.length ? t('reminder.summary.more') : '')
            ).slice(0, 500),
      });
    }
  }
  if (due.length > 0)
    state = markNotified(
      state,
      due.map((e) => e.id),
    );
  if (JSON.stringify(state) !== JSON.stringify(session.reminders)) await session.saveReminders(state);
}

/** Called on lock, so the next profile gets its own "前回から" list. */
export function resetReminderRun(): void {
  startRun = true;
  recentlyShown.clear();
}

export async function snoozeReminder(id: string): Promise<void> {
  await session.saveReminders(snoozeEntry(session.reminders, id, addDays(session.today, 1)));
}

export async function dismissReminder(id: string): Promise<void> {
  await session.saveReminders(dismissEntry(session.reminders, id));
}

export async function markAllSeen(): Promise<void> {
  await session.saveReminders(markSeen(session.reminders));
}

/**
 * What this page showed as notifications, by id: a click can arrive before the run that showed it
 * has saved its sealed state (a quick click), and must still open the item, not the inbox.
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup table, never rendered
const recentlyShown = new Map<string, Reminder>();

/** Opens what a clicked notification was about (its item, or the inbox). */
export function openReminder(id: string): void {
  const reminder =
    untrack(() => session.reminders.entries.find((x) => x.id === id))?.reminder ?? recentlyShown.get(id);
  if (reminder?.item) session.openItem(reminder.item);
  else if (reminder && reminderScreen(reminder) && session.screen !== 'lock')
    session.screen = reminderScreen(reminder) as 'caseFile' | 'notices' | 'municipalOffer';
  else if (session.screen !== 'lock') session.screen = 'inbox';
}

let listening = false;
/** Listens for notification clicks for as long as the page lives. */
export function listenForClicks(): void {
  if (listening || !window.nonstop) return;
  listening = true;
  void (async () => {
    for (;;) {
      const r = await host()['notification.nextClick'](null);
      if (r.ok) openReminder(r.value.id);
      else await new Promise((res) => setTimeout(res, 5000));
    }
  })();
}
