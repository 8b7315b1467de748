/**
 * Reminders, computed on the device from the journey (no server, no network).
 *
 * `activeReminders(journey)` lists what is true on the journey's date: an item
 * open now (opened), a deadline within one of the chosen day counts (due-in,
 * only the nearest threshold crossed, so 7/3/1 each fire once even when days
 * are skipped), a deadline passed (overdue), a 児童手当 payment month that has
 * come (payment), a notice (notice). Each has a stable id built from what it
 * is about (the item, its date, the threshold), never from when it was
 * computed, so `reconcile` can make each fire exactly once across restarts,
 * clock travel and recomputation; the state (fired, snoozed, dismissed) is
 * kept sealed in the profile by the renderer.
 *
 * Pure: dates are civil dates, "now" is passed in as a date and an hh:mm.
 */
import { z } from 'zod';
import { addDays, compare, daysBetween, type CivilDate } from '../dates/civil-date';
import type { Journey, JourneyItem } from '../journey/journey';

export type ReminderKind =
  | 'opened'
  | 'due-in'
  | 'overdue'
  | 'payment'
  | 'notice'
  // the municipal round trip (core/casefile/reminders.ts): a case needs correction or is decided; a new notice
  | 'case-status'
  | 'municipal-notice'
  // issue 20: an offer the municipality prepared (a birth registered → 児童手当 認定請求)
  | 'municipal-offer';

export interface ReminderItemRef {
  id: string;
  child: string | null;
  guardian?: string;
}

export interface Reminder {
  id: string;
  kind: ReminderKind;
  /** The day the reminder became true (opening day, threshold day, day after the deadline, first of the payment month). */
  since: CivilDate;
  item?: ReminderItemRef;
  title?: { ja: string; en: string };
  due?: CivilDate;
  /** due-in: the threshold (days before the deadline; 0 = the deadline is today). */
  days?: number;
  /** payment: YYYY-MM and the amount in yen. */
  month?: string;
  amount?: number;
  /** notice: core's text (worded for people by the renderer). */
  notice?: string;
  /** case-status: which case and what it became */
  case?: { receiptNumber: string; procedure: string; status: 'needs-correction' | 'approved' | 'rejected' };
  /** municipal-notice: the municipality's notice (its own words, both languages) */
  municipalNotice?: { id: string; kind: string; title: { ja: string; en: string }; date: string };
  /** municipal-offer: which offer, for which procedure and child (the child's name, as the offer has it) */
  offer?: { offerId: string; procedure: string; child: string };
}

export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 3, 1];

/** One key for an item of the journey: the item, its child, its guardian. */
export function itemKey(i: { id: string; child: string | null; guardian?: string }): string {
  return `${i.id}/${i.child ?? '-'}/${i.guardian ?? '-'}`;
}

const ref = (i: JourneyItem): ReminderItemRef =>
  i.guardian === undefined
    ? { id: i.id, child: i.child }
    : { id: i.id, child: i.child, guardian: i.guardian };

/** A short stable hash (FNV-1a, 32 bits) for ids built from text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** What is true on `journey.on`. `days`: the thresholds before a deadline (any of 1–60). */
export function activeReminders(
  journey: Journey,
  days: readonly number[] = DEFAULT_REMINDER_DAYS,
): Reminder[] {
  const on = journey.on;
  const thresholds = [...new Set([...days.filter((n) => Number.isInteger(n) && n > 0 && n <= 60), 0])].sort(
    (a, b) => a - b,
  );
  const out: Reminder[] = [];
  for (const i of journey.items) {
    if (i.status !== 'due' && i.status !== 'overdue') continue;
    const key = itemKey(i);
    const base = { item: ref(i), title: i.title };
    if (i.opens && compare(i.opens, on) <= 0)
      out.push({ id: `opened:${key}:${i.opens}`, kind: 'opened', since: i.opens, ...base });
    if (!i.due) continue;
    const left = daysBetween(on, i.due);
    if (left < 0) {
      out.push({
        id: `overdue:${key}:${i.due}`,
        kind: 'overdue',
        since: addDays(i.due, 1),
        due: i.due,
        ...base,
      });
      continue;
    }
    const n = thresholds.find((x) => x >= left);
    if (n !== undefined)
      out.push({
        id: `due:${key}:${i.due}:${n}`,
        kind: 'due-in',
        since: addDays(i.due, -n),
        due: i.due,
        days: n,
        ...base,
      });
  }
  const pay = journey.childAllowance.nextPayment;
  if (pay && pay.amount > 0 && pay.month === on.slice(0, 7))
    out.push({
      id: `payment:${pay.month}`,
      kind: 'payment',
      since: `${pay.month}-01` as CivilDate,
      month: pay.month,
      amount: pay.amount,
    });
  for (const n of journey.notices)
    out.push({ id: `notice:${hash(n)}`, kind: 'notice', since: on, notice: n });
  return out;
}

export const reminderStateEntrySchema = z.strictObject({
  id: z.string().min(1).max(300),
  /** pending: to notify (quiet hours or snooze deferred it); notified: shown; dismissed: gone for good. */
  status: z.enum(['pending', 'notified', 'dismissed']),
  firedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  snoozedUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** Seen in the inbox (the "前回から" list shows the unseen ones). */
  seen: z.boolean(),
  reminder: z.custom<Reminder>(
    (v) => typeof v === 'object' && v !== null && typeof (v as Reminder).id === 'string',
  ),
});

export const reminderStateSchema = z.strictObject({
  format: z.literal('nonstop-reminders/1'),
  /** The last date reminders were reconciled for. */
  lastOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  entries: z.array(reminderStateEntrySchema).max(5000),
});

