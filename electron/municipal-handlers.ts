/**
 * The municipal host calls as plain Node (bound by handlers.ts): sessions are
 * kept here, per card, never handed to the renderer.
 */
import type { MunicipalHostResults } from '../core/municipal-contract';
import type { Consent } from '../core/records/resident-record';
import type { SimulatedCardReader } from './services/card-reader';
import { login } from './services/municipality-client';
import {
  fetchCertificate,
  fetchSignedNoticeFeed,
  fetchSignedStatus,
  importResidentRecord,
} from './services/municipality-records';
import { pollMailbox } from './services/mailbox';

export class LoginRequired extends Error {}

export function municipalCalls(deps: {
  cards: SimulatedCardReader;
  municipalityUrl: string;
  now: () => Date;
}) {
  const sessions = new Map<string, { token: string; expiresAt: number }>();
  const token = (card: string) => {
    const s = sessions.get(card);
    if (!s || s.expiresAt <= deps.now().getTime()) throw new LoginRequired(`log in with card ${card} first`);
    return s.token;
  };
  return {
    async login(a: { card: string; pin: string }): Promise<MunicipalHostResults['municipality.login']> {
      const s = await login(deps.municipalityUrl, deps.cards, a.card, a.pin);
      sessions.set(a.card, { token: s.token, expiresAt: Date.parse(s.expiresAt) });
      return { card: a.card, expiresAt: s.expiresAt };
    },
    status: (a: { card: string; receiptId: string }) =>
      fetchSignedStatus(deps.municipalityUrl, token(a.card), a.receiptId, deps.now()),
    certificate: (a: { card: string; receiptId: string }) =>
      fetchCertificate(deps.municipalityUrl, token(a.card), a.receiptId, deps.now()),
    importRecord: (a: { card: string; consent: Consent }) =>
      importResidentRecord(deps.municipalityUrl, token(a.card), a.consent, deps.now()),
    /** no session: the mailbox id is the only thing sent */
    poll: (a: { mailboxId: string; secretKey: string }) => pollMailbox(deps.municipalityUrl, a, deps.now()),
    notices: (a: { municipalityCode: string }) =>
      fetchSignedNoticeFeed(deps.municipalityUrl, a.municipalityCode, deps.now()),
  };
}
