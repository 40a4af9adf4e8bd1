import { useState } from 'react';
import { UnitNames } from '../../editing/unit-names';
import { useIntl } from 'react-intl';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useCountryName } from '../../components/country-name';
import { Empty, QueryState } from '../../components/QueryState';
import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { uniqueSources } from '../../editing/source-choice';
import { PageTitle } from '../../layout/PageTitle';
import { NewStatistics } from './NewStatistics';
import { StatisticsFormQuery } from './queries';
import { RecordedStatistics } from './RecordedStatistics';
import { StatisticsHistory } from './StatisticsHistory';
import '../../editing/editor-forms.css';
import './country-statistics.css';
import { t } from '../../i18n/message';

/** `/countries/:code/statistics`: a member state's headline statistics, added, corrected and deleted by editors. */
export default function CountryStatisticsPage({ code }: { code: string }) {
  const intl = useIntl();
  return (
    <section className="ef-page">
      <PageTitle page={intl.formatMessage({ id: 'countryStatistics.title' }, { code: code.toUpperCase() })} />
      <h1>{t('countryStatistics.heading')}</h1>
      <RequireRole roles={EDITORS} what="countryStatistics.requiredRole">
        {() => <Statistics code={code.toUpperCase()} />}
      </RequireRole>
    </section>
  );
}

/** The figures as they are now (never from the cache: their versions must be the latest). */
function Statistics({ code }: { code: string }) {
  const countryName = useCountryName();
  const [result, reexecute] = useQuery({
    query: StatisticsFormQuery,
    variables: { code },
    requestPolicy: 'network-only',
  });
  const [saved, setSaved] = useState<string | null>(null);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const onSaved = (message: string) => {
    setSaved(message);
    refresh();
  };
  if (result.data && result.data.country === null) {
    return (
      <Empty>{t('countryStatistics.notFound', { code, overview: (chunks) => <Link href="/">{chunks}</Link> })}</Empty>
    );
  }
  const indicators = result.data?.indicators ?? [];
  return (
    <QueryState what="countryStatistics.what" result={result} data={result.data?.country} retry={refresh}>
      {(country) => {
        // The sources this country's figures cite: the likeliest to be cited again.
        const suggestions = uniqueSources(country.statistics.map((statistic) => statistic.source));
        return (
          <UnitNames indicators={indicators}>
            <p className="lede">
              {t('countryStatistics.lede', {
                country: <Link href={`/countries/${country.code}`}>{countryName(country)}</Link>,
                edit: (chunks) => <Link href={`/countries/${country.code}/edit`}>{chunks}</Link>,
              })}
            </p>
            {saved && (
              <p role="status" className="ef-saved ef-page-status">
                {saved}
              </p>
            )}
            <section aria-labelledby="statistics-recorded">
              <h2 id="statistics-recorded">{t('countryStatistics.recorded', { count: country.statistics.length })}</h2>
              <RecordedStatistics
                country={country}
                indicators={indicators}
                suggestions={suggestions}
                onSaved={onSaved}
                onStale={refresh}
              />
            </section>
            <NewStatistics country={country} indicators={indicators} suggestions={suggestions} onSaved={onSaved} />
            <StatisticsHistory
              code={country.code}
              indicators={indicators}
              onRestored={() => {
                setSaved(null);
                refresh();
              }}
            />
          </UnitNames>
        );
      }}
    </QueryState>
  );
}
