import { migrationProfiles, Theme, themes } from '@atlas/shared';
import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from 'urql';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { SourceLink } from '../../components/SourceLinks';
import { MemberStateMark } from '../../charts/Marker';
import { memberStateStyle } from '../../charts/palette';
import { useCountryName } from '../../components/country-name';
import { Empty, ErrorState, Loading, QueryState } from '../../components/QueryState';
import { useVocabulary } from '../../components/Vocabulary';
import { formatHeadline, formatValue } from '../../format';
import { IndicatorText, useIndicatorText } from '../../figures/indicator-text';
import type { MessageId } from '../../i18n/message-ids';
import { practicesHref } from '../../practice-filter-params';
import { commonYearFigures, latestHighlights } from './figures';
import {
  HIGHLIGHT_INDICATORS,
  OverviewFiguresQuery,
  OverviewQuery,
  REMITTANCES_INDICATOR,
  type Highlight,
  type OverviewData,
} from './queries';
import './overview.css';
import { t } from '../../i18n/message';

/** The comparison offered from the overview (named in `overview.compareCountries`). */
const EXAMPLE_COMPARISON = ['ID', 'PH', 'VN'];

/** How many theme shortcuts to offer (the themes with most practices). */
const THEME_SHORTCUTS = 8;

/** The parts of a total's message: `<number>52</number> <label>practices</label>`. */
const TOTAL_PARTS = {
  number: (chunks: ReactNode[]) => <span className="overview-total-number">{chunks}</span>,
  label: (chunks: ReactNode[]) => <span className="overview-total-label">{chunks}</span>,
};

