type Status = 'PLANNED' | 'ACTIVE' | 'COMPLETED' | 'DISCONTINUED';

/**
 * A programme's years for display: "2016–2020", "Since 2007" (running), "2006 – end not reported"
 * (ended), "From 2025" (planned), "Until 2019", "Not reported".
 */
export function programYears(startYear: number | null, endYear: number | null, status: Status): string {
  if (startYear && endYear) return startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
  if (startYear) {
    if (status === 'PLANNED') return `From ${startYear}`;
    if (status === 'ACTIVE') return `Since ${startYear}`;
    return `${startYear} – end year not reported`;
  }
  if (endYear) return `Until ${endYear}`;
  return 'Not reported';
}
