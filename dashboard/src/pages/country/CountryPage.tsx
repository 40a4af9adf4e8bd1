import { useIntl } from 'react-intl';
import { geographicReaches, measureKinds, migrationProfiles, programStatuses } from '@atlas/shared';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { Empty, QueryState } from '../../components/QueryState';
import { SourceItems } from '../../components/SourceLinks';
import { NotFoundInSources } from '../../components/NotFoundInSources';
import { useCountryName } from '../../components/country-name';
import { useVocabulary } from '../../components/Vocabulary';
import { SavedNotice } from '../../editing/Confirmation';
import { EDITORS, useHasRole } from '../../editing/RequireRole';
import { HistoryPanel } from '../../history/HistoryPanel';
import { PageTitle } from '../../layout/PageTitle';
import { practicesHref } from '../../practice-filter-params';
import { FigureTable } from '../../figures/FigureTable';
import { disagreeingFigures } from '../../figures/figures';
import { IndicatorCharts } from '../../figures/IndicatorFigures';
import { programYears } from '../../components/program-years';
import { formatDateRange, formatValue } from '../../format';
import { compareHref, NEIGHBOURS } from './neighbours';
import '../../components/profile.css';
import './country.css';
import { PracticeList } from '../../components/PracticeList';
import { StudyList } from '../../components/StudyList';
import { COUNTRY_PRACTICES_SHOWN, CountryQuery, type CountryData, type CountryResult } from './queries';
import { Fact } from '../../components/Fact';
import { t } from '../../i18n/message';
import { PrintFrame } from '../../print/PrintFrame';
import { PresentationSteps } from '../../presentation/PresentationSteps';
import { OfficialNames } from './OfficialNames';

export default function CountryPage({ code }: { code: string }) {
  const [result, reexecute] = useQuery({
    query: CountryQuery,
    variables: { code: code.toUpperCase(), practices: COUNTRY_PRACTICES_SHOWN },
  });
  if (result.data && result.data.country === null)
    return <CountryNotFound code={code} countries={result.data.countries} />;
  return (
    <QueryState what="countryPage.what" result={result} data={result.data?.country} retry={reexecute}>
      {(country) => (
        <PrintFrame>
          <Country country={country} countries={result.data?.countries ?? []} />
        </PrintFrame>
      )}
    </QueryState>
  );
}

