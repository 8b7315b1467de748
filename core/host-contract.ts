/**
 * The one typed contract between the renderer and the main process: every call
 * the renderer may make, its argument schema and its result type. The preload
 * exposes exactly these names; main validates every argument with these
 * schemas before it acts. Results cross as `{ ok, value } | { ok, error }`
 * with a typed code, because a thrown error reaches the renderer as a bare string.
 */
import { z } from 'zod';
import { civilDateField as civilDate, householdSchema, id } from './household/schema';
import type { Receipt } from './submission';

export const hostArgs = {
  'fixtures.list': z.null(),
  'fixtures.read': z.strictObject({ name: id }),
  'card.list': z.null(),
  'form.render': z.strictObject({ household: householdSchema, child: id, on: civilDate }),
  'application.submit': z.strictObject({
    household: householdSchema,
    child: id,
    on: civilDate,
    card: id,
    pin: z.string().regex(/^\d{4}$/, 'PIN must be 4 digits'),
  }),
} as const;

export type HostCall = keyof typeof hostArgs;

export interface FixtureSummary {
  name: string;
  label: string;
}

export interface CardSummary {
  id: string;
  holder: string;
  triesLeft: number;
  locked: boolean;
}

export interface HostResults {
  'fixtures.list': FixtureSummary[];
  'fixtures.read': { text: string };
  'card.list': CardSummary[];
  // base64: the PDF crosses IPC and the test harness as text
  'form.render': { pdfBase64: string; fileName: string };
  'application.submit': Receipt & { submittedOn: string };
}

export type HostErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'missing-facts'
  | 'wrong-pin'
  | 'card-locked'
  | 'municipality-unreachable'
  | 'municipality-rejected'
  | 'internal';

export interface HostError {
  code: HostErrorCode;
  message: string;
  /** wrong-pin: tries left; missing-facts: labels */
  triesLeft?: number;
  missing?: string[];
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

export type HostArg<K extends HostCall> = z.input<(typeof hostArgs)[K]>;

/** The object the preload exposes as `window.nonstop`: one function per call. */
export type HostApi = { [K in HostCall]: (arg: HostArg<K>) => Promise<HostResult<HostResults[K]>> };

export const hostCalls = Object.keys(hostArgs) as HostCall[];
