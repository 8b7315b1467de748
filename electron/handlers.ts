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
import { CHILD_ALLOWANCE } from '../core/forms/child-allowance';
import { formFileName, prepareForm } from '../core/forms/registry';
import { renderForm } from '../core/forms/render';
import type { FormRequest } from '../core/forms/engine';
import { canonicalBytes } from '../core/signing/canonical';
import { toBase64 } from '../core/encoding/bytes';
import { CardError, type SimulatedCardReader } from './services/card-reader';
import { MunicipalityError, submitToMunicipality } from './services/municipality-client';
import { FORM_FONTS } from './services/forms';
import { UnprintableTextError } from '../core/forms/pdf-render';
import { FormOverflowError } from '../core/forms/pdf-canvas';
import type { FixtureLibrary } from './services/fixtures';
import { LoginRequired, municipalCalls } from './municipal-handlers';
import { DocumentError } from './services/municipality-records';
import { createMailbox } from './services/mailbox';
import {
  fetchOfferFeed,
  DEFAULT_PROVIDER_URL,
  ProviderError,
  sendDeletionRequest,
  sendOfferRequest,
} from './services/provider-client';
import { NotificationCenter, noNotifications } from './services/notifications';
import { SystemLockEvents } from './services/system-lock';
import { ShredKeyError, type ShredKeyStore } from './services/vault-keys';
import { HostSession, SessionError } from './services/host-session';
import type { MunicipalTrust } from './services/municipal-trust';

