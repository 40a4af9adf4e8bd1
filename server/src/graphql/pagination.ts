import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { Range } from './argument-range';
import { InputProblems } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.`,
  })
  @Range(0, MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (an `endCursor` or edge `cursor` of a previous page).',
  })
  after?: string | null;
}

/** The slice of a list a page asks for. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/**
 * Turns `first` and `after` into an offset window; a malformed cursor is BAD_USER_INPUT naming
 * `after`. `first` is in its range: the operation gate refused any other before anything ran.
 */
export function pageWindow(args: PageArgs, problems = new InputProblems()): PageWindow {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  const offset = args.after == null ? 0 : decodeCursor(args.after);
  if (offset === null) problems.add('after', 'is not a cursor returned by this API');
  problems.throwIfAny();
  return { offset: offset ?? 0, limit };
}

export function encodeCursor(position: number): string {
  return Buffer.from(`cursor:${position}`, 'utf8').toString('base64url');
}

/** The offset just after the cursor's item, or null when the cursor is malformed. */
export function decodeCursor(cursor: string): number | null {
  const match = /^cursor:(0|[1-9][0-9]{0,8})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match && encodeCursor(Number(match[1])) === cursor ? Number(match[1]) + 1 : null;
}

@ObjectType({ description: 'Where a page sits in the whole list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A Relay connection: `items` holds up to `limit + 1` rows (the extra one tells whether a next page exists). */
export class ConnectionResult<T> {
  readonly edges: Edge<T>[];
  readonly nodes: T[];
  readonly pageInfo: PageInfo;

  constructor(
    items: T[],
    window: PageWindow,
    private readonly count: () => Promise<number>,
  ) {
    this.nodes = items.slice(0, window.limit);
    this.edges = this.nodes.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
    this.pageInfo = {
      hasNextPage: items.length > window.limit,
      hasPreviousPage: window.offset > 0,
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
    @Field(() => String, { description: 'Opaque cursor of this item; pass it as `after` to continue after it.' })
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
