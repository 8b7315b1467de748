/**
 * The host contract's handlers, as plain Node (no `import 'electron'`): main.ts
 * binds them to IPC; the end-to-end harness binds the very same functions to
 * the page. Every argument is validated with core's schemas before anything
 * acts; every failure becomes a typed error the renderer can word for people.
 */
import {
  hostArgs,
  type HostCall,
  type HostError,
  type HostResult,
  type HostResults,
} from '../core/host-contract';
import { formatPath } from '../core/household/schema';
import { buildChildAllowanceApplication } from '../core/forms/child-allowance';
import { renderChildAllowancePdf } from '../core/forms/child-allowance-pdf';
import { canonicalBytes } from '../core/signing/canonical';
import { toBase64 } from '../core/encoding/bytes';
import type { CivilDate } from '../core/dates/civil-date';
import { CardError, type SimulatedCardReader } from './services/card-reader';
import { MunicipalityError, submitToMunicipality } from './services/municipality-client';
import { subsetBizUdpGothic } from './services/forms';
import type { FixtureLibrary } from './services/fixtures';
import { NotificationCenter, noNotifications } from './services/notifications';
import { SystemLockEvents } from './services/system-lock';

export interface HostDeps {
  fixtures: FixtureLibrary;
  cards: SimulatedCardReader;
  municipalityUrl: string;
  now: () => Date;
  /** OS notifications (main: Electron's; the harness: a recording one). Absent: none shown, and the renderer is told. */
  notifications?: NotificationCenter;
  /** The OS sleeping or locking its screen (main: powerMonitor; the harness: by hand). */
  systemLock?: SystemLockEvents;
}

class HandlerError extends Error {
  constructor(readonly error: HostError) {
    super(error.message);
  }
}

type Handlers = { [K in HostCall]: (raw: unknown) => Promise<HostResult<HostResults[K]>> };

function parse<K extends HostCall>(call: K, raw: unknown) {
  const r = hostArgs[call].safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new HandlerError({
      code: 'invalid-argument',
      message: `${call}: ${formatPath(issue?.path ?? [])}: ${issue?.message}`,
    });
  }
  return r.data as ReturnType<(typeof hostArgs)[K]['parse']>;
}

function buildApplication(
  household: Parameters<typeof buildChildAllowanceApplication>[0],
  child: string,
  on: string,
) {
  const built = buildChildAllowanceApplication(household, child, on as CivilDate);
  if (!built.ok)
    throw new HandlerError({
      code: 'missing-facts',
      message: `missing: ${built.missing.map((m) => m.path).join(', ')}`,
      missing: built.missing.map((m) => m.label),
    });
  return built.value;
}

function wrap<K extends HostCall>(call: K, fn: (raw: unknown) => Promise<HostResults[K]>) {
  return async (raw: unknown): Promise<HostResult<HostResults[K]>> => {
    try {
      return { ok: true, value: await fn(raw) };
    } catch (e) {
      if (e instanceof HandlerError) return { ok: false, error: e.error };
      if (e instanceof CardError) {
        const code =
          e.code === 'wrong-pin'
            ? 'wrong-pin'
            : e.code === 'card-locked'
              ? 'card-locked'
              : e.code === 'not-found'
                ? 'not-found'
                : 'internal';
        return {
          ok: false,
          error: {
            code,
            message: e.message,
            ...(e.triesLeft !== undefined ? { triesLeft: e.triesLeft } : {}),
          },
        };
      }
      if (e instanceof MunicipalityError)
        return {
          ok: false,
          error: {
            code: e.code === 'unreachable' ? 'municipality-unreachable' : 'municipality-rejected',
            message: e.message,
          },
        };
      console.error(`[host] ${call} failed`, e);
      return { ok: false, error: { code: 'internal', message: `${call} failed: ${(e as Error).message}` } };
    }
  };
}

export function createHandlers(deps: HostDeps): Handlers {
  const notifications = deps.notifications ?? new NotificationCenter(noNotifications);
  const systemLock = deps.systemLock ?? new SystemLockEvents();
  return {
    'system.nextLock': wrap('system.nextLock', async (raw) => {
      parse('system.nextLock', raw);
      return systemLock.next();
    }),
    'notification.show': wrap('notification.show', async (raw) =>
      notifications.show(parse('notification.show', raw)),
    ),
    'notification.nextClick': wrap('notification.nextClick', async (raw) => {
      parse('notification.nextClick', raw);
      return notifications.nextClick();
    }),
    'fixtures.list': wrap('fixtures.list', async (raw) => {
      parse('fixtures.list', raw);
      return deps.fixtures.list();
    }),
    'fixtures.read': wrap('fixtures.read', async (raw) => {
      const { name } = parse('fixtures.read', raw);
      const text = deps.fixtures.read(name);
      if (text === undefined) throw new HandlerError({ code: 'not-found', message: `no fixture "${name}"` });
      return { text };
    }),
    'card.list': wrap('card.list', async (raw) => {
      parse('card.list', raw);
      return deps.cards.list();
    }),
    'form.render': wrap('form.render', async (raw) => {
      const { household, child, on } = parse('form.render', raw);
      const app = buildApplication(household, child, on);
      const pdf = await renderChildAllowancePdf(app, subsetBizUdpGothic, deps.now());
      return { pdfBase64: toBase64(pdf), fileName: `jidou-teate-ninteiseikyu-${child}-${on}.pdf` };
    }),
    'application.submit': wrap('application.submit', async (raw) => {
      const { household, child, on, card, pin } = parse('application.submit', raw);
      const bytes = canonicalBytes(buildApplication(household, child, on));
      const signature = deps.cards.sign(card, pin, bytes, deps.now());
      const receipt = await submitToMunicipality(deps.municipalityUrl, bytes, signature);
      return { ...receipt, submittedOn: on };
    }),
  };
}
