/**
 * Columns that PostgreSQL computes from a row's other columns on insert, at a cost that dominates a
 * bulk load: a bulk insert computes them beforehand with parallel workers and says so with the
 * setting, which the column's trigger honours (migration 20261205050000).
 */
export interface ComputedColumn {
  column: string;
  /** The computation, over the row's columns: the one the trigger makes. */
  expression: string;
  /** Set to 'on' in the transaction while a bulk insert gives the column. */
  setting: string;
}

/**
 * practice.search: english stemming of title, summary and body, weighted A, B, C. Computed one row
 * at a time in the inserting backend, 100,000 synthetic practices (1.7 KB of body each) took
 * 21 s of CPU to compute, against 3.4 s to store with every other column and index.
 */
const COMPUTED_IN_PARALLEL: Partial<Record<string, ComputedColumn>> = {
  practice: {
    column: 'search',
    expression: 'practice_search_vector("title", "summary", "body")',
    setting: 'atlas.practice_search_given',
  },
};

export function computedInParallel(table: string): ComputedColumn | undefined {
  return COMPUTED_IN_PARALLEL[table];
}

/**
 * Lets the planner hand a staged batch to parallel workers, however small its table (the default
 * costs keep a table under 8 MB to one backend), and without JIT, whose compiling every batch's
 * statement would pay again (the function's cost estimate of 100 a call sets it off).
 */
export const PARALLEL_SETTINGS = {
  jit: 'off',
  parallel_setup_cost: '0',
  parallel_tuple_cost: '0',
  min_parallel_table_scan_size: '0',
};
