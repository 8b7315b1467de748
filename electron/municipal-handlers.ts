/**
 * The municipal host calls as plain Node (bound by handlers.ts): card sessions
 * are kept here, never handed to the renderer, and bound to the unlocked
 * session (issue 19 item 10): kept per (unlocked profile or guest session,
 * card), so another profile on a shared terminal finds none; forgotten — and
 * logged out at the municipality — when that session ends (lock, 終了, guest
 * end, a switch of profile); `logout` ends one card's at once.
 */
import type { MunicipalHostResults } from '../core/municipal-contract';
import type { Consent } from '../core/records/resident-record';
import type { SimulatedCardReader } from './services/card-reader';
import { login, logout } from './services/municipality-client';
import type { HostSession } from './services/host-session';
import type { MunicipalTrust } from './services/municipal-trust';
import {
  fetchCertificate,
  fetchSignedNoticeFeed,
  fetchSignedStatus,
  importResidentRecord,
} from './services/municipality-records';
import { pollMailbox, registerMailboxAfterLogin } from './services/mailbox';

export class LoginRequired extends Error {}

export function municipalCalls(deps: {
  cards: SimulatedCardReader;
  municipalityUrl: string;
  now: () => Date;
  hostSession: HostSession;
  /** the LGPKI CA and its CRL (main: the app's resources; default: the source tree's) */
  municipalTrust?: MunicipalTrust;
}) {
  const trust = deps.municipalTrust;
  /** `${session key}\n${card}` → the token */
  const sessions = new Map<string, { token: string; expiresAt: number }>();
  const revoke = (token: string) => void logout(deps.municipalityUrl, token).catch(() => undefined);
  deps.hostSession.onEnd((ended) => {
    for (const [k, s] of sessions)
      if (k.startsWith(`${ended}\n`)) {
        sessions.delete(k);
        revoke(s.token);
      }
  });
  const slot = (card: string) => {
    try {
      return `${deps.hostSession.key()}\n${card}`;
    } catch {
      throw new LoginRequired('locked: unlock a profile (or start a guest session) first');
    }
  };
  const token = (card: string) => {
    const s = sessions.get(slot(card));
    if (!s || s.expiresAt <= deps.now().getTime()) throw new LoginRequired(`log in with card ${card} first`);
    return s.token;
  };
  return {
    async login(a: { card: string; pin: string }): Promise<MunicipalHostResults['municipality.login']> {
      const key = slot(a.card);
      const s = await login(deps.municipalityUrl, deps.cards, a.card, a.pin);
      // the session may have ended while the card was read: then the new login is thrown away
      let still: string | null;
      try {
        still = slot(a.card);
      } catch {
        still = null;
      }
      if (still !== key) {
        revoke(s.token);
        throw new LoginRequired('locked while logging in');
      }
      const before = sessions.get(key);
      if (before) revoke(before.token);
      sessions.set(key, { token: s.token, expiresAt: Date.parse(s.expiresAt) });
      return { card: a.card, expiresAt: s.expiresAt };
    },
    async logout(a: { card: string }): Promise<MunicipalHostResults['municipality.logout']> {
      const key = slot(a.card);
      const s = sessions.get(key);
      sessions.delete(key);
      if (!s) return { card: a.card, loggedOut: false };
      await logout(deps.municipalityUrl, s.token).catch(() => undefined);
      return { card: a.card, loggedOut: true };
    },
    status: (a: { card: string; receiptId: string }) =>
      fetchSignedStatus(deps.municipalityUrl, token(a.card), a.receiptId, deps.now(), trust),
    certificate: (a: { card: string; receiptId: string }) =>
      fetchCertificate(deps.municipalityUrl, token(a.card), a.receiptId, deps.now(), trust),
    importRecord: (a: { card: string; consent: Consent }) =>
      importResidentRecord(deps.municipalityUrl, token(a.card), a.consent, deps.now(), trust),
    /** with the card's session: the mailbox registered for the family's offers */
    registerMailbox: async (a: { card: string; mailboxId: string; publicKey: string }) => {
      await registerMailboxAfterLogin(deps.municipalityUrl, token(a.card), a);
      return { registered: true as const };
    },
    /** no session: the mailbox id is the only thing sent */
    poll: (a: { mailboxId: string; secretKey: string }) =>
      pollMailbox(deps.municipalityUrl, a, deps.now(), trust),
    notices: (a: { municipalityCode: string }) =>
      fetchSignedNoticeFeed(deps.municipalityUrl, a.municipalityCode, deps.now(), trust),
  };
}
