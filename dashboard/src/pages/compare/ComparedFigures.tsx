import { useIntl } from 'react-intl';
import { sexes } from '@atlas/shared';
import { Link } from 'wouter';
import { MemberStateMark } from '../../charts/Marker';
import { SeriesChart } from '../../charts/SeriesChart';
import { formatValue } from '../../charts/series';
import { SourceLink } from '../../components/SourceLinks';
import { useCountryName } from '../../components/country-name';
import { useVocabulary } from '../../components/Vocabulary';
import { formatList } from '../../format';
import { IndicatorText, useIndicatorText } from '../../figures/indicator-text';
import {
  comparisonSeries,
  countriesWithFigures,
  programLabel,
  splitIndicators,
  type SingleCountryFigure,
} from './figures';
import type { Comparison } from './queries';
import { t } from '../../i18n/message';

/** Indicators two or more of the countries report: one chart each, one series per country. */
export function SharedCharts({ comparison }: { comparison: Comparison }) {
  const intl = useIntl();
  const countryName = useCountryName();
  const indicatorText = useIndicatorText();
  const { shared } = splitIndicators(
    comparison.indicators,
    comparison.countries.map((c) => c.code),
  );
  if (shared.length === 0) {
    return <p className="state state-empty">{t('compare.sharedFigures.none')}</p>;
  }
  return (
    <div className="compare-charts">
      {shared.map((indicatorComparison) => {
        const { indicator } = indicatorComparison;
        const present = countriesWithFigures(indicatorComparison);
        const missing = comparison.countries.filter((country) => !present.has(country.code));
        const series = comparisonSeries(intl, indicatorComparison, comparison.countries);
        return (
          <div key={indicator.code} className="compare-chart">
            <SeriesChart
              title={indicatorText(indicator).name.text}
              unit={indicatorText(indicator).unit.text}
              series={series}
            />
            <p className="meta compare-chart-notes">
              <IndicatorText indicator={indicator} field="description" />
              {missing.length > 0 && (
                <> {t('compare.noFigureFor', { countries: formatList(intl.locale, missing.map(countryName)) })}</>
              )}
            </p>
          </div>
        );
      })}
    </div>
  );
}

/** Where a figure comes from: its programme (a link), or the country's statistics. */
function From({ value }: { value: SingleCountryFigure['value'] }) {
  const program = value.program;
  return program
    ? t('compare.fromProgramme', {
        programme: <Link href={`/programs/${encodeURIComponent(program.id)}`}>{programLabel(program)}</Link>,
      })
    : t('compare.nationalStatistic');
}

/** Figures on indicators only one of the countries reports: per country, a card per indicator. */
export function SingleCountryFigures({ comparison }: { comparison: Comparison }) {
  const { locale } = useIntl();
  const countryName = useCountryName();
  const { labelOf } = useVocabulary();
  const { single } = splitIndicators(
    comparison.indicators,
    comparison.countries.map((c) => c.code),
  );
  const countries = comparison.countries.filter((country) => (single.get(country.code) ?? []).length > 0);
  if (countries.length === 0) {
    return <p className="state state-empty">{t('compare.singleFigures.none')}</p>;
  }
  return (
    <>
      {countries.map((country) => {
        const figures = single.get(country.code) ?? [];
        // One group of rows per indicator, indicators in the order they first appear, each by year.
        const groups = new Map<string, SingleCountryFigure[]>();
        for (const figure of figures) {
          groups.set(figure.indicator.code, [...(groups.get(figure.indicator.code) ?? []), figure]);
        }
        return (
          <section key={country.code} aria-labelledby={`single-${country.code}`}>
            <h3 id={`single-${country.code}`}>
              <MemberStateMark code={country.code} />
              {countryName(country)}
            </h3>
            <ul className="compare-single-grid">
              {[...groups.values()].map((group) => {
                const { indicator } = group[0]!;
                const fromKeys = new Set(group.map(({ value }) => value.program?.id ?? 'statistic'));
                const sharedFrom = fromKeys.size === 1 ? group[0]!.value : null;
                return (
                  <li key={indicator.code} className="card compare-single">
                    <h4>
                      <IndicatorText indicator={indicator} field="name" />{' '}
                      <span className="meta">
                        (<IndicatorText indicator={indicator} field="unit" />)
                      </span>
                    </h4>
                    {sharedFrom && (
                      <p className="meta">
                        <From value={sharedFrom} />
                      </p>
                    )}
                    <dl>
                      {group.map(({ value }, index) => (
                        <div key={index} className="compare-single-figure">
                          <dt>{value.year}</dt>
                          <dd>
                            <span className="compare-single-number">{formatValue(locale, value.value)}</span>{' '}
                            <span className="meta">
                              <IndicatorText indicator={indicator} field="unit" />
                              {value.sex !== 'TOTAL' && <> ({labelOf(sexes, value.sex).toLocaleLowerCase(locale)})</>}
                            </span>
                            {!sharedFrom && (
                              <span className="meta compare-block">
                                <From value={value} />
                              </span>
                            )}
                            <span className="compare-block compare-source">
                              {t('compare.source', { source: <SourceLink source={value.source} /> })}
                            </span>
                            {value.note && <span className="meta compare-block">{value.note}</span>}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
