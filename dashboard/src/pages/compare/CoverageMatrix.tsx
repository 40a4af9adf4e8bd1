import { Dimension, dimensions, Theme, themes } from '@atlas/shared';
import { Link } from 'wouter';
import { MemberStateMark } from '../../charts/Marker';
import { labelOf } from '../../components/Vocabulary';
import { practicesHref } from '../../practice-filter-params';
import { coverageCount } from './figures';
import type { Comparison } from './queries';

/**
 * The dimensions × themes coverage matrix: one table per dimension, a row per theme, a column per
 * country; every non-zero count links to those practices in the practice browser. Themes no selected
 * country covers in a dimension are listed under its table rather than given empty rows.
 */
export function CoverageMatrix({ comparison }: { comparison: Comparison }) {
  const countries = comparison.countries;
  return (
    <div
      className={[
        'coverage-tables',
        countries.length > 4 ? 'coverage-tables-wide' : '',
        // Many countries: their names turn upright in narrow columns, so the table fits a projector.
        countries.length > 6 ? 'coverage-compact' : '',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {Object.values(Dimension).map((dimension) => {
        const dimensionLabel = labelOf(dimensions, dimension);
        const counts = Object.values(Theme).map((theme) => ({
          theme,
          counts: countries.map((country) => coverageCount(comparison, country.code, dimension, theme)),
        }));
        const rows = counts.filter((row) => row.counts.some((count) => count > 0));
        const gaps = counts.filter((row) => row.counts.every((count) => count === 0));
        return (
          <section key={dimension} className="coverage-dimension" aria-labelledby={`coverage-${dimension}`}>
            <h3 id={`coverage-${dimension}`}>
              {dimensionLabel} <span className="meta">dimension</span>
            </h3>
            {rows.length === 0 ? (
              <p className="meta">
                None of these countries has a practice in the {dimensionLabel.toLowerCase()} dimension.
              </p>
            ) : (
              <div
                className="table-scroll"
                tabIndex={0}
                role="region"
                aria-label={`Practice coverage, ${dimensionLabel.toLowerCase()} dimension`}
              >
                <table className="coverage-table">
                  <caption className="visually-hidden">
                    Practices in the {dimensionLabel.toLowerCase()} dimension, per theme and country
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Theme</th>
                      {countries.map((country) => (
                        <th
                          key={country.code}
                          scope="col"
                          className="number coverage-country"
                          // Upright names are slower to read: hovering gives the name level, with the ISO code.
                          title={`${country.name} (${country.code})`}
                        >
                          <span className="coverage-country-label">
                            <span className="coverage-name">{country.name}</span>
                            <MemberStateMark code={country.code} />
                          </span>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => {
                      const themeLabel = labelOf(themes, row.theme);
                      return (
                        <tr key={row.theme}>
                          <th scope="row">{themeLabel}</th>
                          {row.counts.map((count, index) => {
                            const country = countries[index]!;
                            return (
                              <td key={country.code} className={count > 0 ? 'number covered' : 'number'}>
                                {count > 0 ? (
                                  <Link
                                    href={practicesHref({
                                      countryCodes: [country.code],
                                      dimensions: [dimension],
                                      themes: [row.theme],
                                    })}
                                  >
                                    {count}
                                    <span className="visually-hidden">
                                      {' '}
                                      {count === 1 ? 'practice' : 'practices'} of {country.name}: {dimensionLabel},{' '}
                                      {themeLabel}
                                    </span>
                                  </Link>
                                ) : (
                                  <span className="meta">
                                    0<span className="visually-hidden"> practices</span>
                                  </span>
                                )}
                              </td>
                            );
                          })}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            )}
            {gaps.length > 0 && rows.length > 0 && (
              <p className="meta coverage-gaps">
                No practice of these countries on: {gaps.map((row) => labelOf(themes, row.theme)).join(', ')}.
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
