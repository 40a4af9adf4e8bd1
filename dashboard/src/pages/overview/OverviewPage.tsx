import { plural } from '../../format';
import { migrationProfiles, Theme, themes } from '@atlas/shared';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { SourceLink } from '../../components/SourceLinks';
import { MemberStateMark } from '../../charts/Marker';
import { memberStateStyle } from '../../charts/palette';
import { formatValue } from '../../charts/series';
import { Empty, ErrorState, Loading, QueryState } from '../../components/QueryState';
import { labelOf } from '../../components/Vocabulary';
import { practicesHref } from '../../practice-filter-params';
import { commonYearFigures, formatHeadline, latestHighlights } from './figures';
import {
  HIGHLIGHT_INDICATORS,
  OverviewFiguresQuery,
  OverviewQuery,
  REMITTANCES_INDICATOR,
  type Highlight,
  type OverviewData,
} from './queries';
import './overview.css';

/** The comparison offered from the overview. */
const EXAMPLE_COMPARISON = ['ID', 'PH', 'VN'];

/** How many theme shortcuts to offer (the themes with most practices). */
const THEME_SHORTCUTS = 8;

function Totals({ data }: { data: OverviewData }) {
  const totals = [
    { count: data.countries.length, label: 'member states', href: '#member-states' },
    { count: data.programs.totalCount, label: 'reintegration programmes', href: null },
    { count: data.practices.totalCount, label: 'practices', href: '/practices' },
    { count: data.outcomes.totalCount, label: 'measured programme outcomes', href: null },
  ];
  return (
    <ul className="overview-totals">
      {totals.map((total) => {
        const content = (
          <>
            <span className="overview-total-number">{total.count}</span>{' '}
            <span className="overview-total-label">{total.label}</span>
          </>
        );
        return (
          <li key={total.label}>
            {total.href === null ? (
              content
            ) : total.href.startsWith('#') ? (
              <a href={total.href}>{content}</a>
            ) : (
              <Link href={total.href}>{content}</Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function CountryCards({ countries }: { countries: OverviewData['countries'] }) {
  return (
    <ul className="grid overview-countries">
      {countries.map((country) => (
        <li key={country.code} className="card overview-country">
          <h3>
            <Link href={`/countries/${country.code}`}>
              {country.name}
              <span className="visually-hidden"> ({country.code})</span>
            </Link>
          </h3>
          <p className="overview-country-meta">
            <abbr className="overview-code" title={`ISO code of ${country.name}`}>
              {country.code}
            </abbr>
            <span className="tag">
              <span className="visually-hidden">Migration profile: </span>
              {labelOf(migrationProfiles, country.migrationProfile)}
            </span>
          </p>
          <ul className="overview-country-counts">
            <li>
              {country.practiceCount > 0 ? (
                <Link href={practicesHref({ countryCodes: [country.code] })}>
                  {plural(country.practiceCount, 'practice', 'practices')}
                  <span className="visually-hidden"> of {country.name}</span>
                </Link>
              ) : (
                '0 practices'
              )}
            </li>
            <li>{plural(country.programCount, 'programme', 'programmes')}</li>
          </ul>
        </li>
      ))}
    </ul>
  );
}

function ThemeShortcuts({ data }: { data: OverviewData }) {
  const top = data.practices.facets.themes
    .filter((facet) => facet.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, THEME_SHORTCUTS);
  if (top.length === 0) return <Empty>No published practice yet.</Empty>;
  return (
    <>
      <ul className="overview-themes">
        {top.map((facet) => (
          <li key={facet.value}>
            <Link href={practicesHref({ themes: [Theme[facet.value]] })} title={themes[facet.value]?.description}>
              <span>{facet.label || labelOf(themes, facet.value)}</span>{' '}
              <span className="overview-theme-count">
                {facet.count}
                <span className="visually-hidden"> {facet.count === 1 ? 'practice' : 'practices'}</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/practices">All practices, with filters by country, theme, dimension, stakeholder and more</Link>
      </p>
    </>
  );
}

function Remittances({ countries }: { countries: OverviewData['countries'] }) {
  const codes = countries.map((country) => country.code);
  const [result, reexecute] = useQuery({
    query: OverviewFiguresQuery,
    variables: { codes, indicatorCodes: [REMITTANCES_INDICATOR] },
    pause: codes.length === 0,
  });
  return (
    <QueryState what="figures" result={result} data={result.data?.compareCountries} retry={reexecute}>
      {(comparison) => {
        const figures = comparison.indicators.find((ic) => ic.indicator.code === REMITTANCES_INDICATOR);
        const common = figures ? commonYearFigures(figures) : null;
        if (!figures || !common) return <Empty>No remittance figures in the Atlas yet.</Empty>;
        const max = Math.max(...common.values.map((value) => value.value));
        const reported = new Set(common.values.map((value) => value.country.code));
        const missing = countries.filter((country) => !reported.has(country.code));
        return (
          <figure className="overview-remittances" aria-labelledby="remittances-title">
            <figcaption>
              <h3 id="remittances-title">
                {figures.indicator.name}, {common.year} <span className="meta">({figures.indicator.unit})</span>
              </h3>
              <p className="meta">{figures.indicator.description}</p>
            </figcaption>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Member state</th>
                    <th scope="col">{figures.indicator.unit}, with the source</th>
                  </tr>
                </thead>
                <tbody>
                  {common.values.map((value) => (
                    <tr key={value.country.code}>
                      <th scope="row">
                        <MemberStateMark code={value.country.code} />
                        <Link href={`/countries/${value.country.code}`}>{value.country.name}</Link>
                      </th>
                      <td className="overview-bar-cell">
                        <span
                          className="overview-bar-value"
                          title={`${formatValue(value.value)} ${figures.indicator.unit}`}
                        >
                          {formatHeadline(value.value)}
                        </span>
                        <span
                          className="overview-bar"
                          aria-hidden="true"
                          style={{
                            width: `${Math.max(1, (value.value / max) * 100)}%`,
                            background: memberStateStyle(value.country.code).colour,
                          }}
                        />
                        <span className="overview-source">
                          <SourceLink source={value.source} />
                          {value.note && <span className="meta overview-note">{value.note}</span>}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {missing.length > 0 && (
              <p className="meta">
                No {common.year} figure in the Atlas for {missing.map((country) => country.name).join(', ')}.
              </p>
            )}
            <p>
              <Link href={`/compare?countries=${common.values.map((value) => value.country.code).join(',')}`}>
                Every year of these figures, country by country, on the compare page
              </Link>
            </p>
          </figure>
        );
      }}
    </QueryState>
  );
}

function HighlightCard({ figure }: { figure: Highlight }) {
  return (
    <li className="card overview-figure">
      <h4>{figure.indicator.name}</h4>
      <p className="overview-figure-value">
        <span className="overview-figure-number">{formatHeadline(figure.value)}</span>{' '}
        <span className="overview-figure-unit">{figure.indicator.unit}</span>
      </p>
      <p className="meta">
        <Link href={`/countries/${figure.country.code}`}>{figure.country.name}</Link>
        {' · '}
        <Link href={`/programs/${encodeURIComponent(figure.program.id)}`}>
          {figure.program.acronym ?? figure.program.name}
        </Link>
        {' · '}
        {figure.year}
      </p>
      {figure.note && <p className="meta">{figure.note}</p>}
      <p className="overview-figure-source">
        Source: <SourceLink source={figure.source} />
      </p>
    </li>
  );
}

export default function OverviewPage() {
  const [result, reexecute] = useQuery({
    query: OverviewQuery,
    variables: { highlightIndicators: HIGHLIGHT_INDICATORS },
  });
  const { data, fetching, error } = result;
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  const highlights = data ? latestHighlights(data.highlights.nodes, HIGHLIGHT_INDICATORS) : [];

  return (
    <>
      <title>Reintegration Atlas — return and reintegration of migrant workers in ASEAN</title>
      <h1>Return and reintegration of migrant workers in ASEAN</h1>
      <p className="lede">
        The Reintegration Atlas gathers what works when migrant workers come home to the 11 ASEAN member states: the
        practices, the programmes behind them and their measured results, shared by governments, employers’ and workers’
        organisations at tripartite workshops. Every figure links to its source.
      </p>
      <p className="overview-actions">
        <Link href="/practices" className="button">
          Browse practices
        </Link>
        <Link href={`/compare?countries=${EXAMPLE_COMPARISON.join(',')}`} className="button secondary">
          Compare countries
          <span className="visually-hidden">: Indonesia, the Philippines and Viet Nam</span>
        </Link>
      </p>

      {error && !data ? (
        <ErrorState error={error} retry={retry} />
      ) : !data || (fetching && !data) ? (
        <Loading what="the Atlas" />
      ) : (
        <>
          <section aria-labelledby="in-the-atlas">
            <h2 id="in-the-atlas" className="visually-hidden">
              In the Atlas
            </h2>
            <Totals data={data} />
          </section>

          <section aria-labelledby="member-states">
            <h2 id="member-states" tabIndex={-1}>
              Member states
            </h2>
            {data.countries.length === 0 ? (
              <Empty>No member state in the Atlas yet.</Empty>
            ) : (
              <CountryCards countries={data.countries} />
            )}
          </section>

          <section aria-labelledby="themes">
            <h2 id="themes">Browse by theme</h2>
            <ThemeShortcuts data={data} />
          </section>

          <section aria-labelledby="figures">
            <h2 id="figures">Headline figures</h2>
            <p className="meta">
              As published, with their sources; more on each country’s page and on the compare page.
            </p>
            <Remittances countries={data.countries} />
            {highlights.length > 0 && (
              <>
                <h3 className="overview-subheading">Programme results</h3>
                <ul className="grid overview-figures">
                  {highlights.map((figure) => (
                    <HighlightCard key={figure.id} figure={figure} />
                  ))}
                </ul>
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
