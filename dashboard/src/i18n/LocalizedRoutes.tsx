import { Suspense, use, useEffect, type ReactNode } from 'react';
import { Redirect, Route, Switch, useLocation, useSearch } from 'wouter';
import { AtlasIntlProvider } from './AtlasIntlProvider';
import { loadCatalog } from './catalogs';
import { localizedPath } from './locale-path';
import { LOCALES, PSEUDO_LOCALE, type Locale, type ShownLocale } from './locales';
import { preferredLocale, rememberLocale } from './preferred-locale';

/** `/en`, `/id`…: the part of the address that the nested routes do not see. */
const PREFIX = new RegExp(`^/(?<locale>${[...Object.keys(LOCALES), PSEUDO_LOCALE].join('|')})(?=/|$)`);

/**
 * Shows `children` in the language of the address's prefix (`/en/…`, `/id/…`). Inside, routes and
 * links are written without it (`<Link href="/practices">`): wouter's nested route adds it. An
 * address without one of our prefixes is sent to the same page with one (see `localizedPath`).
 */
export function LocalizedRoutes({ children }: { children: ReactNode }) {
  return (
    <Switch>
      <Route path={PREFIX} nest>
        {({ locale }) => (
          // The catalog is small and fetched once per language: nothing to show meanwhile.
          <Suspense fallback={null}>
            <LocaleProvider locale={locale as ShownLocale}>{children}</LocaleProvider>
          </Suspense>
        )}
      </Route>
      <Route>
        <ToLocalized />
      </Route>
    </Switch>
  );
}

/** The messages and formats of `locale` for everything inside; `<html lang>` and the remembered language follow it. */
export function LocaleProvider({ locale, children }: { locale: ShownLocale; children: ReactNode }) {
  const messages = use(loadCatalog(locale));
  useEffect(() => {
    document.documentElement.lang = locale;
    if (locale !== PSEUDO_LOCALE) rememberLocale(locale as Locale);
  }, [locale]);
  return (
    <AtlasIntlProvider locale={locale} messages={messages}>
      {children}
    </AtlasIntlProvider>
  );
}

function ToLocalized() {
  const [location] = useLocation();
  const search = useSearch();
  return <Redirect to={`${localizedPath(location, preferredLocale())}${search ? `?${search}` : ''}`} replace />;
}
