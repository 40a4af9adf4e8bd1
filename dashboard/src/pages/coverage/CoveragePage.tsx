import { measureKinds } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useCountryName } from '../../components/country-name';
import { QueryState } from '../../components/QueryState';
import { useVocabulary } from '../../components/Vocabulary';
import { t } from '../../i18n/message';
import { PageTitle } from '../../layout/PageTitle';
import { CoverageQuery, type CountryCoverage } from './queries';
import './coverage.css';

/**
 * What the Atlas holds about each member state, counted, and what the sources consulted did not
 * give: a thin state reads as "not documented", never as one that does nothing.
 */
export default function CoveragePage() {
  const intl = useIntl();
  const [result, reexecute] = useQuery({ query: CoverageQuery });
  const countryName = useCountryName();
  const { labelOf } = useVocabulary();
  const kinds = Object.keys(measureKinds) as (keyof typeof measureKinds)[];
  const cell = (count: number) =>
    count === 0 ? <span className="coverage-none">{t('coverage.notDocumented')}</span> : intl.formatNumber(count);
  const practicesOf = (country: CountryCoverage, kind: string) =>
    country.coverage.practicesByKind.find((entry) => entry.kind === kind)?.count ?? 0;
  return (
    <section className="coverage-page">
      <PageTitle page={intl.formatMessage({ id: 'coverage.title' })} />
      <h1>{t('coverage.title')}</h1>
      <p className="lede">{t('coverage.lede')}</p>
      <QueryState what="what.memberStates" result={result} data={result.data?.countries} retry={reexecute}>
        {(countries) => (
          <>
            <div className="table-scroll">
              <table className="coverage-table">
                <thead>
                  <tr>
                    <th scope="col">{t('coverage.memberState')}</th>
                    <th scope="col">{t('coverage.nationalPrograms')}</th>
                    <th scope="col">{t('coverage.sharedPrograms')}</th>
                    {kinds.map((kind) => (
                      <th scope="col" key={kind}>
                        {t('coverage.practicesOfKind', { kind: labelOf(measureKinds, kind) })}
                      </th>
                    ))}
                    <th scope="col">{t('coverage.outcomes')}</th>
                    <th scope="col">{t('coverage.statistics')}</th>
                    <th scope="col">{t('coverage.studies')}</th>
                  </tr>
                </thead>
                <tbody>
                  {countries.map((country) => (
                    <tr key={country.code} data-country={country.code}>
                      <th scope="row">
                        <Link href={`/countries/${country.code}`}>{countryName(country)}</Link>
                      </th>
                      <td>{cell(country.nationalPrograms)}</td>
                      <td>{cell(country.sharedPrograms)}</td>
                      {kinds.map((kind) => (
                        <td key={kind}>{cell(practicesOf(country, kind))}</td>
                      ))}
                      <td>{cell(country.coverage.outcomeCount)}</td>
                      <td>{cell(country.coverage.statisticCount)}</td>
                      <td>{cell(country.coverage.studyCount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <h2>{t('coverage.notFound.heading')}</h2>
            <p>{t('coverage.notFound.lede')}</p>
            <dl className="coverage-not-found">
              {countries
                .filter((country) => country.notFound.length > 0)
                .map((country) => (
                  <div key={country.code}>
                    <dt>{countryName(country)}</dt>
                    <dd>{country.notFound.join('; ')}.</dd>
                  </div>
                ))}
            </dl>
          </>
        )}
      </QueryState>
    </section>
  );
}
