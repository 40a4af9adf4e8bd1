import { useIntl } from 'react-intl';
import { SourceLink } from '../components/SourceLinks';
import { formatValue } from '../charts/series';
import { byIndicator, disagreeingFigures, sexLabel, type Figure } from './figures';
import './figures.css';

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
  const { locale } = useIntl();
  const groups = byIndicator(figures);
  const disagreeing = disagreeingFigures(figures);
  const showSex = sexColumn === 'always' || figures.some((f) => f.sex !== 'TOTAL');
  return (
    <div className="table-scroll">
      <table className="figure-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col">Year</th>
            <th scope="col" className="number">
              Value
            </th>
            {unitColumn && <th scope="col">Unit</th>}
            {showSex && <th scope="col">Sex</th>}
            <th scope="col">Note</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.indicator.code}>
            {group.figures.map((figure, index) => (
              <tr key={`${figure.year}-${figure.sex}-${figure.source.url}-${figure.value}`}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={group.figures.length} className="figure-indicator">
                    {group.indicator.name}
                  </th>
                )}
                <td className="figure-year">{figure.year}</td>
                <td className="number figure-value">
                  {formatValue(locale, figure.value)}
                  {!unitColumn && <span className="meta"> {group.indicator.unit}</span>}
                </td>
                {unitColumn && <td className="figure-unit-cell">{group.indicator.unit}</td>}
                {showSex && (
                  <td className="figure-sex" data-label="Sex">
                    {sexLabel(figure.sex)}
                  </td>
                )}
                <td className="figure-note">
                  {disagreeing.has(figure) && <strong className="disagree">Sources disagree</strong>}
                  {disagreeing.has(figure) && figure.note && ' '}
                  {figure.note}
                </td>
                <td className="figure-source" data-label="Source">
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
