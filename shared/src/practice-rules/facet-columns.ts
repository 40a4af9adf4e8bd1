import { PracticeStatus } from '../vocabulary.js';
import { fieldCondition, passes, stored, type Condition } from './facet-conditions.js';
import { FACET_FIELDS } from './facet-fields.js';
import { countryIdsOf, type FacetCountry } from './facet-list.js';
import type { PracticeCriteria } from './practice-criteria.js';

/** The member states, by id and code: what the criteria's country codes are read against. */
export type KnownCountries = readonly Pick<FacetCountry, 'id' | 'code'>[];

const STATUSES = Object.values(PracticeStatus);

/** The practice columns held besides the facet fields' own: who may read it, and the event filter. */
const OTHER_COLUMNS = ['id', 'status', 'created_by_id', 'event_id'] as const;

/** Every column the facet columns read from the practice table. */
export const FACET_ROW_COLUMNS: readonly string[] = [...OTHER_COLUMNS, ...FACET_FIELDS.map((field) => field.column)];

/** A practice's facet columns as the database returns them. */
export type FacetRow = Record<string, number | string | null>;

/**
 * What one pass over the matching practices counts: per facet field (by name), per stored value
 * (a mask's bit, a choice's index + 1, a year, a country or programme id), how many practices have it.
 */
export interface FacetTally {
  total: number;
  counts: Record<string, Map<number, number>>;
}

/**
 * Every practice's filterable columns, column by column in typed arrays (about 50 bytes a practice:
 * 5 MB at 100,000), counted in one pass in memory. A scan of the practice table per request cost
 * SQLite 80–250 ms at 100,000 practices, most of it evaluating 44 bit tests per row; this pass
 * takes a few milliseconds. The server's `facets/facet-snapshot.ts` keeps it in step with the database. At 100,000
 * practices, a filter on three fields: 3 ms, 4 ms with each field counted without its own condition
 * (one pass either way; the practice browser used to send one filter variant per field in use).
 */
export class FacetColumns {
  private readonly id: Int32Array;
  private readonly status: Int32Array;
  private readonly createdBy: Int32Array;
  private readonly event: Int32Array;
  /** Per facet field, in `FACET_FIELDS` order. */
  private readonly fields: Int32Array[];
  /** Per mask field, every bit any practice has: the histograms skip bytes nobody uses. */
  private readonly usedBits: number[];
  /** Per field, the largest value held. */
  private readonly maxValues: number[];
  private indexById?: Map<number, number>;

  constructor(rows: FacetRow[]) {
    const column = (value: (row: FacetRow) => number): Int32Array => {
      const array = new Int32Array(rows.length);
      rows.forEach((row, i) => (array[i] = value(row)));
      return array;
    };
    this.id = column((r) => Number(r.id));
    this.status = column((r) => STATUSES.indexOf(r.status as PracticeStatus));
    this.createdBy = column((r) => Number(r.created_by_id ?? 0));
    this.event = column((r) => Number(r.event_id ?? 0));
    this.fields = FACET_FIELDS.map((field) => column((r) => stored(field, r[field.column] ?? null)));
    this.usedBits = this.fields.map((values) => values.reduce((all, mask) => all | mask, 0));
    this.maxValues = this.fields.map((values) => values.reduce((max, value) => Math.max(max, value), 0));
  }

  /**
   * Counts the practices matching `criteria` (`countries` to read its country codes; `textMatches`,
   * the ids matching its search terms, when it has any), as the server's `practiceQuery` would select them.
   * `eachWithoutItsOwnFilter`: each field is counted under the criteria without its own condition
   * (disjunctive facets), from the same pass: a practice failing exactly one field's condition
   * counts for that field alone.
   */
  tally(
    criteria: PracticeCriteria,
    countries: KnownCountries,
    textMatches: Set<number> | null,
    eachWithoutItsOwnFilter = false,
  ): FacetTally {
    const { always, conditions } = this.conditions(criteria, countries);
    const rows = this.rowsOf(textMatches);
    const hits = new Int32Array(rows?.length ?? this.id.length);
    const nearHits = FACET_FIELDS.map((): number[] => []);
    let total = 0;
    for (let r = 0; r < hits.length; r++) {
      const i = rows ? rows[r]! : r;
      if (!always(i)) continue;
      // The practice fails no condition (a hit), or exactly one: it counts for that field alone.
      let failures = 0;
      let failedField = -1;
      for (const condition of conditions) {
        if (passes(condition, i)) continue;
        failedField = condition.field;
        if (++failures > 1 || !eachWithoutItsOwnFilter) break;
      }
      if (failures === 0) hits[total++] = i;
      else if (failures === 1 && eachWithoutItsOwnFilter) nearHits[failedField]!.push(i);
    }
    const matching = hits.subarray(0, total);
    const counts = Object.fromEntries(
      FACET_FIELDS.map((field, f) => {
        const near = nearHits[f]!;
        const counted = near.length === 0 ? matching : joined(matching, near);
        const values = this.fields[f]!;
        return [
          field.name,
          field.kind === 'set' ? this.bitCounts(values, this.usedBits[f]!, counted) : byValue(values, counted),
        ];
      }),
    );
    return { total, counts };
  }

  /** How many practices are held. */
  get size(): number {
    return this.id.length;
  }

  /** Those of `ids` that match, in the same order (ids of practices not held are dropped). */
  select(criteria: PracticeCriteria, countries: KnownCountries, ids: number[]): number[] {
    const matches = this.matcher(criteria, countries);
    const indexOf = this.indexOf();
    return ids.filter((id) => {
      const index = indexOf.get(id);
      return index !== undefined && matches(index);
    });
  }

