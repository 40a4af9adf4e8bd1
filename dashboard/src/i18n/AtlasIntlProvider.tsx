import type { ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import type { Catalog } from './catalogs';

/** Tags any message may use: `<hidden>…</hidden>` is read by screen readers only. */
const RICH_TEXT = {
  hidden: (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>,
};

/** react-intl's provider as the dashboard configures it, for the app and for component tests. */
export function AtlasIntlProvider({
  locale,
  messages,
  children,
}: {
  locale: string;
  messages: Catalog;
  children: ReactNode;
}) {
  return (
    <IntlProvider locale={locale} messages={messages} defaultRichTextElements={RICH_TEXT}>
      {children}
    </IntlProvider>
  );
}
