import { DEFAULT_LOCALE, type Locale } from './locales';

/**
 * A first path segment shaped like a language code (`xx`, `pt-BR`), as opposed to a page
 * (`practices`): no page of the dashboard may have a top-level address of two or three letters.
 */
const LANGUAGE_CODE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * Where an address without one of our language prefixes goes: `/practices` to the same page in
 * `preferred`, `/xx/practices` (a language we do not have) to the page in English.
 */
export function localizedPath(path: string, preferred: Locale): string {
  const [, first = '', ...rest] = path.split('/');
  if (LANGUAGE_CODE.test(first)) return `/${DEFAULT_LOCALE}${rest.length > 0 ? `/${rest.join('/')}` : ''}`;
  return `/${preferred}${path === '/' ? '' : path}`;
}
