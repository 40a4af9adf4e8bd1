import { useIntl, type IntlShape } from 'react-intl';
import type { Figure } from './figures';

/**
 * A figure's breakdown in the page's language: its destination country (named by the browser's
 * Intl.DisplayNames: any country, not only member states) and its programme phase, or null when it
 * has none ("to Korea", "TRIANGLE I").
 */
export function breakdownLabel(intl: IntlShape, figure: Pick<Figure, 'destination' | 'phase'>): string | null {
  const parts: string[] = [];
  if (figure.destination) {
    const names = new Intl.DisplayNames([intl.locale], { type: 'region', fallback: 'code' });
    const country = names.of(figure.destination) ?? figure.destination;
    parts.push(intl.formatMessage({ id: 'figures.breakdown.destination' }, { country }));
  }
  if (figure.phase) parts.push(intl.formatMessage({ id: 'figures.breakdown.phase' }, { phase: figure.phase }));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The year as a table shows it: the described year, or the year of publication where the source states none. */
export function yearLabel(intl: IntlShape, figure: Pick<Figure, 'year' | 'yearStated'>): string {
  return figure.yearStated === false
    ? intl.formatMessage({ id: 'figures.yearNotStated' }, { year: String(figure.year) })
    : String(figure.year);
}

export function useBreakdownLabel() {
  const intl = useIntl();
  return (figure: Pick<Figure, 'destination' | 'phase'>) => breakdownLabel(intl, figure);
}

/**
 * What tells a figure apart from others of its indicator, year and sex where a form names it:
 * ", year of publication" where its source states no other year, then its breakdown
 * (", to South Korea, TRIANGLE I"); empty when there is nothing to tell.
 */
export function slotSuffix(intl: IntlShape, figure: Pick<Figure, 'yearStated' | 'destination' | 'phase'>): string {
  const parts = [
    figure.yearStated === false ? intl.formatMessage({ id: 'figures.yearOfPublication' }) : null,
    breakdownLabel(intl, figure),
  ].filter((part): part is string => part !== null);
  return parts.map((part) => `, ${part}`).join('');
}
