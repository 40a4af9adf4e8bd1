import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  keysetCursorProblem,
  type CursorValue,
  type KeysetCursor,
} from '@atlas/shared';
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Range } from './argument-range';
import { InputProblems } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

/*
 * Every connection of the API pages here, by keyset: a page is the items just after (or just
 * before) the sort values its cursor carries, the id breaking ties. A cursor names a place in the
 * order, not a position, so it stays valid when records are added, changed or archived between
 * pages: none is skipped, none repeated (a record changed so that it moves is met where it now is).
 * Cursors are `@atlas/shared`'s keyset cursors and carry their list and order, so a cursor of
 * another list or order is refused, naming `after` or `before`.
 */

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the start of the list (or after \`after\`): ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}. Not with \`last\`.`,
  })
  @Range(0, MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Return the items after this cursor (an `endCursor` or edge `cursor` of a previous page of the same list and order). Not with `before`.',
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `How many items to return from the end of the list (or before \`before\`), to page backwards: at most ${MAX_PAGE_SIZE}. Not with \`first\`.`,
  })
  @Range(0, MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Return the items before this cursor (a `startCursor` or edge `cursor` of a page of the same list and order). Not with `after`.',
  })
  before?: string | null;
}

/** The databases a keyset's SQL is written for (config.ts's `Dialect`). */
type Dialect = 'sqlite' | 'postgresql';

/** One value a list is sorted by, as SQL, before the id that ends every order. */
export interface SortKey {
  /** The column or expression, qualified (`p.title`). */
  column: string;
  direction: 'asc' | 'desc';
  /** Whether it may be null: nulls then come last in either direction (on both databases). */
  nullable?: boolean;
  /** A timestamp: carried in cursors as text, exactly as the database writes it. */
  timestamp?: boolean;
  /**
   * A single-precision number (PostgreSQL's `real`, as `ts_rank` gives): its cursor value is bound
   * as one, since PostgreSQL would compare it with a numeric literal in double precision.
   */
  real?: boolean;
}

/** A sorted list of one node type: what its cursors carry and how its rows are ordered. */
export interface Keyset {
  /** The node type (`Practice`): a cursor of another list is refused. */
  list: string;
  /** The order's name (`TITLE`): a cursor of another order is refused. */
  order: string;
  /** The sort values, the unique id column last (`p.id`). */
  keys: SortKey[];
}

/** What a page asks for, checked: its size, its direction and the cursors' values. */
export interface PageRequest {
  keyset: Keyset;
  limit: number;
  /** `last`: the page ends where the list (or `before`) does. */
  backward: boolean;
  after: CursorValue[] | null;
  before: CursorValue[] | null;
}

/**
 * Checks `first`, `last`, `after` and `before` against `keyset`: `last` with `first` and `before`
 * with `after` are refused, and so is a cursor that is malformed or of another list or order,
 * each naming its argument. `first` and `last` are in range: the operation gate refused any other.
 */
export function pageRequest(args: PageArgs, keyset: Keyset, problems = new InputProblems()): PageRequest {
  if (args.first != null && args.last != null)
    problems.add('last', 'cannot be given with `first`: ask for one or the other');
  if (args.after != null && args.before != null) {
    problems.add('before', 'cannot be given with `after`: page from one cursor at a time');
  }
  const cursor = (path: 'after' | 'before', text: string | null | undefined): CursorValue[] | null => {
    if (text == null) return null;
    const decoded = decodeKeysetCursor(text);
    const problem =
      keysetCursorProblem(decoded, keyset.list, keyset.order, keyset.keys.length) ?? valueProblem(decoded!, keyset);
    if (problem) problems.add(path, problem);
    return problem ? null : decoded!.keys;
  };
  const after = cursor('after', args.after);
  const before = cursor('before', args.before);
  problems.throwIfAny();
  const backward = args.last != null || (args.before != null && args.first == null);
  return { keyset, limit: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE, backward, after, before };
}

/** Whether each value of a well-formed cursor can be what its key holds. */
function valueProblem({ keys }: KeysetCursor, keyset: Keyset): string | null {
  const fits = keyset.keys.every((key, index) => {
    const value = keys[index];
    if (value === null) return key.nullable === true;
    return index === keyset.keys.length - 1 ? Number.isSafeInteger(value) : true;
  });
  return fits ? null : 'is not a cursor returned by this API';
}

/** Where a page sits: its items' cursors and whether items lie beyond each end. */
export interface PageSlice {
  ids: number[];
  cursors: Map<number, string>;
  hasNextPage: () => Promise<boolean>;
  hasPreviousPage: () => Promise<boolean>;
}

/**
 * A filter applied outside SQL: the ranked search keeps the matches its filter selects, from the
 * facet columns held in memory.
 */
export interface Kept {
  /** Which of some ids a page may show, in their order. */
  ids: (ids: number[]) => Promise<number[]>;
  /** About what share of all rows it keeps (0 to 1). */
  share: number;
}

