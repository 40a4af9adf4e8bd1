import { SNAPSHOT } from '../snapshot/snapshot-meta';
import { DEFAULT_LOCALE, isLocale as isAnyLocale, type Locale } from './locales';

/** A language of ours, and in a snapshot one it holds. */
const isLocale = (code: string): code is Locale =>
  isAnyLocale(code) && (!SNAPSHOT || SNAPSHOT.languages.includes(code));

const KEY = 'atlas.locale';

/** The language last shown in this browser, else the first of the browser's languages we have, else English. */
export function preferredLocale(): Locale {
  const remembered = read();
  if (remembered !== null && isLocale(remembered)) return remembered;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const code = tag.split('-')[0]!.toLowerCase();
    if (isLocale(code)) return code;
  }
  return SNAPSHOT ? (SNAPSHOT.languages[0] as Locale) : DEFAULT_LOCALE;
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Storage refused (private mode, quota): the address still carries the language.
  }
}

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
