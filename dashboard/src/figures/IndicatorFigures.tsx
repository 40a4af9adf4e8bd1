import { sexes } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { SeriesChart } from '../charts/SeriesChart';
import { formatValue } from '../charts/series';
import { SourceLink } from '../components/SourceLinks';
import { useVocabulary } from '../components/Vocabulary';
import { byIndicator, toSeries, type Figure, type SeriesName } from './figures';
import { breakdownLabel, yearLabel } from './breakdown-label';
import { IndicatorText, useIndicatorText } from './indicator-text';
import './figures.css';
import { t } from '../i18n/message';

/** One chart per indicator with figures for at least two different years. */
export function IndicatorCharts({ figures }: { figures: readonly Figure[] }) {
  const intl = useIntl();
  const { labelOf } = useVocabulary();
  const textOf = useIndicatorText();
  const seriesName: SeriesName = (sex, rank, breakdown) => {
    const name = intl.formatMessage(
      { id: 'figures.series' },
      { sex: labelOf(sexes, sex), rank: String(rank), number: rank + 1 },
    );
    const label = breakdown && breakdownLabel(intl, breakdown);
    return label ? `${name}, ${label}` : name;
  };
  const charted = byIndicator(figures).filter((group) => group.yearCount >= 2);
  if (charted.length === 0) return null;
  return (
    <div className="chart-grid">
      {charted.map((group) => {
        return (
          <SeriesChart
            key={group.indicator.code}
            title={textOf(group.indicator).name.text}
            unit={textOf(group.indicator).unit.text}
            series={toSeries(group.figures, seriesName)}
          />
        );
      })}
    </div>
  );
}

/** The indicators with figures for one year only, each as a figure with its source rather than a chart. */
export function SingleYearFigures({ figures, headingLevel = 3 }: { figures: readonly Figure[]; headingLevel?: 3 | 4 }) {
  const intl = useIntl();
  const { locale } = intl;
  const { labelOf } = useVocabulary();
  const singles = byIndicator(figures).filter((group) => group.yearCount === 1);
  if (singles.length === 0) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="grid single-figures">
      {singles.map((group) => (
        <li key={group.indicator.code} className="card single-figure">
          <Heading>
            <IndicatorText indicator={group.indicator} field="name" />
          </Heading>
          {group.figures.map((figure) => (
            <div
              key={`${figure.sex}-${figure.destination ?? ''}-${figure.phase ?? ''}-${figure.source.url}-${figure.value}`}
              className="single-figure-value"
            >
              <p>
                <span className="figure-number">{formatValue(locale, figure.value)}</span>{' '}
                <span className="figure-unit">
                  <IndicatorText indicator={group.indicator} field="unit" />
                </span>
              </p>
              <p className="meta">
                {yearLabel(intl, figure)}
                {figure.sex !== 'TOTAL' && `, ${labelOf(sexes, figure.sex).toLowerCase()}`}
                {breakdownLabel(intl, figure) && `, ${breakdownLabel(intl, figure)}`}
                {figure.note && ` — ${figure.note}`}
              </p>
              <p className="meta">
                {t('figures.source')} <SourceLink source={figure.source} />
              </p>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
