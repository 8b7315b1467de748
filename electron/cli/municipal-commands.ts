/**
 * The municipal round trip on the command line (a public contract, beside
 * `journey` and `form`):
 *
 *   nonstop submit PROCEDURE-ID FILE --child ID --card CARD --pin PASSWORD [--on DATE] [--correction-of RECEIPT] [--to URL]
 *       sign the prefilled application with the card's 署名用 key, send it, print the receipt as JSON
 *   nonstop status RECEIPT --card CARD --pin PIN [--to URL]
 *       log in with the 利用者証明用 key (4-digit PIN), print the case (RECEIPT: its id or its number) as JSON
 *   nonstop import --card CARD --pin PIN [--to URL]
 *       自己情報取得: log in, consent, print the resident record the municipality signed, verified
 *   nonstop certificate RECEIPT --card CARD --pin PIN --out FILE.pdf [--to URL]
 *       the certificate of an approved case, verified, written with its detached CMS (FILE.pdf.p7s)
 *   nonstop notices FILE [--on YYYY-MM-DD] [--all] [--to URL]
 *       the municipality's notice feed (only the code sent), verified, filtered for the household FILE
 *   nonstop cards                       the fixture cards, their holders, test PINs and counters, as JSON
 *   nonstop cards reset CARD [--key auth|signing]   unlock a card "at the counter"
 *
 * --state DIR (or NONSTOP_CARD_STATE) is the card reader's counter folder; by default the
 * app's own (its user-data folder, `card-state/`), so the CLI and the app share one counter,
 * as a real card would. --to defaults to NONSTOP_MUNICIPALITY_URL, then http://127.0.0.1:47310.
 *
 * Exit codes: 0 success; 1 a user error (wrong PIN, locked card, refusal, unreachable
 * municipality, invalid household), one line; 2 usage; 3 a bug.
 */
import { writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Household } from '../../core/household/schema';
import { onOption, parseOptions, readHouseholdFile, type CommandResult } from './options';
import { prepareForm, PROCEDURES } from '../../core/forms/registry';
import { canonicalBytes } from '../../core/signing/canonical';
import { RECEIPT_ID } from '../../core/submission';
import { fromBase64 } from '../../core/encoding/bytes';
import { noticesFor } from '../../core/records/notices';
import { isCurrentNotice } from '../../core/casefile/reminders';
import { CardError, SimulatedCardReader } from '../services/card-reader';
import {
  DEFAULT_MUNICIPALITY_URL,
  listCases,
  login,
  MunicipalityError,
  submitToMunicipality,
} from '../services/municipality-client';
import {
  DocumentError,
  fetchCertificate,
  fetchNoticeFeed,
  fetchSignedStatus,
  importResidentRecord,
  RESIDENT_CONSENT,
} from '../services/municipality-records';
import { FIXTURE_CARDS } from '../../fixtures/cards/fixture-cards';

export const MUNICIPAL_USAGE = `  nonstop submit PROCEDURE-ID FILE --child ID --card CARD --pin PASSWORD [--on YYYY-MM-DD] [--correction-of RECEIPT] [--to URL]
  nonstop status RECEIPT --card CARD --pin PIN [--to URL]
  nonstop import --card CARD --pin PIN [--to URL]
  nonstop certificate RECEIPT --card CARD --pin PIN --out FILE.pdf [--to URL]
  nonstop notices FILE [--on YYYY-MM-DD] [--all] [--to URL]
  nonstop cards
  nonstop cards reset CARD [--key auth|signing]
  (card counters: --state DIR or NONSTOP_CARD_STATE; default the app's card-state folder)`;

export const MUNICIPAL_COMMANDS = ['submit', 'status', 'import', 'cards', 'certificate', 'notices'] as const;

type Result = CommandResult;

const repoCards = fileURLToPath(new URL('../../fixtures/cards/', import.meta.url));

const fail = (code: number, line: string): Result => ({ code, out: line });
const usage = (message: string): Result => fail(2, `nonstop: ${message}\nusage:\n${MUNICIPAL_USAGE}`);

