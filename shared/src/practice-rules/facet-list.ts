import { FACET_FIELDS, type FacetCount, type FacetField, type FacetLists } from './facet-fields.js';
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

type ProgramLabel = FacetLabels['programs'] extends ReadonlyMap<number, infer L> ? L : never;

/** A programme with its count, as the list orders them: most practices first, then by name, then by id. */
interface Counted {
  id: number;
  program: ProgramLabel;
  count: number;
}

/** Negative when `a` comes before `b` in the programme list. */
function listedBefore(a: Counted, b: Counted): number {
  if (a.count !== b.count) return b.count - a.count;
  const [x, y] = [a.program, b.program];
  const byName = x.order !== undefined && y.order !== undefined ? x.order - y.order : x.name.localeCompare(y.name);
  // Equal names keep one order, however far the list is asked for.
  return byName || a.id - b.id;
}

/**
 * The programme facet: the programmes that occur, most practices first, then by name, listed only
 * as far as asked. A region-wide Atlas holds thousands of programmes and a page shows some fifty:
 * sorting all 2,000 synthetic ones took about 4 ms a request, keeping the best fifty in a heap
 * while passing over them once a tenth of that.
 */
export class ProgramFacet {
  constructor(
    private readonly counts: ReadonlyMap<number, number>,
    private readonly programs: FacetLabels['programs'],
  ) {}

  /** The first `n` programmes of the list (every one when `n` is at least their number). */
  first(n: number): FacetCount<string>[] {
    const listed = n >= this.counts.size ? this.everyOne() : this.best(n);
    return listed
      .sort(listedBefore)
      .map(({ program, count }) => ({ value: program.value, label: program.name, count }));
  }

  private everyOne(): Counted[] {
    const all: Counted[] = [];
    for (const [id, count] of this.counts) {
      const program = this.programs.get(id);
      if (program) all.push({ id, program, count });
    }
    return all;
  }

  /** The best `n`, unordered: a heap whose root is the last of those kept so far. */
  private best(n: number): Counted[] {
    const heap: Counted[] = [];
    if (n <= 0) return heap;
    const after = (i: number, j: number) => listedBefore(heap[i]!, heap[j]!) > 0;
    const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
    for (const [id, count] of this.counts) {
      const program = this.programs.get(id);
      if (!program) continue;
      const candidate = { id, program, count };
      if (heap.length < n) {
        // Up from the new leaf while it comes after its parent.
        let i = heap.push(candidate) - 1;
        while (i > 0 && after(i, (i - 1) >> 1)) {
          swap(i, (i - 1) >> 1);
          i = (i - 1) >> 1;
        }
      } else if (listedBefore(candidate, heap[0]!) < 0) {
        // It replaces the last kept, then goes down while a child comes after it.
        heap[0] = candidate;
        let i = 0;
        for (;;) {
          let last = i;
          for (const child of [2 * i + 1, 2 * i + 2]) if (child < n && after(child, last)) last = child;
          if (last === i) break;
          swap(i, last);
          i = last;
        }
      }
    }
    return heap;
  }
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
      return new ProgramFacet(counts, programs).first(Infinity);
  }
}

/**
 * Every facet field's list (`FacetTally.counts`), as `PracticeFacets` shows them; the programmes
 * as a `ProgramFacet`, sorted only as far as a page asks.
 */
export function facetLists(
  counts: Readonly<Record<string, ReadonlyMap<number, number>>>,
  labels: FacetLabels,
): FacetLists {
  const lists = Object.fromEntries(
    FACET_FIELDS.filter((field) => field.kind !== 'program').map((field) => [
      field.name,
      facetList(field, counts[field.name]!, labels),
    ]),
  ) as Omit<FacetLists, 'allPrograms'>;
  return { ...lists, allPrograms: new ProgramFacet(counts.allPrograms!, labels.programs) };
}

/** The ids of the member states the criteria name by code (`countries`: at least those), or null when they name none. */
export function countryIdsOf(
  criteria: Pick<PracticeCriteria, 'countryCodes'>,
  countries: readonly Pick<FacetCountry, 'id' | 'code'>[],
): Set<number> | null {
  if (!criteria.countryCodes) return null;
  return new Set(countries.filter((country) => criteria.countryCodes!.includes(country.code)).map((c) => c.id));
}
