/**
 * The dashboard's languages: the code in the address (`/id/practices`) and `<html lang>`, and the
 * name the language switch shows. A language is this one line and its catalog, `catalogs/<code>.json`.
 */
export const LOCALES = {
  en: 'English',
  id: 'Bahasa Indonesia',
} as const;

export type Locale = keyof typeof LOCALES;

/**
 * The pseudo-language: every English message with its letters accented and a third longer
 * (`pseudo.ts`), so that a page shown in it reveals any text that does not come from the catalog
 * (it stays plain) and any layout that breaks with a longer language. For translators and the
 * tests (test/e2e/languages.e2e.test.ts): its address works (`/en-XA/…`), the switch does not offer it.
 */
export const PSEUDO_LOCALE = 'en-XA';

/** A language a page may be shown in: ours, or the pseudo-language. */
export type ShownLocale = Locale | typeof PSEUDO_LOCALE;

/** The language of an address with an unknown language, and of a visitor whose browser asks for none of ours. */
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(code: string): code is Locale {
  return Object.hasOwn(LOCALES, code);
}
