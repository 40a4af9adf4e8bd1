/** Anything that names a member state or an indicator by its code. */
interface Coded {
  code: string;
}

/** A comparison of member states as the API's `compareCountries` answers it, reduced to what arranging it reads. */
export interface ArrangeableComparison<
  C extends Coded,
  V extends { country: Coded; year: number },
  I extends { indicator: Coded; values: V[] },
  K extends { country: Coded },
> {
  countries: C[];
  indicators: I[];
  coverage: K[];
  /** Distinct practices per country and dimension: absent from a comparison recorded without them. */
  dimensionTotals?: K[];
}

/**
 * The comparison of the member states `codes`, in that order, out of one of them (the server's own
 * answer) or of more (every member state, as a snapshot holds it): countries in the order asked;
 * indicators by code, each one's values by country in that order and then by year (values of one
 * country and year keep their order: outcomes before statistics); coverage cells and dimension
 * totals by country in that order. An indicator whose values all belong to other member states is left out; one that had none
 * to begin with (asked for by code) stays.
 */
export function arrangeComparison<
  C extends Coded,
  V extends { country: Coded; year: number },
  I extends { indicator: Coded; values: V[] },
  K extends { country: Coded },
  T extends ArrangeableComparison<C, V, I, K>,
>(comparison: T, codes: readonly string[]): T {
  const order = new Map(codes.map((code, index) => [code, index]));
  const rank = (country: Coded) => order.get(country.code) ?? -1;
  const selected = <X>(items: X[], country: (item: X) => Coded) =>
    items.filter((item) => order.has(country(item).code)).sort((a, b) => rank(country(a)) - rank(country(b)));
  const indicators = comparison.indicators
    .map((entry) => ({
      entry,
      values: selected(entry.values, (value) => value.country).sort(
        (a, b) => rank(a.country) - rank(b.country) || a.year - b.year,
      ),
    }))
    .filter(({ entry, values }) => values.length > 0 || entry.values.length === 0)
    .map(({ entry, values }) => ({ ...entry, values }))
    .sort((a, b) => a.indicator.code.localeCompare(b.indicator.code));
  return {
    ...comparison,
    countries: selected(comparison.countries, (country) => country),
    indicators,
    coverage: selected(comparison.coverage, (cell) => cell.country),
    ...(comparison.dimensionTotals && {
      dimensionTotals: selected(comparison.dimensionTotals, (total) => total.country),
    }),
  };
}
