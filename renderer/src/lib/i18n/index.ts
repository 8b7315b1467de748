/**
 * All renderer text: one typed message catalogue merged from every
 * `messages/<feature>.ts` (each exports `ja` and `en` with the same keys).
 *
 * A small typed module rather than an i18n library: two languages, flat keys,
 * `{name}` placeholders and no plural rules (Japanese has none; the English
 * strings are written to avoid them), so a library's runtime and build step
 * would add size without adding safety. The key type comes from the explicit
 * imports below; the test (i18n.test.ts) also globs `messages/*.ts` and fails
 * when a file is not registered here, when a key lacks a language, or when
 * the two languages' placeholders differ.
 */
import { locale, type Locale } from './locale.svelte';
import * as common from './messages/common';
import * as errors from './messages/errors';
import * as problems from './messages/problems';
import * as home from './messages/home';
import * as journey from './messages/journey';
import * as item from './messages/item';
import * as settings from './messages/settings';
import * as reminders from './messages/reminders';
import * as household from './messages/household';
import * as vault from './messages/vault';
import * as forms from './messages/forms';
import * as casefile from './messages/casefile';
import * as preview from './messages/preview';
import * as notices from './messages/notices';
import * as mailbox from './messages/mailbox';
import * as offers from './messages/offers';
import * as diff from './messages/diff';
import * as automatic from './messages/automatic';
import * as moffer from './messages/moffer';

export { locale, LOCALES, localeFromLanguages, type Locale } from './locale.svelte';

/** Every registered messages module, by file name (checked against the folder by the test). */
export const registered = {
  common,
  errors,
  problems,
  home,
  journey,
  item,
  settings,
  reminders,
  household,
  vault,
  forms,
  casefile,
  notices,
  preview,
  mailbox,
  offers,
  diff,
  automatic,
  moffer,
} as const;

type Modules = (typeof registered)[keyof typeof registered];
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void
  ? I
  : never;
type AllJa = UnionToIntersection<Modules['ja']>;

export type MessageKey = keyof AllJa & string;
export type Params = Record<string, string | number>;

function merge(lang: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of Object.values(registered)) Object.assign(out, m[lang]);
  return out;
}

export const catalogue: Record<Locale, Record<string, string>> = { ja: merge('ja'), en: merge('en') };

const PLACEHOLDER = /\{(\w+)\}/g;

export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string).sort();
}

function fill(text: string, params: Params | undefined): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

/** The text of `key` in the current (or the given) language, placeholders filled. */
export function t(key: MessageKey, params?: Params, lang: Locale = locale.current): string {
  return fill(catalogue[lang][key] ?? catalogue.ja[key] ?? key, params);
}

/** Whether a string is a known key (for codes that arrive as data, e.g. `status.${code}`). */
export function isMessageKey(key: string): key is MessageKey {
  return key in catalogue.ja;
}