  /** How many practices match, as `tally` counts them. */
  count(criteria: PracticeCriteria, countries: KnownCountries, textMatches: Set<number> | null): number {
    const matches = this.matcher(criteria, countries);
    const rows = this.rowsOf(textMatches);
    let total = 0;
    if (rows) for (const i of rows) total += matches(i) ? 1 : 0;
    else for (let i = 0; i < this.id.length; i++) total += matches(i) ? 1 : 0;
    return total;
  }

  /**
   * The rows of the practices matching the search terms, in row order; null without terms (every
   * row). Visiting these alone rather than asking of every row whether it is among them: 20,000
   * matches among 100,000 practices cost 90,000 set look-ups a count.
   */
  private rowsOf(textMatches: Set<number> | null): Int32Array | null {
    if (!textMatches) return null;
    const indexOf = this.indexOf();
    const rows = new Int32Array(textMatches.size);
    let found = 0;
    for (const id of textMatches) {
      const row = indexOf.get(id);
      if (row !== undefined) rows[found++] = row;
    }
    return rows.subarray(0, found).sort();
  }

  /** The row of each practice id, made once. */
  private indexOf(): Map<number, number> {
    return (this.indexById ??= new Map(Array.from(this.id, (id, index) => [id, index])));
  }

  /** Per set bit of the masks of the `counted` practices, how many have it. */
  private bitCounts(masks: Int32Array, used: number, counted: Int32Array): Map<number, number> {
    const counts = new Map<number, number>();
    for (let shift = 0; shift < 32 && used >>> shift !== 0; shift += 8) {
      histogram(masks, counted, 256, shift).forEach((n, byte) => {
        for (let bit = 0; n > 0 && bit < 8; bit++) {
          if (byte & (1 << bit)) counts.set(shift + bit, (counts.get(shift + bit) ?? 0) + n);
        }
      });
    }
    return counts;
  }

  /** Whether practice `i` matches: the server's `practiceQuery`'s conditions, one by one. */
  private matcher(criteria: PracticeCriteria, countries: KnownCountries): (i: number) => boolean {
    const { always, conditions } = this.conditions(criteria, countries);
    return (i) => always(i) && conditions.every((condition) => passes(condition, i));
  }

  /**
   * The criteria as tests: those that always apply (status, visibility, event, the alternatives of
   * `anyOf`), and one per facet field that the criteria narrow, on that field's value. The search
   * terms choose the rows visited (`rowsOf`).
   */
  private conditions(
    criteria: PracticeCriteria,
    countries: KnownCountries,
  ): { always: (i: number) => boolean; conditions: Condition[] } {
    const alternatives = criteria.anyOf?.map((alternative) => this.alternative(alternative, countries));
    const statuses = new Set(criteria.statuses.map((status) => STATUSES.indexOf(status)));
    const published = STATUSES.indexOf(PracticeStatus.PUBLISHED);
    const { all, ownerId } = criteria.visibility;
    const { eventId } = criteria;
    const always = (i: number) =>
      statuses.has(this.status[i]!) &&
      (all || this.status[i] === published || (ownerId !== null && this.createdBy[i] === ownerId)) &&
      (eventId === undefined || this.event[i] === eventId) &&
      (!alternatives || alternatives.some((matches) => matches(i)));
    return { always, conditions: this.fieldConditions(criteria, countries) };
  }

  /** Whether practice `i` matches one alternative of `anyOf`: its event and its facet fields. */
  private alternative(criteria: PracticeCriteria, countries: KnownCountries): (i: number) => boolean {
    const conditions = this.fieldConditions(criteria, countries);
    const { eventId } = criteria;
    return (i) =>
      (eventId === undefined || this.event[i] === eventId) && conditions.every((condition) => passes(condition, i));
  }

  /** One condition per facet field that the criteria narrow, on that field's value. */
  private fieldConditions(criteria: PracticeCriteria, countries: KnownCountries): Condition[] {
    const countryIds = countryIdsOf(criteria, countries);
    return FACET_FIELDS.flatMap((field, f): Condition[] => {
      const test = fieldCondition(field, criteria, countryIds);
      if (!test) return [];
      const values = this.fields[f]!;
      if (typeof test === 'number') return [{ field: f, values, mask: test, allowed: null }];
      // A table of the allowed values: one array read per practice rather than a call.
      const allowed = Uint8Array.from({ length: this.maxValues[f]! + 1 }, (_, value) => (test(value) ? 1 : 0));
      return [{ field: f, values, mask: 0, allowed }];
    });
  }
}

/**
 * Per value of `values` (shifted, masked to `size` - 1), how many of the `counted` practices have it.
 * Histograms over typed arrays: a Map increment per practice cost four times as much.
 */
function histogram(values: Int32Array, counted: Int32Array, size: number, shift = 0): Int32Array {
  const counts = new Int32Array(size);
  for (let k = 0; k < counted.length; k++) counts[(values[counted[k]!]! >>> shift) & (size - 1)]!++;
  return counts;
}

/** Per value other than 0 (none), how many of the `counted` practices have it. */
function byValue(values: Int32Array, counted: Int32Array): Map<number, number> {
  let size = 1;
  for (let k = 0; k < counted.length; k++) while (values[counted[k]!]! >= size) size *= 2;
  const counts = histogram(values, counted, size);
  return new Map([...counts.entries()].filter(([value, n]) => n > 0 && value !== 0));
}

function joined(first: Int32Array, second: number[]): Int32Array {
  const all = new Int32Array(first.length + second.length);
  all.set(first);
  all.set(second, first.length);
  return all;
}
