import { geographicReaches, measureKinds, programStatuses } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { MemberStateMark } from '../../charts/Marker';
import { useCountryName } from '../../components/country-name';
import { programYears } from '../../components/program-years';
import { useVocabulary } from '../../components/Vocabulary';
import { practicesHref } from '../../practice-filter-params';
import type { ComparedCountry } from './queries';
import { t } from '../../i18n/message';

/** Each country's programmes in its own column (stacked on a phone). */
export function ProgramsSideBySide({ countries }: { countries: readonly ComparedCountry[] }) {
  const intl = useIntl();
  const countryName = useCountryName();
  const { labelOf } = useVocabulary();
  return (
    <ul className="compare-columns" role="list">
      {countries.map((country) => (
        <li key={country.code} className="card">
          <h3>
            <MemberStateMark code={country.code} />
            <Link href={`/countries/${country.code}`}>{countryName(country)}</Link>
          </h3>
          {country.programs.length === 0 ? (
            <p className="meta">{t('compare.programmes.none')}</p>
          ) : (
            <ul
              className="compare-programs"
              aria-label={intl.formatMessage({ id: 'compare.programmes.of' }, { country: countryName(country) })}
            >
              {country.programs.map((program) => {
                const period =
                  program.startYear || program.endYear
                    ? programYears(intl, program.startYear ?? null, program.endYear ?? null, program.status)
                    : null;
                return (
                  <li key={program.id}>
                    <Link href={`/programs/${encodeURIComponent(program.id)}`}>{program.name}</Link>
                    {program.acronym && program.acronym !== program.name && (
                      <span className="meta"> ({program.acronym})</span>
                    )}
                    <br />
                    <span className="meta">
                      <span className="visually-hidden">{t('compare.programmes.status')}</span>
                      {labelOf(programStatuses, program.status)}
                      {period && <> · {period}</>}
                      {program.kind !== 'REINTEGRATION' && <> · {labelOf(measureKinds, program.kind)}</>}
                      {program.reach !== 'NATIONAL' && <> · {labelOf(geographicReaches, program.reach)}</>}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
          <p className="meta">
            <Link href={practicesHref({ countryCodes: [country.code] })}>
              {t('compare.programmes.practices', { count: country.practiceCount, country: countryName(country) })}
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