function Totals({ data }: { data: OverviewData }) {
  const totals: { count: number; message: MessageId; href: string | null }[] = [
    { count: data.countries.length, message: 'overview.total.memberStates', href: '#member-states' },
    { count: data.programs.totalCount, message: 'overview.total.programmes', href: null },
    { count: data.practices.totalCount, message: 'overview.total.practices', href: '/practices' },
    { count: data.outcomes.totalCount, message: 'overview.total.outcomes', href: null },
  ];
  return (
    <ul className="overview-totals">
      {totals.map((total) => {
        const content = <FormattedMessage id={total.message} values={{ count: total.count, ...TOTAL_PARTS }} />;
        return (
          <li key={total.message}>
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
  const intl = useIntl();
  const { labelOf } = useVocabulary();
  const countryName = useCountryName();
  return (
    <ul className="grid overview-countries">
      {countries.map((country) => {
        const name = countryName(country);
        const practices = t('overview.countryPractices', { count: country.practiceCount, country: name });
        return (
          <li key={country.code} className="card overview-country">
            <h3>
              <Link href={`/countries/${country.code}`}>
                {name}
                <span className="visually-hidden"> ({country.code})</span>
              </Link>
            </h3>
            <p className="overview-country-meta">
              <abbr className="overview-code" title={intl.formatMessage({ id: 'overview.isoCode' }, { country: name })}>
                {country.code}
              </abbr>
              <span className="tag">
                <span className="visually-hidden">{t('overview.migrationProfile')}</span>
                {labelOf(migrationProfiles, country.migrationProfile)}
              </span>
            </p>
            <ul className="overview-country-counts">
              <li>
                {country.practiceCount > 0 ? (
                  <Link href={practicesHref({ countryCodes: [country.code] })}>{practices}</Link>
                ) : (
                  practices
                )}
              </li>
              <li>{t('overview.countryProgrammes', { count: country.programCount })}</li>
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

function ThemeShortcuts({ data }: { data: OverviewData }) {
  const { labelOf, descriptionOf } = useVocabulary();
  const top = data.practices.facets.themes
    .filter((facet) => facet.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, THEME_SHORTCUTS);
  if (top.length === 0) return <Empty>{t('overview.noPractice')}</Empty>;
  return (
    <>
      <ul className="overview-themes">
        {top.map((facet) => (
          <li key={facet.value}>
            <Link href={practicesHref({ themes: [Theme[facet.value]] })} title={descriptionOf(themes, facet.value)}>
              <span>{labelOf(themes, facet.value)}</span>{' '}
              <span className="overview-theme-count">{t('overview.themeCount', { count: facet.count })}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/practices">{t('overview.allPractices')}</Link>
      </p>
    </>
  );
}

function Remittances({ countries }: { countries: OverviewData['countries'] }) {
  const intl = useIntl();
  const indicatorText = useIndicatorText();
  const countryName = useCountryName();
  const codes = countries.map((country) => country.code);
  const [result, reexecute] = useQuery({
    query: OverviewFiguresQuery,
    variables: { codes, indicatorCodes: [REMITTANCES_INDICATOR] },
    pause: codes.length === 0,
  });
  return (
    <QueryState what="what.figures" result={result} data={result.data?.compareCountries} retry={reexecute}>
      {(comparison) => {
        const figures = comparison.indicators.find((ic) => ic.indicator.code === REMITTANCES_INDICATOR);
        const common = figures ? commonYearFigures(figures) : null;
        if (!figures || !common) return <Empty>{t('overview.noRemittances')}</Empty>;
        const max = Math.max(...common.values.map((value) => value.value));
        const reported = new Set(common.values.map((value) => value.country.code));
        const missing = countries.filter((country) => !reported.has(country.code));
        return (
          <figure className="overview-remittances" aria-labelledby="remittances-title">
            <figcaption>
              <h3 id="remittances-title">
                <IndicatorText indicator={figures.indicator} field="name" />, {common.year}{' '}
                <span className="meta">
                  (<IndicatorText indicator={figures.indicator} field="unit" />)
                </span>
              </h3>
              <p className="meta">
                <IndicatorText indicator={figures.indicator} field="description" />
              </p>
            </figcaption>
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('overview.remittances.memberState')}</th>
                    <th scope="col">
                      {t('overview.remittances.unitWithSource', { unit: indicatorText(figures.indicator).unit.text })}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {common.values.map((value) => (
                    <tr key={value.country.code}>
                      <th scope="row">
                        <MemberStateMark code={value.country.code} />
                        <Link href={`/countries/${value.country.code}`}>{countryName(value.country)}</Link>
                      </th>
                      <td className="overview-bar-cell">
                        <span
                          className="overview-bar-value"
                          title={`${formatValue(intl.locale, value.value)} ${indicatorText(figures.indicator).unit.text}`}
                        >
                          {formatHeadline(intl.locale, value.value)}
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
                {t('overview.remittances.missing', {
                  year: common.year,
                  countries: intl.formatList(missing.map(countryName)),
                })}
              </p>
            )}
            <p>
              <Link href={`/compare?countries=${common.values.map((value) => value.country.code).join(',')}`}>
                {t('overview.remittances.compare')}
              </Link>
            </p>
          </figure>
        );
      }}
    </QueryState>
  );
}

function HighlightCard({ figure }: { figure: Highlight }) {
  const intl = useIntl();
  const countryName = useCountryName();
  return (
    <li className="card overview-figure">
      <h4>
        <IndicatorText indicator={figure.indicator} field="name" />
      </h4>
      <p className="overview-figure-value">
        <span className="overview-figure-number">{formatHeadline(intl.locale, figure.value)}</span>{' '}
        <span className="overview-figure-unit">
          <IndicatorText indicator={figure.indicator} field="unit" />
        </span>
      </p>
      <p className="meta">
        <Link href={`/countries/${figure.country.code}`}>{countryName(figure.country)}</Link>
        {' · '}
        <Link href={`/programs/${encodeURIComponent(figure.program.id)}`}>
          {figure.program.acronym ?? figure.program.name}
        </Link>
        {' · '}
        {figure.year}
      </p>
      {figure.note && <p className="meta">{figure.note}</p>}
      <p className="overview-figure-source">
        {t('overview.source')}
        <SourceLink source={figure.source} />
      </p>
    </li>
  );
}

export default function OverviewPage() {
  const intl = useIntl();
  const [result, reexecute] = useQuery({
    query: OverviewQuery,
    variables: { highlightIndicators: HIGHLIGHT_INDICATORS },
  });
  const { data, fetching, error } = result;
  const retry = () => reexecute({ requestPolicy: 'network-only' });
  const highlights = data ? latestHighlights(data.highlights.nodes, HIGHLIGHT_INDICATORS) : [];

  return (
    <>
      <title>{intl.formatMessage({ id: 'overview.title' })}</title>
      <h1>{t('overview.heading')}</h1>
      <p className="lede">{t('overview.lede')}</p>
      <p className="overview-actions">
        <Link href="/practices" className="button">
          {t('overview.browsePractices')}
        </Link>
        <Link href={`/compare?countries=${EXAMPLE_COMPARISON.join(',')}`} className="button secondary">
          {t('overview.compareCountries')}
        </Link>
      </p>

      {error && !data ? (
        <ErrorState error={error} retry={retry} />
      ) : !data || (fetching && !data) ? (
        <Loading what="what.atlas" />
      ) : (
        <>
          <section aria-labelledby="in-the-atlas">
            <h2 id="in-the-atlas" className="visually-hidden">
              {t('overview.inTheAtlas')}
            </h2>
            <Totals data={data} />
          </section>

          <section aria-labelledby="member-states">
            <h2 id="member-states" tabIndex={-1}>
              {t('overview.memberStates')}
            </h2>
            {data.countries.length === 0 ? (
              <Empty>{t('overview.noMemberState')}</Empty>
            ) : (
              <CountryCards countries={data.countries} />
            )}
          </section>

          <section aria-labelledby="themes">
            <h2 id="themes">{t('overview.themes')}</h2>
            <ThemeShortcuts data={data} />
          </section>

          <section aria-labelledby="figures">
            <h2 id="figures">{t('overview.figures')}</h2>
            <p className="meta">{t('overview.figuresNote')}</p>
            <Remittances countries={data.countries} />
            {highlights.length > 0 && (
              <>
                <h3 className="overview-subheading">{t('overview.programmeResults')}</h3>
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
