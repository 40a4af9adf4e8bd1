import type { ReactNode } from 'react';
import { createIntl } from 'react-intl';
import { AtlasIntlProvider } from '../i18n/AtlasIntlProvider';
import type { Catalog } from '../i18n/catalogs';
import en from '../i18n/catalogs/en.json';

/** The English catalog, compiled as the app's are (vite.config.ts), whatever JSON's own type says. */
export const ENGLISH = en as unknown as Catalog;

/** What `useIntl()` gives an English page, for tests of functions that take it. */
export const ENGLISH_INTL = createIntl({ locale: 'en', messages: ENGLISH });

/** Component tests render in English, as the app does at `/en/…`. */
export function InEnglish({ children }: { children: ReactNode }) {
  return (
    <AtlasIntlProvider locale="en" messages={ENGLISH}>
      {children}
    </AtlasIntlProvider>
  );
}
