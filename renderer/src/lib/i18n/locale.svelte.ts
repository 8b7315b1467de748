/**
 * The UI language as reactive state (Svelte 5 rune). It starts from the
 * choice saved on this device (not personal data: it is needed on the lock
 * screen, before any profile is open) or else the OS / browser language
 * (Electron reports the OS locale as navigator.language), and can be switched
 * at any time; every `t()` read in a template re-renders on a switch.
 */
export type Locale = 'ja' | 'en';
export const LOCALES: readonly Locale[] = ['ja', 'en'];
const STORAGE_KEY = 'nonstop.locale';

export function localeFromLanguages(languages: readonly string[]): Locale {
  for (const l of languages) {
    const tag = l.toLowerCase();
    if (tag.startsWith('ja')) return 'ja';
    if (tag.startsWith('en')) return 'en';
  }
  // Neither Japanese nor English preferred: English is the lingua franca for
  // foreign residents, but a Japanese terminal would have said "ja" above.
  return languages.length > 0 ? 'en' : 'ja';
}

function initialLocale(): Locale {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === 'ja' || saved === 'en') return saved;
  } catch {
    // storage unavailable (private mode): fall through to the OS language
  }
  const nav = globalThis.navigator;
  if (!nav) return 'ja';
  return localeFromLanguages(nav.languages?.length ? nav.languages : [nav.language ?? 'ja']);
}

class LocaleState {
  current = $state<Locale>(initialLocale());

  set(locale: Locale): void {
    this.current = locale;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // not persisted; still switched for this session
    }
    if (globalThis.document) globalThis.document.documentElement.lang = locale;
  }
}

export const locale = new LocaleState();
if (globalThis.document) globalThis.document.documentElement.lang = locale.current;
