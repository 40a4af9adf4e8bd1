import { useIntl } from 'react-intl';
import { migrationProfiles, programStatuses } from '@atlas/shared';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { SourceItems } from '../../components/SourceLinks';
import { SavedNotice } from '../../editing/Confirmation';
import { EDITORS, useHasRole } from '../../editing/RequireRole';
import { HistoryPanel } from '../../history/HistoryPanel';
import { practicesHref } from '../../practice-filter-params';
import { FigureTable } from '../../figures/FigureTable';
import { disagreeingFigures } from '../../figures/figures';
import { IndicatorCharts } from '../../figures/IndicatorFigures';
import { programYears } from '../../components/program-years';
import { formatDate } from './format-date';
import { compareHref, NEIGHBOURS } from './neighbours';
import '../../components/profile.css';
import './country.css';
import { PracticeList } from '../../components/PracticeList';
import { COUNTRY_PRACTICES_SHOWN, CountryQuery, type CountryData, type CountryResult } from './queries';
import { Fact } from '../../components/Fact';

export default function CountryPage({ code }: { code: string }) {
  const [result, reexecute] = useQuery({
    query: CountryQuery,
    variables: { code: code.toUpperCase(), practices: COUNTRY_PRACTICES_SHOWN },
  });
  if (result.data && result.data.country === null)
    return <CountryNotFound code={code} countries={result.data.countries} />;
  return (
    <QueryState what="country" result={result} data={result.data?.country} retry={reexecute}>
      {(country) => <Country country={country} countries={result.data?.countries ?? []} />}
    </QueryState>
  );
}

function CountryNotFound({ code, countries }: { code: string; countries: CountryResult['countries'] }) {
  return (
    <section>
      <title>Country not found — Reintegration Atlas</title>
      <h1>Country not found</h1>
      <p className="state state-empty">
        “{code}” is not the code of an ASEAN member state in the Atlas. Country addresses use the ISO code, such as{' '}
        <code>/countries/ID</code> for Indonesia.
      </p>
      {countries.length > 0 && (
        <nav aria-labelledby="country-list">
          <h2 id="country-list">The member states</h2>
          <ul className="country-links">
            {countries.map((country) => (
              <li key={country.code}>
                <Link href={`/countries/${country.code}`}>{country.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}

function Country({ country, countries }: { country: CountryData; countries: CountryResult['countries'] }) {
  const intl = useIntl();
  const profile = migrationProfiles[country.migrationProfile];
  const nameOf = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const neighbours = NEIGHBOURS[country.code] ?? [];
  const editor = useHasRole(EDITORS);
  return (
    <article className="country-page profile">
      <title>{`${country.name} — Reintegration Atlas`}</title>
      <header className="country-header">
        <div>
          <p className="meta eyebrow">ASEAN member state · {country.iso3}</p>
          <h1>{country.name}</h1>
        </div>
        <ul className="compare-links">
          {neighbours.length > 0 && (
            <li>
              <Link className="button" href={compareHref([country.code, ...neighbours])}>
                Compare with its neighbours
              </Link>
              <span className="meta"> ({neighbours.map(nameOf).join(', ')})</span>
            </li>
          )}
          <li>
            <Link className="button secondary" href={compareHref([country.code])}>
              Compare with other countries…
            </Link>
          </li>
        </ul>
      </header>
      <SavedNotice recordKey={country.code} />

      {editor && (
        <p className="form-actions">
          <Link className="button secondary" href={`/countries/${country.code}/edit`}>
            Edit this country entry
          </Link>
          <Link className="button secondary" href={`/countries/${country.code}/statistics`}>
            Add or correct its statistics
          </Link>
          <Link className="button secondary" href={`/programs/new?country=${country.code}`}>
            Add a programme
          </Link>
        </p>
      )}

      <dl className="facts">
        <Fact term="Migration profile">
          {profile?.label ?? country.migrationProfile}
          {profile && <span className="meta"> — {profile.description}</span>}
        </Fact>
        <Fact term="ASEAN member since">{formatDate(country.memberSince)}</Fact>
        <Fact term="Lead agency">{country.leadAgency}</Fact>
      </dl>

      <div className="prose">
        <p>{country.summary}</p>
      </div>

      <section aria-labelledby="country-laws">
        <h2 id="country-laws">Main laws and policies</h2>
        {country.legalInstruments.length === 0 ? (
          <Empty>No law or policy on migrant workers is recorded for {country.name} yet.</Empty>
        ) : (
          <ol className="instruments">
            {country.legalInstruments.map((instrument) => (
              <li key={instrument.id}>
                <h3>{instrument.title}</h3>
                <p className="meta">{instrumentDate(instrument)}</p>
                {instrument.summary && <p>{instrument.summary}</p>}
                {instrument.sources.length > 0 && (
                  <ul className="instrument-sources" aria-label={`Sources on ${instrument.title}`}>
                    <SourceItems sources={instrument.sources} />
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="country-statistics">
        <h2 id="country-statistics">Headline statistics</h2>
        {country.statistics.length === 0 ? (
          <Empty>No headline statistic is recorded for {country.name} yet.</Empty>
        ) : (
          <>
            {disagreeingFigures(country.statistics).size > 0 && (
              <p className="meta">
                Where sources give different figures for the same year, all are shown and marked “Sources disagree”.
              </p>
            )}
            <IndicatorCharts figures={country.statistics} />
            <h3>All statistics</h3>
            <FigureTable
              caption={`Headline statistics of ${country.name}, with sources`}
              figures={country.statistics}
            />
          </>
        )}
      </section>

      <section aria-labelledby="country-programs">
        <h2 id="country-programs">Programmes ({country.programs.length})</h2>
        {country.programs.length === 0 ? (
          <Empty>No reintegration programme is recorded for {country.name} yet.</Empty>
        ) : (
          <ul className="grid">
            {country.programs.map((program) => (
              <li key={program.id} className="card program-card">
                <h3>
                  <Link href={`/programs/${program.id}`}>{program.name}</Link>
                </h3>
                {(program.localName || program.acronym) && (
                  <p className="meta">{[program.localName, program.acronym].filter(Boolean).join(' · ')}</p>
                )}
                <dl className="card-facts">
                  <Fact term="Status">{programStatuses[program.status]?.label ?? program.status}</Fact>
                  <Fact term="Years">{programYears(intl, program.startYear, program.endYear, program.status)}</Fact>
                  <Fact term="Lead agency">{program.leadAgency}</Fact>
                  <Fact term="Practices">{program.practiceCount}</Fact>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="country-practices">
        <h2 id="country-practices">Practices ({country.practices.totalCount})</h2>
        {country.practices.nodes.length === 0 ? (
          <Empty>No published practice from {country.name} yet.</Empty>
        ) : (
          <>
            {country.practices.totalCount > country.practices.nodes.length && (
              <p className="meta">
                The {country.practices.nodes.length} newest of {country.practices.totalCount}.
              </p>
            )}
            <PracticeList practices={country.practices.nodes} />
          </>
        )}
        <p>
          <Link href={practicesHref({ countryCodes: [country.code] })}>
            Browse and filter the practices from {country.name}
          </Link>
        </p>
      </section>

      <HistoryPanel entityId={country.id} />
    </article>
  );
}

function instrumentDate(instrument: { date: string | null; year: number | null }): string {
  if (instrument.date) return `Adopted ${formatDate(instrument.date)}`;
  if (instrument.year) return `Adopted ${instrument.year}`;
  return 'Date not given';
}
