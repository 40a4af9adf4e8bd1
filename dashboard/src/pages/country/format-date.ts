import { PARTIAL_DATE } from '@atlas/shared';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO 8601 date, possibly partial (`1984`, `2010-03`, `1967-08-08`), for reading: "8 August 1967". */
export function formatDate(iso: string): string {
  const match = PARTIAL_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  return (day ? DAY : MONTH).format(date);
}