/** Electron's userData for this app (app name "kosodate-nonstop"), where the app keeps its card counters. */
export function defaultCardState(): string {
  const env = process.env;
  const base =
    process.platform === 'win32'
      ? (env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'));
  return join(base, 'kosodate-nonstop', 'card-state');
}

function cardError(card: string, e: CardError): Result {
  return fail(1, `card ${card}: ${e.message}`);
}

function municipalityError(e: MunicipalityError): Result {
  return fail(
    1,
    e.code === 'unreachable'
      ? e.message
      : `refused by the municipality (${e.rejection ?? 'rejected'}): ${e.message}`,
  );
}

function readHousehold(file: string): Household | Result {
  const r = readHouseholdFile(file);
  return r.ok ? r.household : fail(1, r.lines.join('\n'));
}

export async function runMunicipalCommand(
  command: (typeof MUNICIPAL_COMMANDS)[number],
  args: string[],
  now: () => number = Date.now,
): Promise<Result> {
  const parsed = parseOptions(args, [
    'child',
    'card',
    'pin',
    'to',
    'on',
    'state',
    'key',
    'correction-of',
    'out',
    'all',
  ]);
  if (!parsed.ok) return usage(parsed.message);
  const { values: v, positionals: pos } = parsed;
  const to = v.to ?? process.env['NONSTOP_MUNICIPALITY_URL'] ?? DEFAULT_MUNICIPALITY_URL;
  if (!/^https?:\/\/[^/]+/.test(to)) return usage(`--to must be an http(s) URL, got "${to}"`);
  const reader = new SimulatedCardReader(
    repoCards,
    v.state ?? process.env['NONSTOP_CARD_STATE'] ?? defaultCardState(),
  );

  if (command === 'cards') {
    if (pos[0] === 'reset') {
      const id = pos[1];
      if (!id || pos.length !== 2) return usage('cards reset takes one CARD');
      if (v.key !== undefined && v.key !== 'auth' && v.key !== 'signing')
        return usage('--key must be auth or signing');
      try {
        reader.reset(id, v.key as 'auth' | 'signing' | undefined);
      } catch (e) {
        if (e instanceof CardError) return cardError(id, e);
        throw e;
      }
      return { code: 0, out: `card ${id}: ${v.key ?? 'both keys'} unlocked (tries restored)` };
    }
    if (pos.length) return usage('cards takes no argument (or: cards reset CARD)');
    const state = new Map(reader.list().map((c) => [c.id, c]));
    return {
      code: 0,
      out: JSON.stringify(
        FIXTURE_CARDS.map((c) => ({
          id: c.id,
          holder: c.holder,
          household: `fixtures/${c.household}`,
          pins: {
            auth: { pin: c.authPin, rule: '4 digits, 3 tries (利用者証明用)' },
            signing: {
              pin: c.signingPassword,
              rule: '6–16 A–Z/0–9 with a letter and a digit, 5 tries (署名用)',
            },
          },
          triesLeft: {
            auth: state.get(c.id)?.auth.triesLeft ?? null,
            signing: state.get(c.id)?.signing.triesLeft ?? null,
          },
        })),
        null,
        2,
      ),
    };
  }

  if (command === 'notices') {
    // the whole feed of the household's municipality (only its public code is sent), verified,
    // then filtered here as the app does: ages on each notice's day, area, expecting; --all: every notice
    const [file] = pos;
    if (pos.length !== 1 || !file) return usage('notices takes one household FILE');
    const date = onOption(v.on, now);
    if (!date.ok) return usage(date.message);
    const on = date.on;
    const household = readHousehold(file);
    if ('code' in household) return household;
    try {
      const feed = await fetchNoticeFeed(to, household.municipalityCode, new Date(now()));
      const mine = new Set(noticesFor(feed, household).map((n) => n.id));
      const notices = feed.notices.filter((n) => (v.all || mine.has(n.id)) && isCurrentNotice(n, on));
      return {
        code: 0,
        out: JSON.stringify(
          { municipalityCode: feed.municipalityCode, publishedAt: feed.publishedAt, on, notices },
          null,
          2,
        ),
      };
    } catch (e) {
      if (e instanceof MunicipalityError) return municipalityError(e);
      if (e instanceof DocumentError) return fail(1, `the notice feed is not trusted: ${e.message}`);
      throw e;
    }
  }

  if (!v.card) return usage('--card CARD is required');
  if (!v.pin) return usage('--pin is required');
  const card = v.card;

  try {
    if (command === 'submit') {
      const [procedure, file] = pos;
      if (pos.length !== 2 || !procedure || !file) return usage('submit takes PROCEDURE-ID FILE');
      if (!PROCEDURES.includes(procedure))
        return usage(`unknown procedure "${procedure}" (known: ${PROCEDURES.join(', ')})`);
      if (!v.child) return usage('--child ID is required');
      const date = onOption(v.on, now);
      if (!date.ok) return usage(date.message);
      const on = date.on;
      const household = readHousehold(file);
      if ('code' in household) return household;
      const prepared = prepareForm(procedure, { household, child: v.child, on });
      if (!prepared.ok) {
        if (prepared.kind === 'missing-facts')
          return fail(1, prepared.missing.map((m) => `${file}: ${m.path}: missing (${m.label})`).join('\n'));
        return fail(1, `${file}: ${prepared.reason.en}`);
      }
      if (prepared.form.filing !== 'online')
        return fail(1, `${procedure} is not filed online (${prepared.form.filing})`);
      const correctionOf = v['correction-of'];
      const bytes = canonicalBytes(
        correctionOf ? { ...prepared.application, correctionOf } : prepared.application,
      );
      const signature = reader.sign(card, v.pin, bytes, new Date(now()));
      const receipt = await submitToMunicipality(to, bytes, signature);
      return { code: 0, out: JSON.stringify(receipt, null, 2) };
    }
    if (command === 'status') {
      const [receipt] = pos;
      if (pos.length !== 1 || !receipt) return usage('status takes one RECEIPT (its id or its number)');
      const session = await login(to, reader, card, v.pin);
      const id = RECEIPT_ID.test(receipt)
        ? receipt
        : (await listCases(to, session.token)).find((c) => c.receiptNumber === receipt)?.receiptId;
      if (!id) return fail(1, `${receipt}: no such case filed with card ${card}`);
      // the status as the municipality signed it (nonstop-status/1), verified before it is printed
      const signed = await fetchSignedStatus(to, session.token, id, new Date(now()));
      return { code: 0, out: JSON.stringify(signed.status.case, null, 2) };
    }
    if (command === 'certificate') {
      const [receipt] = pos;
      if (pos.length !== 1 || !receipt) return usage('certificate takes one RECEIPT (its id or its number)');
      if (!v.out) return usage('--out FILE.pdf is required');
      const session = await login(to, reader, card, v.pin);
      const id = RECEIPT_ID.test(receipt)
        ? receipt
        : (await listCases(to, session.token)).find((c) => c.receiptNumber === receipt)?.receiptId;
      if (!id) return fail(1, `${receipt}: no such case filed with card ${card}`);
      const c = await fetchCertificate(to, session.token, id, new Date(now()));
      // a certificate whose signature does not verify is not written out
      if (!c.verified) return fail(1, `the certificate's signature does not verify: ${c.problem}`);
      writeFileSync(v.out, fromBase64(c.pdfBase64));
      writeFileSync(`${v.out}.p7s`, fromBase64(c.signatureBase64));
      return {
        code: 0,
        out: JSON.stringify(
          { kind: c.kind, issuedAt: c.issuedAt, signer: c.signer, pdf: v.out, signature: `${v.out}.p7s` },
          null,
          2,
        ),
      };
    }
    // import
    if (pos.length) return usage('import takes no argument');
    const session = await login(to, reader, card, v.pin);
    const record = await importResidentRecord(to, session.token, RESIDENT_CONSENT, new Date(now()));
    return { code: 0, out: JSON.stringify(record, null, 2) };
  } catch (e) {
    if (e instanceof CardError) return cardError(card, e);
    if (e instanceof MunicipalityError) return municipalityError(e);
    if (e instanceof DocumentError) return fail(1, `the municipality's answer is not trusted: ${e.message}`);
    throw e;
  }
}
