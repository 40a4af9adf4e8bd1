import type { FacetCount, FacetField } from './facet-fields.js';
import type { PracticeCriteria } from './practice-criteria.js';

/** A member state as the facet lists name it. */
export interface FacetCountry {
  id: number;
  code: string;
  name: string;
}

/** What labels the facet lists of references: every member state by name, each programme by id. */
export interface FacetLabels {
  /** Every member state, in the order the list shows them (by name). */
  countries: readonly FacetCountry[];
  /**
   * Per programme id, its value in the list (its global ID), its name and, where known, its place
   * among the names (as `localeCompare` orders them; equal names share one), which spares comparing
   * the names; programmes not held are left out.
   */
  programs: ReadonlyMap<number, { value: string; name: string; order?: number }>;
}

function byName(a: { name: string; order?: number }, b: { name: string; order?: number }): number {
  return a.order !== undefined && b.order !== undefined ? a.order - b.order : a.name.localeCompare(b.name);
}

/**
 * A facet field's counts (`FacetTally.counts[field.name]`) as values with labels, in the field's
 * order: a vocabulary's values in its order, zero counts included; every member state; the years
 * that occur, latest first; the programmes that occur, most practices first, then by name.
 */
export function facetList(
  field: FacetField,
  counts: ReadonlyMap<number, number>,
  { countries, programs }: FacetLabels,
): FacetCount<string | number>[] {
  switch (field.kind) {
    case 'set':
    case 'one': {
      // A mask counts per bit, a choice per index + 1 (0 is none).
      const offset = field.kind === 'set' ? 0 : 1;
      return field.values.map((value, index) => ({
        value,
        label: field.vocabulary[value]?.label ?? value,
        count: counts.get(index + offset) ?? 0,
      }));
    }
    case 'country':
      return countries.map((country) => ({
        value: country.code,
        label: country.name,
        count: counts.get(country.id) ?? 0,
      }));
    case 'year':
      return [...counts.entries()]
        .sort(([a], [b]) => b - a)
        .map(([year, count]) => ({ value: year, label: String(year), count }));
    case 'program':
      return [...counts.entries()]
        .flatMap(([id, count]) => {
          const program = programs.get(id);
          return program ? [{ ...program, count }] : [];
        })
        .sort((a, b) => b.count - a.count || byName(a, b))
        .map(({ value, name, count }) => ({ value, label: name, count }));
  }
}

/** The ids of the member states the criteria name by code (`countries`: at least those), or null when they name none. */
export function countryIdsOf(
  criteria: Pick<PracticeCriteria, 'countryCodes'>,
  countries: readonly Pick<FacetCountry, 'id' | 'code'>[],
): Set<number> | null {
  if (!criteria.countryCodes) return null;
  return new Set(countries.filter((country) => criteria.countryCodes!.includes(country.code)).map((c) => c.id));
}