function CountryNotFound({ code, countries }: { code: string; countries: CountryResult['countries'] }) {
  const intl = useIntl();
  const countryName = useCountryName();
  return (
    <section data-not-found>
      <PageTitle page={intl.formatMessage({ id: 'countryPage.notFound' })} />
      <h1>{t('countryPage.notFound')}</h1>
      <p className="state state-empty">
        {t('countryPage.notFound.explanation', {
          code,
          example: <code>/countries/ID</code>,
          country: countryName({ code: 'ID', name: 'Indonesia' }),
        })}
      </p>
      {countries.length > 0 && (
        <nav aria-labelledby="country-list">
          <h2 id="country-list">{t('countryPage.notFound.memberStates')}</h2>
          <ul className="country-links">
            {countries.map((country) => (
              <li key={country.code}>
                <Link href={`/countries/${country.code}`}>{countryName(country)}</Link>
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
  const { labelOf, descriptionOf } = useVocabulary();
  const countryName = useCountryName();
  const name = countryName(country);
  const profileDescription = descriptionOf(migrationProfiles, country.migrationProfile);
  const nameOf = (code: string) => countryName(countries.find((c) => c.code === code) ?? { code, name: code });
  const neighbours = NEIGHBOURS[country.code] ?? [];
  const editor = useHasRole(EDITORS);
  const fact = (id: 'kind' | 'reach' | 'status' | 'years' | 'leadAgency' | 'practices') =>
    intl.formatMessage({ id: `countryPage.fact.${id}` });
  return (
    <article className="country-page profile">
      <PageTitle page={name} />
      <header className="country-header">
        <div>
          <p className="meta eyebrow">{t('countryPage.eyebrow', { iso3: country.iso3 })}</p>
          <h1>{name}</h1>
        </div>
        <ul className="compare-links">
          {neighbours.length > 0 && (
            <li>
              <Link className="button" href={compareHref([country.code, ...neighbours])}>
                {t('countryPage.compareNeighbours')}
              </Link>
              <span className="meta"> ({neighbours.map(nameOf).join(', ')})</span>
            </li>
          )}
          <li>
            <Link className="button secondary" href={compareHref([country.code])}>
              {t('countryPage.compareOthers')}
            </Link>
          </li>
        </ul>
      </header>
      <SavedNotice recordKey={country.code} />

      {editor && (
        <p className="form-actions" data-editing>
          <Link className="button secondary" href={`/countries/${country.code}/edit`}>
            {t('countryPage.edit')}
          </Link>
          <Link className="button secondary" href={`/countries/${country.code}/statistics`}>
            {t('countryPage.editStatistics')}
          </Link>
          <Link className="button secondary" href={`/programs/new?country=${country.code}`}>
            {t('countryPage.addProgramme')}
          </Link>
        </p>
      )}

      <dl className="facts">
        <Fact term={intl.formatMessage({ id: 'countryPage.fact.migrationProfile' })}>
          {labelOf(migrationProfiles, country.migrationProfile)}
          {profileDescription && <span className="meta"> — {profileDescription}</span>}
        </Fact>
        <Fact term={intl.formatMessage({ id: 'countryPage.fact.memberSince' })}>
          {formatDateRange(intl.locale, country.memberSince)}
        </Fact>
        <Fact term={fact('leadAgency')}>{country.leadAgency}</Fact>
      </dl>

      <div className="prose">
        <p>{country.summary}</p>
        <NotFoundInSources items={country.notFound} />
      </div>

      <section aria-labelledby="country-laws">
        <h2 id="country-laws">{t('countryPage.laws')}</h2>
        {country.legalInstruments.length === 0 ? (
          <Empty>{t('countryPage.laws.none', { country: name })}</Empty>
        ) : (
          <ol className="instruments">
            {country.legalInstruments.map((instrument) => (
              <li key={instrument.id}>
                <h3>{instrument.title}</h3>
                <p className="meta">{instrumentDate(intl.locale, instrument)}</p>
                {instrument.summary && <p>{instrument.summary}</p>}
                {instrument.sources.length > 0 && (
                  <ul
                    className="instrument-sources"
                    aria-label={intl.formatMessage({ id: 'countryPage.laws.sources' }, { title: instrument.title })}
                  >
                    <SourceItems sources={instrument.sources} />
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <OfficialNames names={country.officialNames} />

      <section aria-labelledby="country-statistics">
        <h2 id="country-statistics">{t('countryPage.statistics')}</h2>
        {country.statistics.length === 0 ? (
          <Empty>{t('countryPage.statistics.none', { country: name })}</Empty>
        ) : (
          <>
            {disagreeingFigures(country.statistics).size > 0 && (
              <p className="meta">{t('countryPage.statistics.disagreement')}</p>
            )}
            <IndicatorCharts figures={country.statistics} />
            <h3>{t('countryPage.statistics.all')}</h3>
            <FigureTable
              caption={intl.formatMessage({ id: 'countryPage.statistics.caption' }, { country: name })}
              figures={country.statistics}
            />
          </>
        )}
      </section>

      <section aria-labelledby="country-programs">
        <h2 id="country-programs">{t('countryPage.programmes', { count: country.programs.length })}</h2>
        {country.programs.length === 0 ? (
          <Empty>{t('countryPage.programmes.none', { country: name })}</Empty>
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
                  <Fact term={fact('kind')}>{labelOf(measureKinds, program.kind)}</Fact>
                  {program.reach !== 'NATIONAL' && (
                    <Fact term={fact('reach')}>
                      {t('countryPage.programmes.reach', {
                        reach: labelOf(geographicReaches, program.reach),
                        lead: countryName(program.country),
                      })}
                    </Fact>
                  )}
                  <Fact term={fact('status')}>{labelOf(programStatuses, program.status)}</Fact>
                  <Fact term={fact('years')}>
                    {programYears(intl, program.startYear, program.endYear, program.status)}
                  </Fact>
                  <Fact term={fact('leadAgency')}>{program.leadAgency}</Fact>
                  <Fact term={fact('practices')}>{formatValue(intl.locale, program.practiceCount)}</Fact>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="country-practices">
        <h2 id="country-practices">{t('countryPage.practices', { count: country.practices.totalCount })}</h2>
        {country.practices.nodes.length === 0 ? (
          <Empty>{t('countryPage.practices.none', { country: name })}</Empty>
        ) : (
          <>
            {country.practices.totalCount > country.practices.nodes.length && (
              <p className="meta">
                {t('countryPage.practices.newest', {
                  shown: country.practices.nodes.length,
                  total: country.practices.totalCount,
                })}
              </p>
            )}
            <PracticeList practices={country.practices.nodes} />
          </>
        )}
        <p>
          <Link href={practicesHref({ countryCodes: [country.code] })}>
            {t('countryPage.practices.browse', { country: name })}
          </Link>
        </p>
      </section>

      <section aria-labelledby="country-studies">
        <h2 id="country-studies">{t('countryPage.studies', { count: country.studies.length })}</h2>
        <p className="meta">{t('countryPage.studies.intro', { country: name })}</p>
        <StudyList
          studies={country.studies}
          editing={
            editor
              ? {
                  addHref: `/studies/new?country=${country.code}`,
                  editHref: (study) => `/studies/${study.id}/edit?country=${country.code}`,
                }
              : undefined
          }
        />
      </section>

      <HistoryPanel entityId={country.id} />
      <PresentationSteps />
    </article>
  );
}

function instrumentDate(locale: string, instrument: { date: string | null; year: number | null }) {
  const date = instrument.date ? formatDateRange(locale, instrument.date) : instrument.year;
  return date ? t('countryPage.laws.adopted', { date }) : t('countryPage.laws.noDate');
}
