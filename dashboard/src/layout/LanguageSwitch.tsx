import { useIntl } from 'react-intl';
import { Link, useLocation, useSearch } from 'wouter';
import { LOCALES } from '../i18n/locales';

/** This page in each of the dashboard's languages: the same address under another prefix. */
export function LanguageSwitch() {
  const intl = useIntl();
  const [location] = useLocation();
  const search = useSearch();
  const page = `${location === '/' ? '' : location}${search ? `?${search}` : ''}`;
  return (
    <ul className="language-switch" aria-label={intl.formatMessage({ id: 'layout.language.label' })}>
      {Object.entries(LOCALES).map(([code, name]) => (
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
