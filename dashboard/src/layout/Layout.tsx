import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { EDITORS, useHasRole, WRITERS } from '../editing/RequireRole';
import { API_BASE } from '../api-client';
import { AccountMenu } from './AccountMenu';

const PUBLIC_NAV = [
  { href: '/', label: 'Overview' },
  { href: '/practices', label: 'Practices' },
  { href: '/compare', label: 'Compare countries' },
];
const WRITER_NAV = [{ href: '/my-practices', label: 'My practices' }];
const EDITOR_NAV = [{ href: '/review', label: 'Review' }];

/** The pages of the main navigation the signed-in account may use. */
function useNav() {
  const writer = useHasRole(WRITERS);
  const editor = useHasRole(EDITORS);
  return [...PUBLIC_NAV, ...(writer ? WRITER_NAV : []), ...(editor ? EDITOR_NAV : [])];
}

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const nav = useNav();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>Reintegration Atlas</span>
        </Link>
        <nav aria-label="Main">
          <ul>
            {nav.map((item) => {
              const current = item.href === '/' ? location === '/' : location.startsWith(item.href);
              return (
                <li key={item.href}>
                  <Link href={item.href} aria-current={current ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              );
            })}
            <li>
              <AccountMenu />
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Return and reintegration of migrant workers in the 11 ASEAN member states. Every figure links to its source.
          Data for researchers: the <a href={`${API_BASE}/graphiql`}>GraphQL explorer</a>, the{' '}
          <a href={`${API_BASE}/export/practices.csv`}>practices as CSV</a> and{' '}
          <a href={`${API_BASE}/export/atlas.json`}>the whole dataset as JSON</a>.
        </p>
      </footer>
    </>
  );
}
