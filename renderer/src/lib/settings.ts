/**
 * The profile's settings, kept sealed in the profile (except the language,
 * which the lock screen needs before any profile is open: see i18n/locale).
 * Validated when read, so a damaged or older record falls back to defaults
 * field by field instead of breaking the app.
 */
import { z } from 'zod';

export const REMINDER_DAY_CHOICES = [14, 7, 3, 1] as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const settingsSchema = z.object({
  remindersEnabled: z.boolean().catch(true),
  /** Days before a deadline to remind (each fires once). */
  reminderDays: z
    .array(z.number().refine((n) => (REMINDER_DAY_CHOICES as readonly number[]).includes(n)))
    .max(REMINDER_DAY_CHOICES.length)
    .catch([7, 3, 1]),
  quietFrom: time.catch('21:00'),
  quietTo: time.catch('08:00'),
  tester: z.boolean().catch(false),
  /** 「赤ちゃんは生まれましたか？」 put aside on this civil day (asked again the next day; lib/born-question.ts) */
  bornQuestionDismissedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .catch(null),
});

export type AppSettings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = settingsSchema.parse({});

export function readSettings(raw: unknown): AppSettings {
  const r = settingsSchema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return r.success ? r.data : DEFAULT_SETTINGS;
}

/** Tester mode from the start flag: `?tester=1` in the URL (main passes it from `--tester` / NONSTOP_TESTER=1). */
export function testerFlag(search: string = globalThis.location?.search ?? ''): boolean {
  return new URLSearchParams(search).get('tester') === '1';
}

/** Whether `hh:mm` (local time) falls in quiet hours (the span may run over midnight). */
export function inQuietHours(hhmm: string, from: string, to: string): boolean {
  if (from === to) return false;
  return from < to ? hhmm >= from && hhmm < to : hhmm >= from || hhmm < to;
}
