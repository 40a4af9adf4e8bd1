import type { IntlShape } from 'react-intl';

type Status = 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'DISCONTINUED';

/**
 * A programme's years for display, in the page's language: "2016–2020", "Since 2007" (running),
 * "2006 – end year not reported" (ended), "From 2025" (planned), "Until 2019", "Not reported".
 */
export function programYears(
  intl: IntlShape,
  startYear: number | null,
  endYear: number | null,
  status: Status,
): string {
  const years = { start: startYear, end: endYear };
  if (startYear && endYear)
    return startYear === endYear ? String(startYear) : intl.formatMessage({ id: 'programYears.range' }, years);
  if (startYear) {
    if (status === 'PLANNED') return intl.formatMessage({ id: 'programYears.from' }, years);
    if (status === 'ACTIVE') return intl.formatMessage({ id: 'programYears.since' }, years);
    return intl.formatMessage({ id: 'programYears.noEnd' }, years);
  }
  if (endYear) return intl.formatMessage({ id: 'programYears.until' }, years);
  return intl.formatMessage({ id: 'programYears.notReported' });
}
