/**
 * The one typed contract between the renderer and the main process: every call
 * the renderer may make, its argument schema and its result type. The preload
 * exposes exactly these names; main validates every argument with these
 * schemas before it acts. Results cross as `{ ok, value } | { ok, error }`
 * with a typed code, because a thrown error reaches the renderer as a bare string.
 */
import { z } from 'zod';
import { civilDateField as civilDate, householdSchema, id } from './household/schema';
import type { Receipt, RejectionCode } from './submission';
import { SIGNING_PASSWORD } from './signing/card-format';
import { municipalHostArgs, type MunicipalHostResults } from './municipal-contract';
import { resultsToSchema } from './mailbox';
import { privateOfferHostArgs, type PrivateOfferHostResults } from './offers/contract';

const procedureId = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/, 'must be a procedure id such as birth-registration');

export const hostArgs = {
  'fixtures.list': z.null(),
  'fixtures.read': z.strictObject({ name: id }),
  'card.list': z.null(),
  /** Any form of core/forms/registry.ts; without `procedure` the 児童手当 認定請求書 (the first call shape). */
  'form.render': z.strictObject({
    household: householdSchema,
    child: id,
    on: civilDate,
    procedure: procedureId.optional(),
    guardian: id.optional(),
  }),
  'application.submit': z.strictObject({
    household: householdSchema,
    child: id,
    on: civilDate,
    /** an online form's procedure; without it the 児童手当 認定請求書 */
    procedure: procedureId.optional(),
    guardian: id.optional(),
    /** 要補正: the receipt number of the case this filing corrects (signed with the application) */
    correctionOf: z
      .string()
      .regex(/^R-\d{6}-\d{8}-\d{6,}$/, 'not a receipt number')
      .optional(),
    /** the profile's mailbox (core/mailbox.ts), signed with the application: its results come there, no login needed */
    resultsTo: resultsToSchema.optional(),
    card: id,
    /** the 署名用 password (JPKI: 6–16 A–Z/0–9 with a letter and a digit): applications are signed with the signing key */
    pin: z
      .string()
      .regex(SIGNING_PASSWORD, 'the signing password is 6–16 upper-case letters and digits, with both'),
  }),
  /** A reminder as an OS notification; `id` comes back from notification.nextClick when it is clicked. */
  'notification.show': z.strictObject({
    id: z.string().min(1).max(300),
    title: z.string().min(1).max(200),
    body: z.string().max(500),
  }),
  /** Pending until the user clicks a notification (a long poll; the renderer calls it again after each). */
  'notification.nextClick': z.null(),
  /** Pending until the OS sleeps or locks its screen; the vault then locks (issue 11). */
  'system.nextLock': z.null(),
  /** A profile's key file outside the browser's storage (crypto-shredding; electron/services/vault-keys.ts). */
  'vault.shredKey.create': z.strictObject({
    profile: z.string().regex(/^[0-9a-f]{32}$/),
    /** SHA-256 (hex) of the profile's host capability (electron/services/host-session.ts) */
    verifier: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  }),
  'vault.shredKey.get': z.strictObject({ profile: z.string().regex(/^[0-9a-f]{32}$/) }),
  'vault.shredKey.delete': z.strictObject({ profile: z.string().regex(/^[0-9a-f]{32}$/) }),
  /** The profile's rollback anchor beside its key file (issue 11: whole-store rollback; core/vault/anchor.ts). */
  'vault.anchor.get': z.strictObject({ profile: z.string().regex(/^[0-9a-f]{32}$/) }),
  'vault.anchor.put': z.strictObject({
    profile: z.string().regex(/^[0-9a-f]{32}$/),
    anchor: z.string().regex(/^nonstop-anchor\/1\.\d{1,16}\.[A-Za-z0-9+/]{43}=$/, 'not an anchor'),
  }),
  /**
   * The unlocked session main holds (issue 19): a profile opens it with its
   * capability (base64 of 32 bytes, derived from the data key), a guest without
   * one; locking closes it. Deleting a key file, the anchors and the card
   * sessions need it.
   */
  'vault.session.open': z.union([
    z.strictObject({
      profile: z.string().regex(/^[0-9a-f]{32}$/),
      capability: z.string().regex(/^[A-Za-z0-9+/]{43}=$/, 'not a capability'),
    }),
    z.strictObject({ guest: z.literal(true) }),
  ]),
  'vault.session.close': z.null(),
  ...municipalHostArgs,
  ...privateOfferHostArgs,
} as const;

