import { useIntl } from 'react-intl';
import { lazy, Suspense, useId } from 'react';
import { SourceLink } from '../components/SourceLinks';
import { SeriesSwatch } from './Marker';
import { byYear, formatValue, type Series } from './series';
import { t } from '../i18n/message';
import { usePrinting } from '../print/use-printing';

// recharts is large: it loads only when a chart is on screen.
const LineChartView = lazy(() => import('./LineChartView'));

/**
 * A figure over time for one or more series on one shared axis, with a legend (each series' line and
 * marker, as in every other chart) and a table alternative that carries every value's source (also
 * what screen readers and keyboard users get).
 */
export function SeriesChart({ title, unit, series }: { title: string; unit: string; series: Series[] }) {
  const intl = useIntl();
  const { locale } = intl;
  const id = useId();
  const printing = usePrinting();
  const rows = byYear(series);
  if (rows.length === 0) return null;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <strong>{title}</strong> <span className="meta">({unit})</span>
      </figcaption>
      <div aria-hidden="true" className="chart-canvas">
        <Suspense fallback={<div className="chart-placeholder">{t('charts.loading')}</div>}>
          <LineChartView series={series} unit={unit} />
        </Suspense>
      </div>
      {series.length > 1 && (
        <ul className="chart-legend" aria-label={intl.formatMessage({ id: 'charts.legend' })}>
          {series.map((s) => (
            <li key={s.name}>
              <SeriesSwatch style={s.style} />
              {s.name}
            </li>
          ))}
        </ul>
      )}
      {/* On paper the table is always there: a reader cannot open it. */}
      <details open={printing || undefined}>
        <summary>{t('charts.table')}</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">
              {title} ({unit})
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.year')}</th>
                {series.map((s) => (
                  <th key={s.name} scope="col" className="number">
                    <SeriesSwatch style={s.style} />
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.year}>
                  <th scope="row">{row.year}</th>
                  {row.values.map((point, index) => (
                    <td key={series[index]!.name} className="number">
                      {point ? (
                        <>
                          {formatValue(locale, point.value)}{' '}
                          <SourceLink
                            source={{ title: point.sourceTitle, url: point.sourceUrl }}
                            label={intl.formatMessage({ id: 'charts.source' })}
                          />
                          {point.note && <span className="meta"> — {point.note}</span>}
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