export interface HostDeps {
  fixtures: FixtureLibrary;
  cards: SimulatedCardReader;
  municipalityUrl: string;
  /** the mock private provider (民間サービス, issue 21); absent: the default loopback address */
  providerUrl?: string;
  now: () => Date;
  /** OS notifications (main: Electron's; the harness: a recording one). Absent: none shown, and the renderer is told. */
  notifications?: NotificationCenter;
  /** The OS sleeping or locking its screen (main: powerMonitor; the harness: by hand). */
  systemLock?: SystemLockEvents;
  /** The vault's per-profile key files (main: in userData; the harness: its work folder). */
  shredKeys?: ShredKeyStore;
  /** The LGPKI CA and its CRL for municipal documents (main: the app's resources). */
  municipalTrust?: MunicipalTrust;
  /** The unlocked session main holds (issue 19); one is made when not given. */
  hostSession?: HostSession;
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

/** A form of the registry, prepared for this household, or the typed reason it cannot be. */
function prepared(procedure: string, req: FormRequest) {
  const p = prepareForm(procedure, req);
  if (p.ok) return p;
  if (p.kind === 'missing-facts')
    throw new HandlerError({
      code: 'missing-facts',
      message: `missing: ${p.missing.map((m) => m.path).join(', ')}`,
      missing: p.missing.map((m) => m.label),
    });
  throw new HandlerError({
    code: p.kind === 'unknown-procedure' ? 'not-found' : 'not-applicable',
    // Japanese: the renderer shows it as it is (the reason names the household's facts).
    message: p.reason.ja,
  });
}

function wrap<K extends HostCall>(call: K, fn: (raw: unknown) => Promise<HostResults[K]>) {
  return async (raw: unknown): Promise<HostResult<HostResults[K]>> => {
    try {
      return { ok: true, value: await fn(raw) };
    } catch (e) {
      if (e instanceof HandlerError) return { ok: false, error: e.error };
      if (e instanceof SessionError) return { ok: false, error: { code: 'locked', message: e.message } };
      if (e instanceof LoginRequired)
        return { ok: false, error: { code: 'login-required', message: e.message } };
      if (e instanceof DocumentError)
        return { ok: false, error: { code: 'municipality-rejected', message: e.message } };
      if (e instanceof CardError) {
        const code =
          e.code === 'wrong-pin'
            ? 'wrong-pin'
            : e.code === 'card-locked'
              ? 'card-locked'
              : e.code === 'not-found'
                ? 'not-found'
                : e.code === 'invalid-pin'
                  ? 'invalid-argument'
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
      if (e instanceof ProviderError)
        return {
          ok: false,
          error: {
            code: e.code === 'unreachable' ? 'provider-unreachable' : 'provider-rejected',
            message: e.message,
          },
        };
      if (e instanceof MunicipalityError)
        return {
          ok: false,
          error: {
            code: e.code === 'unreachable' ? 'municipality-unreachable' : 'municipality-rejected',
            message: e.message,
            ...(e.rejection ? { rejection: e.rejection } : {}),
          },
        };
      console.error(`[host] ${call} failed`, e);
      return { ok: false, error: { code: 'internal', message: `${call} failed: ${(e as Error).message}` } };
    }
  };
}

export function createHandlers(deps: HostDeps): Handlers {
  const hostSession = deps.hostSession ?? new HostSession(deps.shredKeys);
  const municipal = municipalCalls({ ...deps, hostSession });
  const providerUrl = deps.providerUrl ?? DEFAULT_PROVIDER_URL;
  const notifications = deps.notifications ?? new NotificationCenter(noNotifications);
  const systemLock = deps.systemLock ?? new SystemLockEvents();
  const shredKey = <T>(f: (s: ShredKeyStore) => T): T => {
    if (!deps.shredKeys) throw new HandlerError({ code: 'internal', message: 'no key store on this host' });
    try {
      return f(deps.shredKeys);
    } catch (e) {
      if (e instanceof ShredKeyError)
        throw new HandlerError({
          code: e.code === 'not-found' ? 'not-found' : 'invalid-argument',
          message: e.message,
        });
      throw e;
    }
  };
  return {
    'municipality.login': wrap('municipality.login', async (raw) =>
      municipal.login(parse('municipality.login', raw)),
    ),
    'case.status': wrap('case.status', async (raw) => municipal.status(parse('case.status', raw))),
    'case.certificate': wrap('case.certificate', async (raw) =>
      municipal.certificate(parse('case.certificate', raw)),
    ),
    'resident.import': wrap('resident.import', async (raw) =>
      municipal.importRecord(parse('resident.import', raw)),
    ),
    'notices.fetch': wrap('notices.fetch', async (raw) => municipal.notices(parse('notices.fetch', raw))),
    'mailbox.create': wrap('mailbox.create', async (raw) => {
      parse('mailbox.create', raw);
      return createMailbox();
    }),
    'mailbox.poll': wrap('mailbox.poll', async (raw) => municipal.poll(parse('mailbox.poll', raw))),
    'mailbox.register': wrap('mailbox.register', async (raw) =>
      municipal.registerMailbox(parse('mailbox.register', raw)),
    ),
    'privateOffers.feed': wrap('privateOffers.feed', async (raw) => {
      parse('privateOffers.feed', raw);
      return fetchOfferFeed(providerUrl);
    }),
    'privateOffers.request': wrap('privateOffers.request', async (raw) => ({
      answer: await sendOfferRequest(providerUrl, parse('privateOffers.request', raw).signed),
    })),
    'privateOffers.deletion': wrap('privateOffers.deletion', async (raw) => ({
      ack: await sendDeletionRequest(providerUrl, parse('privateOffers.deletion', raw).signed),
    })),
    'system.nextLock': wrap('system.nextLock', async (raw) => {
      parse('system.nextLock', raw);
      return systemLock.next();
    }),
    'vault.shredKey.create': wrap('vault.shredKey.create', async (raw) => {
      const { profile, verifier } = parse('vault.shredKey.create', raw);
      return shredKey((s) => {
        const made = s.create(profile);
        if (verifier) s.putVerifier(profile, verifier);
        return made;
      });
    }),
    // Read before the unlock: the key file is the second factor the passphrase is tried with
    // (see electron/services/host-session.ts); alone it opens nothing.
    'vault.shredKey.get': wrap('vault.shredKey.get', async (raw) =>
      shredKey((s) => s.get(parse('vault.shredKey.get', raw).profile)),
    ),
    // Destroying and revealing: only for the profile unlocked in this session.
    'vault.shredKey.delete': wrap('vault.shredKey.delete', async (raw) => {
      const { profile } = parse('vault.shredKey.delete', raw);
      hostSession.requireProfile(profile);
      const deleted = shredKey((s) => s.delete(profile));
      hostSession.close();
      return deleted;
    }),
    'vault.anchor.get': wrap('vault.anchor.get', async (raw) => {
      const { profile } = parse('vault.anchor.get', raw);
      hostSession.requireProfile(profile);
      return shredKey((s) => s.getAnchor(profile));
    }),
    'vault.anchor.put': wrap('vault.anchor.put', async (raw) => {
      const { profile, anchor } = parse('vault.anchor.put', raw);
      hostSession.requireProfile(profile);
      return shredKey((s) => s.putAnchor(profile, anchor));
    }),
    'vault.session.open': wrap('vault.session.open', async (raw) => {
      const a = parse('vault.session.open', raw);
      if ('guest' in a) hostSession.openGuest();
      else shredKey(() => hostSession.openProfile(a.profile, a.capability));
      return { opened: true as const };
    }),
    'vault.session.close': wrap('vault.session.close', async (raw) => {
      parse('vault.session.close', raw);
      hostSession.close();
      return { closed: true as const };
    }),
    'municipality.logout': wrap('municipality.logout', async (raw) =>
      municipal.logout(parse('municipality.logout', raw)),
    ),
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
      const { household, child, on, procedure, guardian } = parse('form.render', raw);
      const p = prepared(procedure ?? CHILD_ALLOWANCE, { household, child, guardian, on });
      let pdf: Uint8Array;
      try {
        pdf = await renderForm(p, FORM_FONTS, deps.now());
      } catch (e) {
        // a value too long for its box, a character no font has: the household's fact, said in Japanese
        if (e instanceof FormOverflowError || e instanceof UnprintableTextError)
          throw new HandlerError({
            code: 'not-applicable',
            message:
              e instanceof UnprintableTextError
                ? `「${e.characters.join('」「')}」は書類に印字できない文字です。家族の情報で確かめるか、紙の書類に手書きしてください。`
                : '書類の欄に収まらない長さの値があります。家族の情報で確かめてください。',
          });
        throw e;
      }
      return {
        pdfBase64: toBase64(pdf),
        fileName: formFileName(p, child),
        procedure: p.form.procedure,
        form: p.form.id,
        filing: p.form.filing,
        title: p.form.title,
        handwritten: p.handwritten,
        checklist: p.checklist,
      };
    }),
    'application.submit': wrap('application.submit', async (raw) => {
      const { household, child, on, card, pin, procedure, guardian, correctionOf, resultsTo } = parse(
        'application.submit',
        raw,
      );
      const p = prepared(procedure ?? CHILD_ALLOWANCE, { household, child, guardian, on });
      // Paper forms are printed, never sent: the 出生届 must reach the office signed on paper.
      if (p.form.filing !== 'online')
        throw new HandlerError({ code: 'invalid-argument', message: `${p.form.id} is not filed online` });
      const bytes = canonicalBytes({
        ...p.application,
        ...(correctionOf ? { correctionOf } : {}),
        ...(resultsTo ? { resultsTo } : {}),
      });
      const signature = deps.cards.sign(card, pin, bytes, deps.now());
      const receipt = await submitToMunicipality(deps.municipalityUrl, bytes, signature);
      return {
        ...receipt,
        submittedOn: on,
        card,
        ...(resultsTo ? { resultsTo: resultsTo.mailboxId } : {}),
        applicationBase64: toBase64(bytes),
        signatureBase64: toBase64(signature),
      };
    }),
  };
}
