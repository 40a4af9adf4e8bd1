/**
 * The dashboard's languages: the code in the address (`/id/practices`) and `<html lang>`, and the
 * name the language switch shows. A language is this one line and its catalog, `catalogs/<code>.json`.
 */
export const LOCALES = {
  en: 'English',
  id: 'Bahasa Indonesia',
} as const;

export type Locale = keyof typeof LOCALES;

/** The language of an address with an unknown language, and of a visitor whose browser asks for none of ours. */
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(code: string): code is Locale {
  return Object.hasOwn(LOCALES, code);
}
