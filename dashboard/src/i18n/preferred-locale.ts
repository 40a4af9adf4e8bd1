import { DEFAULT_LOCALE, isLocale, type Locale } from './locales';

const KEY = 'atlas.locale';

/** The language last shown in this browser, else the first of the browser's languages we have, else English. */
export function preferredLocale(): Locale {
  const remembered = read();
  if (remembered !== null && isLocale(remembered)) return remembered;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const code = tag.split('-')[0]!.toLowerCase();
    if (isLocale(code)) return code;
  }
  return DEFAULT_LOCALE;
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
