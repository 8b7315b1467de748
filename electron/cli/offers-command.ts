/**
 * `nonstop offers` — the private offers (民間サービス) a household would see, and
 * exactly the fields each provider would receive if the family pressed
 * 「申し込む」 and kept every field:
 *
 *   nonstop offers FILE [--on YYYY-MM-DD] [--json]
 *
 * Reads the offer feed the mock provider serves (core/offers/data) and decides
 * on this machine, as the app does (core/offers/private-offers.ts): nothing is
 * sent anywhere. No opt-in (`privateOffers` absent or empty): no offer. Exit
 * codes as the rest of the CLI: 0 listed (also when none), 1 invalid input, 2
 * usage error.
 */
import { PRIVATE_OFFERS_FEED } from '../../core/offers/data/private-offers';
import {
  missingRequiredFields,
  offerFieldValues,
  optedInCategories,
  privateOffersFor,
  readPrivateOfferFeed,
} from '../../core/offers/private-offers';
import { onOption, parseOptions, readHouseholdFile, type CommandResult } from './options';

export const OFFERS_USAGE = '  nonstop offers FILE [--on YYYY-MM-DD] [--json]';

const fail = (code: number, lines: string[]): CommandResult => ({ code, out: lines.join('\n') });
const usage = (message: string): CommandResult => fail(2, [`nonstop: ${message}`, 'usage:', OFFERS_USAGE]);

export function runOffersCommand(args: string[], now: () => number = Date.now): CommandResult {
  const parsed = parseOptions(args, ['on', 'json']);
  if (!parsed.ok) return usage(parsed.message);
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage('offers takes one FILE');
  const date = onOption(values.on, now);
  if (!date.ok) return usage(date.message);
  const file = positionals[0] as string;
  const r = readHouseholdFile(file);
  if (!r.ok) return fail(1, r.lines);
  const h = r.household;
  const feed = readPrivateOfferFeed(PRIVATE_OFFERS_FEED);
  if (!feed.ok || feed.problems.length)
    throw new Error(`the bundled offer feed is invalid: ${JSON.stringify(feed)}`);
  const categories = optedInCategories(h);
  const matches = privateOffersFor(h, feed.feed.offers, date.on).map((m) => {
    const fields = offerFieldValues(h, m);
    return {
      id: m.offer.id,
      label: '民間',
      category: m.offer.category,
      name: { ja: m.offer.name, en: m.offer.en.name },
      provider: { id: m.offer.provider.id, name: m.offer.provider.name },
      child: m.child,
      checkConditions: m.checkConditions,
      conditions: m.offer.target.conditions ?? null,
      fields: fields.map((f) => ({ key: f.key, optional: f.optional, value: f.value, why: f.why.en })),
      missingRequired: missingRequiredFields(fields).map((f) => f.key),
    };
  });
  if (values.json)
    return {
      code: 0,
      out: JSON.stringify({ file, on: date.on, optedIn: categories, offers: matches }, null, 2),
    };
  if (categories.length === 0)
    return {
      code: 0,
      out: `${file}: no private offers on ${date.on}: the household has not opted in to any category (privateOffers)`,
    };
  const lines = [
    `${file}: ${matches.length} private offer(s) on ${date.on} (opted in: ${categories.join(', ')})`,
  ];
  for (const m of matches) {
    lines.push(
      `[private 民間] ${m.name.en} — ${m.provider.name.en} (${m.id}, ${m.category}, for ${m.child})`,
    );
    if (m.checkConditions) lines.push(`  check the conditions (not matched): ${m.conditions}`);
    lines.push('  would receive:');
    for (const f of m.fields)
      lines.push(
        `    ${f.key}${f.optional ? ' (optional)' : ''}: ${f.value ?? '(not recorded — cannot be sent)'} — ${f.why}`,
      );
    if (m.missingRequired.length)
      lines.push(`  cannot be requested until recorded: ${m.missingRequired.join(', ')}`);
  }
  return { code: 0, out: lines.join('\n') };
}
