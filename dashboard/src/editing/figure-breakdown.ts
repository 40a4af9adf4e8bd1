import { blankToNull, nullToBlank } from './optional-text';

/**
 * What places a figure on its indicator besides its year and sex, as a form holds it: whether the
 * year is the one the figure describes or only the source's year of publication, and the breakdown
 * (destination country, programme phase), blank when the figure is not broken down.
 */
export interface FigureBreakdownValues {
  yearStated: boolean;
  /** ISO 3166-1 alpha-2, as typed (any country: `KR`, `AU`). */
  destination: string;
  phase: string;
}

export const NO_BREAKDOWN: FigureBreakdownValues = { yearStated: true, destination: '', phase: '' };

/** A stored figure's breakdown as the fields hold it. */
export function breakdownValues(figure: {
  yearStated?: boolean | null;
  destination?: string | null;
  phase?: string | null;
}): FigureBreakdownValues {
  return {
    yearStated: figure.yearStated ?? true,
    destination: nullToBlank(figure.destination ?? null),
    phase: nullToBlank(figure.phase ?? null),
  };
}

/** The breakdown as outcome and statistic inputs take it: a code in capitals, blanks as null. */
export function breakdownInput(values: FigureBreakdownValues) {
  return {
    yearStated: values.yearStated,
    destination: blankToNull(values.destination)?.toUpperCase() ?? null,
    phase: blankToNull(values.phase),
  };
}
