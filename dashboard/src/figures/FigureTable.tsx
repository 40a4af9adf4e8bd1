import { sexes } from '@atlas/shared';
import { FormattedMessage, useIntl } from 'react-intl';
import { SourceLink } from '../components/SourceLinks';
import { useVocabulary } from '../components/Vocabulary';
import { formatValue } from '../charts/series';
import { byIndicator, disagreeingFigures, type Figure } from './figures';
import { breakdownLabel, yearLabel } from './breakdown-label';
import { IndicatorText } from './indicator-text';
import './figures.css';
import { t } from '../i18n/message';

/**
 * Every figure of a country or programme, grouped by indicator then year, each with its source.
 * Figures that another source contradicts are marked "Sources disagree" (in words, not colour).
 */
export function FigureTable<F extends Figure>({
  caption,
  figures,
  unitColumn = false,
  sexColumn = 'when-disaggregated',
}: {
  caption: string;
  figures: readonly F[];
  /** The unit in a column of its own (otherwise after the value). */
  unitColumn?: boolean;
  /** Always a Sex column, or only where some figure is not a total. */
  sexColumn?: 'always' | 'when-disaggregated';
}) {
  const intl = useIntl();
  const { labelOf } = useVocabulary();
  const groups = byIndicator(figures);
  const disagreeing = disagreeingFigures(figures);
  const showSex = sexColumn === 'always' || figures.some((f) => f.sex !== 'TOTAL');
  const columns = [
    'indicator',
    'year',
    'value',
    ...(unitColumn ? ['unit' as const] : []),
    ...(showSex ? ['sex' as const] : []),
    'note',
    'source',
  ] as const;
  return (
    <div className="table-scroll">
      <table className="figure-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={column === 'value' ? 'number' : undefined}>
                <FormattedMessage id={`figures.table.${column}`} />
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.indicator.code}>
            {group.figures.map((figure, index) => (
              <tr
                key={`${figure.year}-${figure.sex}-${figure.destination ?? ''}-${figure.phase ?? ''}-${figure.source.url}-${figure.value}`}
              >
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={group.figures.length} className="figure-indicator">
                    <IndicatorText indicator={group.indicator} field="name" />
                  </th>
                )}
                <td className="figure-year">{yearLabel(intl, figure)}</td>
                <td className="number figure-value">
                  {formatValue(intl.locale, figure.value)}
                  {!unitColumn && (
                    <span className="meta">
                      {' '}
                      <IndicatorText indicator={group.indicator} field="unit" />
                    </span>
                  )}
                </td>
                {unitColumn && (
                  <td className="figure-unit-cell">
                    <IndicatorText indicator={group.indicator} field="unit" />
                  </td>
                )}
                {showSex && (
                  <td className="figure-sex" data-label={intl.formatMessage({ id: 'figures.table.sex' })}>
                    {labelOf(sexes, figure.sex)}
                  </td>
                )}
                <td className="figure-note">
                  {breakdownLabel(intl, figure) && (
                    <strong className="figure-breakdown">{breakdownLabel(intl, figure)} </strong>
                  )}
                  {disagreeing.has(figure) && <strong className="disagree">{t('figures.disagree')}</strong>}
                  {disagreeing.has(figure) && figure.note && ' '}
                  {figure.note}
                </td>
                <td className="figure-source" data-label={intl.formatMessage({ id: 'figures.table.source' })}>
                  <SourceLink source={figure.source} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
