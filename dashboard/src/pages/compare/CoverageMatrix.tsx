import { Dimension, dimensions, Theme, themes } from '@atlas/shared';
import { useIntl } from 'react-intl';
import { Link } from 'wouter';
import { MemberStateMark } from '../../charts/Marker';
import { useCountryName } from '../../components/country-name';
import { useVocabulary } from '../../components/Vocabulary';
import { practicesHref } from '../../practice-filter-params';
import { coverageCount } from './figures';
import type { Comparison } from './queries';
import { t } from '../../i18n/message';

/**
 * The dimensions × themes coverage matrix: one table per dimension, a row per theme, a column per
 * country; every non-zero count links to those practices in the practice browser. Themes no selected
 * country covers in a dimension are listed under its table rather than given empty rows.
 */
export function CoverageMatrix({ comparison }: { comparison: Comparison }) {
  const intl = useIntl();
  const countryName = useCountryName();
  const { labelOf } = useVocabulary();
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
        const lowerDimension = dimensionLabel.toLocaleLowerCase(intl.locale);
        const counts = Object.values(Theme).map((theme) => ({
          theme,
          counts: countries.map((country) => coverageCount(comparison, country.code, dimension, theme)),
        }));
        const rows = counts.filter((row) => row.counts.some((count) => count > 0));
        const gaps = counts.filter((row) => row.counts.every((count) => count === 0));
        return (
          <section key={dimension} className="coverage-dimension" aria-labelledby={`coverage-${dimension}`}>
            <h3 id={`coverage-${dimension}`}>
              {t('compare.matrix.heading', {
                dimension: dimensionLabel,
                meta: (text) => <span className="meta">{text}</span>,
              })}
            </h3>
            {rows.length === 0 ? (
              <p className="meta">{t('compare.matrix.none', { dimension: lowerDimension })}</p>
            ) : (
              <div
                className="table-scroll"
                tabIndex={0}
                role="region"
                aria-label={intl.formatMessage({ id: 'compare.matrix.region' }, { dimension: lowerDimension })}
              >
                <table className="coverage-table">
                  <caption className="visually-hidden">
                    {t('compare.matrix.caption', { dimension: lowerDimension })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('compare.matrix.theme')}</th>
                      {countries.map((country) => (
                        <th
                          key={country.code}
                          scope="col"
                          className="number coverage-country"
                          // Upright names are slower to read: hovering gives the name level, with the ISO code.
                          title={`${countryName(country)} (${country.code})`}
                        >
                          <span className="coverage-country-label">
                            <span className="coverage-name">{countryName(country)}</span>
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
                                    {t('compare.matrix.count', {
                                      count,
                                      country: countryName(country),
                                      dimension: dimensionLabel,
                                      theme: themeLabel,
                                    })}
                                  </Link>
                                ) : (
                                  <span className="meta">{t('compare.matrix.zero')}</span>
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
                {t('compare.matrix.gaps', { themes: gaps.map((row) => labelOf(themes, row.theme)).join(', ') })}
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}