export type HostCall = keyof typeof hostArgs;

export interface FixtureSummary {
  name: string;
  label: string;
}

export interface PinState {
  triesLeft: number;
  locked: boolean;
  maxTries: number;
}

export interface CardSummary {
  id: string;
  holder: string;
  /** the 署名用 key's counter (the one an application uses), as `signing` */
  triesLeft: number;
  locked: boolean;
  maxTries: number;
  /** 利用者証明用 (login): 4-digit PIN, 3 tries */
  auth: PinState;
  /** 署名用 (signing): 6–16 A–Z/0–9, 5 tries */
  signing: PinState;
}

export interface HostResults extends MunicipalHostResults, PrivateOfferHostResults {
  'fixtures.list': FixtureSummary[];
  'fixtures.read': { text: string };
  'card.list': CardSummary[];
  // base64: the PDF crosses IPC and the test harness as text
  'form.render': {
    pdfBase64: string;
    fileName: string;
    /** which form of the procedure (e.g. child-health-insurance/employee) and how it is filed */
    procedure: string;
    form: string;
    filing: 'online' | 'counter' | 'employer' | 'insurer';
    title: { ja: string; en: string };
    /** fields the app leaves blank for the person to write */
    handwritten: { ja: string; en: string }[];
    checklist: { ja: string; en: string }[];
  };
  /** with the signed bytes (canonical application + CMS, base64), kept in the case file */
  'application.submit': Receipt & {
    submittedOn: string;
    card: string;
    /** the mailbox id the signed application named, if any */
    resultsTo?: string;
    applicationBase64: string;
    signatureBase64: string;
  };
  'notification.show': { shown: boolean };
  'notification.nextClick': { id: string };
  'system.nextLock': { reason: 'suspend' | 'lock-screen' };
  /** base64, 32 bytes */
  'vault.shredKey.create': { key: string };
  'vault.shredKey.get': { key: string };
  'vault.shredKey.delete': { deleted: boolean };
  /** null: this profile has no anchor yet */
  'vault.anchor.get': { anchor: string | null };
  'vault.anchor.put': { saved: boolean };
  'vault.session.open': { opened: true };
  'vault.session.close': { closed: true };
}

export type HostErrorCode =
  | 'invalid-argument'
  /** the call needs an unlocked session in main (issue 19) */
  | 'locked'
  | 'login-required'
  | 'not-found'
  | 'missing-facts'
  | 'not-applicable'
  | 'wrong-pin'
  | 'card-locked'
  | 'municipality-unreachable'
  | 'municipality-rejected'
  /** the private provider (民間サービス) could not be reached, or refused */
  | 'provider-unreachable'
  | 'provider-rejected'
  | 'internal';

export interface HostError {
  code: HostErrorCode;
  message: string;
  /** wrong-pin: tries left; missing-facts: labels */
  triesLeft?: number;
  missing?: string[];
  /** municipality-rejected: the server's code (`signer-mismatch`…), so the app can say what to do */
  rejection?: RejectionCode;
}

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

export type HostArg<K extends HostCall> = z.input<(typeof hostArgs)[K]>;

/** The object the preload exposes as `window.nonstop`: one function per call. */
export type HostApi = { [K in HostCall]: (arg: HostArg<K>) => Promise<HostResult<HostResults[K]>> };

export const hostCalls = Object.keys(hostArgs) as HostCall[];