/**
 * Reads a page of ids from `query` (a `select … from` with its filter, and the joins the keys
 * name) in `request`'s keyset order, with each item's cursor. `hasPreviousPage` after an `after`
 * cursor (and `hasNextPage` before a `before` one) asks the database once more, and only when a
 * client selects it. With `kept`, only the rows it keeps count: rows are read in batches, each
 * after the last row read and four times larger, until the page has one row more than it shows or
 * the rows run out, so the page is the same as if `kept` were a condition of `query`; the first
 * batch is sized by `kept.share` so that one is usually enough.
 */
export async function readKeysetPage(
  em: EntityManager,
  dialect: Dialect,
  query: () => Knex.QueryBuilder,
  request: PageRequest,
  { kept }: { kept?: Kept } = {},
): Promise<PageSlice> {
  const { keyset, limit, backward } = request;
  const sql = keysetSql(dialect, keyset);
  const bounded = () => {
    const page = query();
    if (request.after) page.whereRaw(...sql.beyond(request.after, 'after'));
    if (request.before) page.whereRaw(...sql.beyond(request.before, 'before'));
    return page;
  };
  const rows = await readRows(em, sql, keyset, bounded, backward, limit + 1, kept);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (backward) page.reverse();
  const exists = async (values: CursorValue[] | null, side: 'after' | 'before') => {
    if (!values) return false;
    // Any row that is not strictly on the cursor's side: the cursor's own item or one beyond it.
    const [condition, bindings] = sql.beyond(values, side);
    const beyondCursor = () => query().whereRaw(`not (${condition})`, bindings);
    return (await readRows(em, sql, keyset, beyondCursor, side === 'after', 1, kept)).length > 0;
  };
  return sliceOf(request, page, more, exists);
}

/**
 * The first `count` rows of `query` (from the end with `backward`) that `kept` keeps, each as its
 * sort values, id last. Without `kept`, one statement; with it, batches of at least 64 rows, the
 * first twice as many as `kept.share` says would hold `count` rows.
 */
async function readRows(
  em: EntityManager,
  sql: ReturnType<typeof keysetSql>,
  keyset: Keyset,
  query: () => Knex.QueryBuilder,
  backward: boolean,
  count: number,
  kept?: Kept,
): Promise<CursorValue[][]> {
  const found: CursorValue[][] = [];
  let last: CursorValue[] | undefined;
  const first = kept ? Math.max(64, Math.ceil((2 * count) / Math.max(kept.share, 1e-6))) : count;
  for (let batch = Math.min(first, 1_000_000); ; batch *= 4) {
    const statement = query();
    if (last) statement.whereRaw(...sql.beyond(last, backward ? 'before' : 'after'));
    statement.select(keyset.keys.map((key, index) => em.getKnex().raw(`${sql.selected(key)} as k${index}`)));
    for (const order of sql.orderBy(backward)) statement.orderByRaw(order);
    statement.limit(batch);
    const rows = (await em.execute<Record<string, unknown>[]>(statement)).map((row) =>
      keyset.keys.map((key, index) => cursorValue(row[`k${index}`], key)),
    );
    const keptIds = kept ? new Set(await kept.ids(rows.map((values) => Number(values.at(-1))))) : null;
    found.push(...(keptIds ? rows.filter((values) => keptIds.has(Number(values.at(-1)))) : rows));
    if (found.length >= count || rows.length < batch) return found.slice(0, count);
    last = rows.at(-1);
  }
}

function sliceOf(
  request: PageRequest,
  values: CursorValue[][],
  more: boolean,
  exists: (values: CursorValue[] | null, side: 'after' | 'before') => Promise<boolean>,
): PageSlice {
  const { keyset } = request;
  const ids = values.map((keys) => Number(keys.at(-1)));
  const cursors = new Map(
    values.map((keys) => [Number(keys.at(-1)), encodeKeysetCursor({ list: keyset.list, order: keyset.order, keys })]),
  );
  const beyondEnd = () => (request.backward ? exists(request.before, 'before') : Promise.resolve(more));
  const beforeStart = () => (request.backward ? Promise.resolve(more) : exists(request.after, 'after'));
  return {
    ids,
    cursors,
    hasNextPage: once(
      async () => (await beyondEnd()) || (!request.backward && (await exists(request.before, 'before'))),
    ),
    hasPreviousPage: once(
      async () => (await beforeStart()) || (request.backward && (await exists(request.after, 'after'))),
    ),
  };
}

function once<T>(compute: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= compute());
}

/** A key's value as read from a row, as a cursor carries it. */
function cursorValue(value: unknown, key: SortKey): CursorValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return key.timestamp ? String(value) : value;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * The SQL of a keyset, the same on SQLite and PostgreSQL: nulls last spelled out (`case when … is
 * null`), so that both order the rows as the conditions compare them. Every condition is true or
 * false, never null, so that it can be negated.
 */
