import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation } from 'wouter';
import { EDITORS, useHasRole, WRITERS } from '../editing/RequireRole';
import { API_BASE } from '../api-client';
import type { MessageId } from '../i18n/message-ids';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareControl } from '../workshop/ShareControl';
import { OfflineNote } from '../offline/OfflineNote';
import { SnapshotNote } from '../snapshot/SnapshotNote';
import { SNAPSHOT } from '../snapshot/snapshot-meta';
import { PresentationSwitch } from '../presentation/PresentationSwitch';
import { t } from '../i18n/message';

/** `editing`: a page for changing records, hidden in presentation mode. */
const PUBLIC_NAV: readonly { href: string; label: MessageId; editing?: true }[] = [
  { href: '/', label: 'layout.nav.overview' },
  { href: '/practices', label: 'layout.nav.practices' },
  { href: '/compare', label: 'layout.nav.compare' },
];
const WRITER_NAV = [{ href: '/my-practices', label: 'layout.nav.myPractices', editing: true }] as const;
const EDITOR_NAV = [{ href: '/review', label: 'layout.nav.review', editing: true }] as const;

/** The pages of the main navigation the signed-in account may use. */
function useNav() {
  const writer = useHasRole(WRITERS);
  const editor = useHasRole(EDITORS);
  return [...PUBLIC_NAV, ...(writer ? WRITER_NAV : []), ...(editor ? EDITOR_NAV : [])];
}

/** A link to a file the API serves, outside the dashboard's routes (and their language prefix). */
const apiLink = (path: string) => (chunks: ReactNode[]) => <a href={`${API_BASE}${path}`}>{chunks}</a>;

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const intl = useIntl();
  const nav = useNav();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{t('layout.siteName')}</span>
        </Link>
        <nav aria-label={intl.formatMessage({ id: 'layout.nav.label' })}>
          <ul>
            {nav.map((item) => {
              const current = item.href === '/' ? location === '/' : location.startsWith(item.href);
              return (
                <li key={item.href} data-editing={item.editing}>
                  <Link href={item.href} aria-current={current ? 'page' : undefined}>
                    <FormattedMessage id={item.label} />
                  </Link>
                </li>
              );
            })}
            <li>
              <PresentationSwitch />
            </li>
            <li>
              <AccountMenu />
            </li>
            <li>
              <LanguageSwitch />
            </li>
            <li>
              <ShareControl />
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <SnapshotNote />
        <OfflineNote />
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t(SNAPSHOT ? 'layout.footer.snapshot' : 'layout.footer', {
            explorer: apiLink('/graphiql'),
            csv: apiLink('/export/practices.csv'),
            json: apiLink('/export/atlas.json'),
            indicators: (chunks) => <Link href="/indicators">{chunks}</Link>,
            coverage: (chunks) => <Link href="/coverage">{chunks}</Link>,
          })}
        </p>
      </footer>
    </>
  );
}