export type ReminderState = z.output<typeof reminderStateSchema>;
export type ReminderEntry = ReminderState['entries'][number];

export const EMPTY_REMINDER_STATE: ReminderState = {
  format: 'nonstop-reminders/1',
  lastOn: null,
  entries: [],
};

/** A stored state, validated; a damaged one starts afresh (it holds nothing that cannot be recomputed). */
export function readReminderState(raw: unknown): ReminderState {
  const r = reminderStateSchema.safeParse(raw);
  return r.success ? (r.data as ReminderState) : EMPTY_REMINDER_STATE;
}

/** Oldest entries past this many are dropped (dismissed first). */
const KEEP = 2000;

/**
 * Adds the active reminders not seen before (each id once, ever) and returns
 * the new state and the entries that are new now. Entries that are no longer
 * true (an item done, the clock moved back) keep their state but are left out
 * of the inbox and of notifications by `live` (below), so they neither fire
 * again nor come back as new.
 */
export function reconcile(
  state: ReminderState,
  active: readonly Reminder[],
  on: CivilDate,
): { state: ReminderState; fresh: ReminderEntry[] } {
  const known = new Set(state.entries.map((e) => e.id));
  const fresh: ReminderEntry[] = [];
  for (const r of active) {
    if (known.has(r.id)) continue;
    known.add(r.id);
    fresh.push({ id: r.id, status: 'pending', firedOn: on, seen: false, reminder: r });
  }
  let entries = [...state.entries, ...fresh];
  if (entries.length > KEEP) {
    // the oldest dismissed ones go first, then the oldest of the rest
    const over = entries.length - KEEP;
    const drop = new Set(
      entries
        .filter((e) => e.status === 'dismissed')
        .slice(0, over)
        .map((e) => e.id),
    );
    entries = entries.filter((e) => !drop.has(e.id)).slice(-KEEP);
  }
  return { state: { format: 'nonstop-reminders/1', lastOn: on, entries }, fresh };
}

/** The ids of what is true now (from `activeReminders`), to filter the inbox and notifications by. */
export const live = (active: readonly Reminder[]): ReadonlySet<string> => new Set(active.map((r) => r.id));

/** Whether `hhmm` is inside quiet hours `from`–`to` (the span may run past midnight; from = to: none). */
export function inQuietHours(hhmm: string, from: string, to: string): boolean {
  if (from === to) return false;
  return from < to ? hhmm >= from && hhmm < to : hhmm >= from || hhmm < to;
}

/**
 * The entries to show as OS notifications now: pending ones, not snoozed past
 * `on`, none during quiet hours (they wait, still pending, until the hours end).
 */
export function dueForNotification(
  state: ReminderState,
  on: CivilDate,
  hhmm: string,
  quiet: { from: string; to: string },
  now: ReadonlySet<string>,
): ReminderEntry[] {
  if (inQuietHours(hhmm, quiet.from, quiet.to)) return [];
  return state.entries.filter(
    (e) => e.status === 'pending' && now.has(e.id) && (e.snoozedUntil === undefined || e.snoozedUntil <= on),
  );
}

function update(state: ReminderState, id: string, f: (e: ReminderEntry) => ReminderEntry): ReminderState {
  return { ...state, entries: state.entries.map((e) => (e.id === id ? f(e) : e)) };
}

export const markNotified = (state: ReminderState, ids: readonly string[]): ReminderState => {
  const set = new Set(ids);
  return {
    ...state,
    entries: state.entries.map((e) =>
      set.has(e.id) && e.status === 'pending' ? { ...e, status: 'notified' as const } : e,
    ),
  };
};

/** Hidden until `until`, then notified again once. */
export const snooze = (state: ReminderState, id: string, until: CivilDate): ReminderState =>
  update(state, id, (e) =>
    e.status === 'dismissed' ? e : { ...e, status: 'pending', snoozedUntil: until, seen: true },
  );

export const dismiss = (state: ReminderState, id: string): ReminderState =>
  update(state, id, (e) => ({ ...e, status: 'dismissed', seen: true }));

export const markSeen = (state: ReminderState): ReminderState => ({
  ...state,
  entries: state.entries.map((e) => (e.seen ? e : { ...e, seen: true })),
});

/** The inbox on `on`: true now, not dismissed, not snoozed past `on`, newest first. */
export function inbox(state: ReminderState, on: CivilDate, now: ReadonlySet<string>): ReminderEntry[] {
  return state.entries
    .filter(
      (e) =>
        e.status !== 'dismissed' && now.has(e.id) && (e.snoozedUntil === undefined || e.snoozedUntil <= on),
    )
    .sort((a, b) => (a.reminder.since < b.reminder.since ? 1 : a.reminder.since > b.reminder.since ? -1 : 0));
}

/** At most this many OS notifications at once; more become a single summary. */
export const MAX_NOTIFICATIONS_AT_ONCE = 3;

/**
 * How to show what is due for notification: each on its own when there are few; when a clock jump (or a long
 * absence) makes many true at once, one summary for all of them — never a burst (a new parent got fourteen at
 * once). The summary's entries are all marked notified, and all stay in the inbox.
 */
export function notificationPlan(
  due: readonly ReminderEntry[],
  max: number = MAX_NOTIFICATIONS_AT_ONCE,
): { each: readonly ReminderEntry[]; summary: readonly ReminderEntry[] | null } {
  return due.length > max ? { each: [], summary: due } : { each: due, summary: null };
}
