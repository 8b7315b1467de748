/**
 * Reminders from the journey on successive dates. Expected dates come from
 * the law: 出生届 within 14 days counting the birth day (戸籍法49条・43条), so a
 * birth on 2026-11-12 is due 2026-11-25; the reminders 7/3/1 days before fall
 * on 11-18, 11-22 and 11-24.
 */
import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import { addDays, civilDate, type CivilDate } from '../dates/civil-date';
import { validateHousehold, type Household } from '../household/schema';
import { computeJourney } from '../journey/journey';
import {
  activeReminders,
  dismiss,
  dueForNotification,
  EMPTY_REMINDER_STATE,
  inbox,
  inQuietHours,
  live,
  markNotified,
  MAX_NOTIFICATIONS_AT_ONCE,
  notificationPlan,
  readReminderState,
  reconcile,
  snooze,
  type ReminderState,
} from './reminders';

const h = (() => {
  const r = validateHousehold(newborn);
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();

const BIRTH = 'birth-registration/haruto/-';
const allDay = { from: '00:00', to: '00:00' };

/** Runs the reminders day by day from `from` to `to`, notifying at noon; returns what fired on which day. */
function run(hh: Household, from: string, to: string, state: ReminderState = EMPTY_REMINDER_STATE) {
  const fired: { on: string; id: string }[] = [];
  let d = civilDate(from);
  for (; d <= to; d = addDays(d, 1)) {
    const active = activeReminders(computeJourney(hh, d));
    state = reconcile(state, active, d).state;
    const due = dueForNotification(state, d, '12:00', allDay, live(active));
    for (const e of due) fired.push({ on: d, id: e.id });
    state = markNotified(
      state,
      due.map((e) => e.id),
    );
  }
  return { fired, state };
}

describe('reminders', () => {
  it('the 出生届: opened on the birth day, then 7, 3 and 1 days before, then overdue — each once', () => {
    const { fired } = run(h, '2026-11-12', '2026-11-30');
    const birth = fired.filter((f) => f.id.includes(BIRTH));
    expect(birth).toEqual([
      { on: '2026-11-12', id: `opened:${BIRTH}:2026-11-12` },
      { on: '2026-11-18', id: `due:${BIRTH}:2026-11-25:7` },
      { on: '2026-11-22', id: `due:${BIRTH}:2026-11-25:3` },
      { on: '2026-11-24', id: `due:${BIRTH}:2026-11-25:1` },
      { on: '2026-11-25', id: `due:${BIRTH}:2026-11-25:0` },
      { on: '2026-11-26', id: `overdue:${BIRTH}:2026-11-25` },
    ]);
    expect(new Set(fired.map((f) => f.id)).size).toBe(fired.length);
  });

  it('a skipped week fires only the nearest threshold, not every one passed', () => {
    const first = run(h, '2026-11-12', '2026-11-12');
    const { fired } = run(h, '2026-11-23', '2026-11-23', first.state);
    expect(fired.filter((f) => f.id.includes(BIRTH)).map((f) => f.id)).toEqual([`due:${BIRTH}:2026-11-25:3`]);
  });

  it('a completed item stops reminding and leaves the inbox', () => {
    const before = run(h, '2026-11-18', '2026-11-18');
    const done: Household = {
      ...h,
      completed: [{ item: 'birth-registration', child: 'haruto', on: civilDate('2026-11-19') }],
    };
    const j = computeJourney(done, civilDate('2026-11-22'));
    const active = activeReminders(j);
    const state = reconcile(before.state, active, j.on).state;
    expect(inbox(state, j.on, live(active)).some((e) => e.id.includes(BIRTH))).toBe(false);
    expect(
      dueForNotification(state, j.on, '12:00', allDay, live(active)).some((e) => e.id.includes(BIRTH)),
    ).toBe(false);
  });

  it('moving the clock back and forth never fires a reminder twice (ids are stable)', () => {
    let state = run(h, '2026-11-18', '2026-11-18').state;
    const again = [] as string[];
    for (const d of ['2026-11-14', '2026-11-18', '2026-11-10', '2026-11-18'] as CivilDate[]) {
      const active = activeReminders(computeJourney(h, d));
      state = reconcile(state, active, d).state;
      const due = dueForNotification(state, d, '12:00', allDay, live(active));
      again.push(...due.map((e) => e.id).filter((id) => id.includes(`due:${BIRTH}:2026-11-25:7`)));
      state = markNotified(
        state,
        due.map((e) => e.id),
      );
    }
    expect(again).toEqual([]);
  });

  it('quiet hours hold notifications back until they end (over midnight too)', () => {
    expect(inQuietHours('22:30', '21:00', '08:00')).toBe(true);
    expect(inQuietHours('07:59', '21:00', '08:00')).toBe(true);
    expect(inQuietHours('08:00', '21:00', '08:00')).toBe(false);
    expect(inQuietHours('13:00', '12:00', '14:00')).toBe(true);
    expect(inQuietHours('10:00', '00:00', '00:00')).toBe(false);
    const d = civilDate('2026-11-18');
    const active = activeReminders(computeJourney(h, d));
    const state = reconcile(EMPTY_REMINDER_STATE, active, d).state;
    const quiet = { from: '21:00', to: '08:00' };
    expect(dueForNotification(state, d, '23:00', quiet, live(active))).toEqual([]);
    expect(dueForNotification(state, d, '08:05', quiet, live(active)).length).toBeGreaterThan(0);
  });

  it('snooze hides until the date and notifies once more; dismiss removes for good', () => {
    const d = civilDate('2026-11-18');
    const active = activeReminders(computeJourney(h, d));
    const now = live(active);
    let state = reconcile(EMPTY_REMINDER_STATE, active, d).state;
    state = markNotified(
      state,
      state.entries.map((e) => e.id),
    );
    const id = `due:${BIRTH}:2026-11-25:7`;
    state = snooze(state, id, civilDate('2026-11-19'));
    expect(inbox(state, d, now).some((e) => e.id === id)).toBe(false);
    expect(dueForNotification(state, d, '12:00', allDay, now).some((e) => e.id === id)).toBe(false);
    const next = civilDate('2026-11-19');
    expect(dueForNotification(state, next, '12:00', allDay, now).map((e) => e.id)).toContain(id);
    state = dismiss(state, id);
    expect(inbox(state, next, now).some((e) => e.id === id)).toBe(false);
    expect(dueForNotification(state, next, '12:00', allDay, now).some((e) => e.id === id)).toBe(false);
  });

  it('a 児童手当 payment month and the journey notices are reminders too', () => {
    const claimed: Household = {
      ...h,
      completed: [{ item: 'child-allowance-application', child: 'haruto', on: civilDate('2026-11-20') }],
    };
    // 児童手当法8条④: paid in the even months (Feb, Apr, …, Dec) for the two months before
    const months = new Set<string>();
    for (let d = civilDate('2026-12-01'); d <= '2027-06-30'; d = addDays(d, 1))
      for (const r of activeReminders(computeJourney(claimed, d)))
        if (r.kind === 'payment') months.add(r.month ?? '');
    expect([...months].sort()).toEqual(['2027-02', '2027-04', '2027-06']);
    const moved = validateHousehold({ ...newborn, municipalityCode: '012025' });
    if (!moved.ok) throw new Error('fixture');
    const notices = activeReminders(computeJourney(moved.value, civilDate('2026-11-21'))).filter(
      (r) => r.kind === 'notice',
    );
    expect(notices.length).toBeGreaterThan(0);
  });

  it('a damaged stored state starts afresh instead of breaking', () => {
    expect(readReminderState({ format: 'nonstop-reminders/1', lastOn: 5, entries: 'x' })).toEqual(
      EMPTY_REMINDER_STATE,
    );
    expect(readReminderState(null)).toEqual(EMPTY_REMINDER_STATE);
    const ok = run(h, '2026-11-18', '2026-11-18').state;
    expect(readReminderState(JSON.parse(JSON.stringify(ok)))).toEqual(ok);
  });
});

describe('a clock jump that opens many items: one summary notification, not a burst', () => {
  it('jumping two months past the birth makes many reminders true: they are shown as one summary', () => {
    // Reconciled once on the birth day (its own reminders notified), then the clock jumps to 2027-01-20.
    const first = reconcile(
      EMPTY_REMINDER_STATE,
      activeReminders(computeJourney(h, civilDate('2026-11-12'))),
      civilDate('2026-11-12'),
    );
    const seen = markNotified(
      first.state,
      first.state.entries.map((e) => e.id),
    );
    const on = civilDate('2027-01-20');
    const active = activeReminders(computeJourney(h, on));
    const { state } = reconcile(seen, active, on);
    const due = dueForNotification(state, on, '12:00', { from: '00:00', to: '00:00' }, live(active));
    expect(due.length).toBeGreaterThan(MAX_NOTIFICATIONS_AT_ONCE);
    const plan = notificationPlan(due);
    expect(plan.each).toEqual([]);
    expect(plan.summary).toHaveLength(due.length);
  });

  it('a few at once are shown each on its own', () => {
    const on = civilDate('2026-11-18');
    const active = activeReminders(computeJourney(h, on)).slice(0, 2);
    const { state } = reconcile(EMPTY_REMINDER_STATE, active, on);
    const due = dueForNotification(state, on, '12:00', { from: '00:00', to: '00:00' }, live(active));
    expect(notificationPlan(due)).toEqual({ each: due, summary: null });
  });
});
