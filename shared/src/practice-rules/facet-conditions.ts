import type { FacetField } from './facet-fields.js';
import type { PracticeCriteria } from './practice-criteria.js';

/** A facet field's value as held in memory: an integer, 0 for none. */
export function stored(field: FacetField, value: number | string | null): number {
  if (field.kind === 'one') return field.values.indexOf(value as string) + 1;
  return Number(value ?? 0);
}

/** The condition of `criteria` on one facet field's values: `mask` (any of its bits) or the values `allowed`. */
export interface Condition {
  field: number;
  values: Int32Array;
  mask: number;
  allowed: Uint8Array | null;
}

export function passes({ values, mask, allowed }: Condition, i: number): boolean {
  return allowed ? allowed[values[i]!] === 1 : (values[i]! & mask) !== 0;
}

/** What `criteria` ask of a facet field's value, if they narrow that field: a bit mask, or a test. */
export function fieldCondition(
  field: FacetField,
  criteria: PracticeCriteria,
  countryIds: Set<number> | null,
): number | ((value: number) => boolean) | null {
  switch (field.kind) {
    case 'set':
      return criteria.masks[field.name] ?? null;
    case 'one': {
      const chosen = criteria.choices[field.name];
      const held = chosen && new Set(chosen.map((value) => stored(field, value)));
      return held ? (value) => held.has(value) : null;
    }
    case 'country':
      return countryIds && ((value) => countryIds.has(value));
    case 'program': {
      const { programId } = criteria;
      return programId === undefined ? null : (value) => value === programId;
    }
    case 'year': {
      const { yearFrom, yearTo } = criteria;
      if (yearFrom === undefined && yearTo === undefined) return null;
      return (value) => (yearFrom === undefined || value >= yearFrom) && (yearTo === undefined || value <= yearTo);
    }
  }
}
