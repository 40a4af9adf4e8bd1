import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { EDITORS, RequireRole } from '../../editing/RequireRole';
import { uniqueSources } from '../../editing/source-choice';
import { NewStatistics } from './NewStatistics';
import { StatisticsFormQuery } from './queries';
import { RecordedStatistics } from './RecordedStatistics';
import { StatisticsHistory } from './StatisticsHistory';
import '../../editing/editor-forms.css';
import './country-statistics.css';

/** `/countries/:code/statistics`: a member state's headline statistics, added, corrected and deleted by editors. */
export default function CountryStatisticsPage({ code }: { code: string }) {
  return (
    <section className="ef-page">
      <title>{`Headline statistics ${code.toUpperCase()} · Reintegration Atlas`}</title>
      <h1>Headline statistics</h1>
      <RequireRole roles={EDITORS} what="edit country statistics">
        {() => <Statistics code={code.toUpperCase()} />}
      </RequireRole>
    </section>
  );
}

/** The figures as they are now (never from the cache: their versions must be the latest). */
function Statistics({ code }: { code: string }) {
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
      <Empty>
        “{code}” is not the code of an ASEAN member state in the Atlas. <Link href="/">Back to the overview</Link>.
      </Empty>
    );
  }
  const indicators = result.data?.indicators ?? [];
  return (
    <QueryState what="country" result={result} data={result.data?.country} retry={refresh}>
      {(country) => {
        // The sources this country's figures cite: the likeliest to be cited again.
        const suggestions = uniqueSources(country.statistics.map((statistic) => statistic.source));
        return (
          <>
            <p className="lede">
              <Link href={`/countries/${country.code}`}>{country.name}</Link>: its figures, each with its source.
              Changes are public at once. <Link href={`/countries/${country.code}/edit`}>Edit the country entry</Link>
            </p>
            {saved && (
              <p role="status" className="ef-saved ef-page-status">
                {saved}
              </p>
            )}
            <section aria-labelledby="statistics-recorded">
              <h2 id="statistics-recorded">Recorded statistics ({country.statistics.length})</h2>
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
          </>
        );
      }}
    </QueryState>
  );
}
