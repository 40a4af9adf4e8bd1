import { useIntl } from 'react-intl';
import { Link, useLocation, useSearch } from 'wouter';
import { LOCALES } from '../i18n/locales';
import { SNAPSHOT } from '../snapshot/snapshot-meta';

/** The languages offered: every one, or in a snapshot those it holds. */
const OFFERED = Object.entries(LOCALES).filter(([code]) => !SNAPSHOT || SNAPSHOT.languages.includes(code));

/** This page in each of the dashboard's languages: the same address under another prefix. */
export function LanguageSwitch() {
  const intl = useIntl();
  const [location] = useLocation();
  const search = useSearch();
  const page = `${location === '/' ? '' : location}${search ? `?${search}` : ''}`;
  return (
    <ul className="language-switch" aria-label={intl.formatMessage({ id: 'layout.language.label' })}>
      {OFFERED.map(([code, name]) => (
        <li key={code}>
          <Link
            href={`~/${code}${page}`}
            lang={code}
            hrefLang={code}
            aria-current={code === intl.locale ? 'true' : undefined}
          >
            {name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