function keysetSql(dialect: Dialect, keyset: Keyset) {
  // PostgreSQL timestamps travel as their own text (microseconds and all) and are read back by a cast.
  const bound = (key: SortKey) => {
    if (dialect !== 'postgresql') return '?';
    return key.timestamp ? 'cast(? as timestamptz)' : key.real ? 'cast(? as real)' : '?';
  };
  const selected = (key: SortKey) =>
    key.timestamp && dialect === 'postgresql' ? `cast(${key.column} as text)` : key.column;
  const equal = (key: SortKey, value: CursorValue): [string, CursorValue[]] => {
    if (value === null) return [`${key.column} is null`, []];
    return key.nullable
      ? [`(${key.column} is not null and ${key.column} = ${bound(key)})`, [value]]
      : [`${key.column} = ${bound(key)}`, [value]];
  };
  /** Strictly beyond `value` in this key, towards the end (`after`) or the start (`before`) of the list. */
  const past = (key: SortKey, value: CursorValue, side: 'after' | 'before'): [string, CursorValue[]] => {
    const towardsEnd = side === 'after';
    const operator = (key.direction === 'asc') === towardsEnd ? '>' : '<';
    if (value === null) return towardsEnd ? ['1 = 0', []] : [`${key.column} is not null`, []];
    const compared = `${key.column} ${operator} ${bound(key)}`;
    if (!key.nullable) return [compared, [value]];
    return towardsEnd
      ? [`(${key.column} is null or ${compared})`, [value]]
      : [`(${key.column} is not null and ${compared})`, [value]];
  };
  return {
    selected,
    beyond(values: CursorValue[], side: 'after' | 'before'): [string, CursorValue[]] {
      const alternatives = keyset.keys.map((key, index) => {
        const parts = [
          ...keyset.keys.slice(0, index).map((earlier, j) => equal(earlier, values[j]!)),
          past(key, values[index]!, side),
        ];
        return [parts.map(([sql]) => sql).join(' and '), parts.flatMap(([, bindings]) => bindings)] as const;
      });
      return [
        `(${alternatives.map(([sql]) => `(${sql})`).join(' or ')})`,
        alternatives.flatMap(([, bindings]) => bindings),
      ];
    },
    orderBy(backward: boolean): string[] {
      const flip = (direction: 'asc' | 'desc') => (backward ? (direction === 'asc' ? 'desc' : 'asc') : direction);
      return keyset.keys.flatMap((key) => [
        ...(key.nullable ? [`case when ${key.column} is null then 1 else 0 end ${flip('asc')}`] : []),
        `${key.column} ${flip(key.direction)}`,
      ]);
    },
  };
}

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, {
    description: 'Whether items follow this page (for a `before` page: whether any lie at or after that cursor).',
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'Whether items precede this page (for an `after` page: whether any lie at or before that cursor).',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; pass it as `before` for the page before.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

/** PageInfo as a page answers it: the flags are worked out only when a client selects them. */
interface LazyPageInfo {
  readonly hasNextPage: Promise<boolean>;
  readonly hasPreviousPage: Promise<boolean>;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A Relay connection: the items of a page, in the order of `slice.ids` (those still there when read). */
export class ConnectionResult<T extends { id: number }> {
  readonly edges: Edge<T>[];
  readonly nodes: T[];
  readonly pageInfo: LazyPageInfo;

  constructor(
    items: T[],
    slice: PageSlice,
    private readonly count: () => Promise<number>,
  ) {
    this.nodes = items;
    this.edges = items.map((node) => ({ cursor: slice.cursors.get(node.id)!, node }));
    this.pageInfo = {
      get hasNextPage() {
        return slice.hasNextPage();
      },
      get hasPreviousPage() {
        return slice.hasPreviousPage();
      },
      startCursor: this.edges[0]?.cursor ?? null,
      endCursor: this.edges.at(-1)?.cursor ?? null,
    };
  }

  /** Counted only when a client asks for it. */
  get totalCount(): Promise<number> {
    return this.count();
  }
}

/** Declares the GraphQL `XConnection` and `XEdge` types of a node type. */
export function Connection<T extends object>(nodeType: ClassType<T>, typeName: string, description: string) {
  @ObjectType(`${typeName}Edge`, { description: `A ${typeName.toLowerCase()} and its cursor.` })
  class EdgeType {
    @Field(() => String, {
      description:
        'Opaque cursor of this item: pass it as `after` to continue after it, or as `before` to page back from it.',
    })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item.' })
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, each with its cursor.' })
    edges!: EdgeType[];

    @Field(() => [nodeType], { description: 'The items of this page.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `Number of ${description} matching the filter, over all pages.` })
    totalCount!: number;
  }
  return ConnectionType;
}
