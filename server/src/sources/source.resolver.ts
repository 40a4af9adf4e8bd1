import type { Knex } from '@mikro-orm/knex';
import { Arg, Args, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { practiceVisibility, readableSourceIds, type Viewer } from '../access/viewer';
import type { Dialect } from '../config';
import { lookUp } from '../db/look-up';
import { readInOrder } from '../db/read-model';
import type { AtlasContext } from '../graphql/context';
import { InputProblems } from '../graphql/errors';
import {
  Connection,
  ConnectionResult,
  PageArgs,
  pageRequest,
  readKeysetPage,
  type Keyset,
} from '../graphql/pagination';
import { Source } from './source.entity';

const MAX_SOURCES = 100;
const MAX_SEARCH = 200;

/** By title, A to Z, the ID last to break ties. */
const SOURCE_KEYSET: Keyset = {
  list: 'Source',
  order: 'TITLE',
  keys: [
    { column: 's.title', direction: 'asc' },
    { column: 's.id', direction: 'asc' },
  ],
};

@InputType({ description: 'Narrows a list of sources; the fields given must all match.' })
class SourceFilter {
  @Field(() => String, {
    nullable: true,
    description: `Part of a title, publisher or address, any case (at most ${MAX_SEARCH} characters).`,
  })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only the sources the research files flag weak (true), or only the others (false).',
  })
  weak?: boolean | null;
}

@ObjectType({ description: 'A page of sources.' })
export class SourceConnection extends Connection(Source, 'Source', 'sources') {}

/**
 * The sources a viewer may read (those a readable record cites, their own and curated ones:
 * access/viewer.ts), narrowed by `search` and `weak`, as a `select s.id from source as s`.
 */
function readableSources(knex: Knex, dialect: Dialect, viewer: Viewer, filter: SourceFilter): Knex.QueryBuilder {
  const words = filter.search?.trim() ?? '';
  const query = knex.from({ s: 'source' });
  const visibility = practiceVisibility(viewer);
  if (!visibility.all) query.whereIn('s.id', readableSourceIds(knex, visibility));
  if (words) {
    // SQLite's LIKE ignores the case of ASCII letters already; PostgreSQL's needs ILIKE. A % or _
    // typed in the search matches any text or letter: harmless in a search box.
    const like = dialect === 'sqlite' ? 'like' : 'ilike';
    const pattern = `%${words}%`;
    query.where((any) =>
      any.where('s.title', like, pattern).orWhere('s.publisher', like, pattern).orWhere('s.url', like, pattern),
    );
  }
  if (filter.weak != null) query.where('s.weak', filter.weak);
  return query;
}

/** Checks a search's length, naming it at `path`. */
function checkSearch(search: string | null | undefined, path: string, problems: InputProblems): void {
  if ((search?.trim() ?? '').length > MAX_SEARCH) problems.add(path, `at most ${MAX_SEARCH} characters`);
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, {
    nullable: true,
    description:
      'One source by global ID, by key or by address (exactly one of them; BAD_USER_INPUT otherwise, naming the arguments); null when unknown or not visible to you (the same rule as `node`); BAD_USER_INPUT when the ID is not a source’s.',
  })
  source(
    @Arg('id', () => ID, { nullable: true, description: 'Global ID of the source.' }) id: string | null,
    @Arg('key', () => String, {
      nullable: true,
      description: 'Stable key of the source, as the downloads and the JSON dataset name it.',
    })
    key: string | null,
    @Arg('url', () => String, {
      nullable: true,
      description: 'Address of the document, exactly as cited (the `url` of the sources download).',
    })
    url: string | null,
    @Ctx() { related }: AtlasContext,
  ): Promise<Source | null> {
    return lookUp(related, Source, { id, key, url });
  }

  @Query(() => [Source], {
    description: `Sources by title, to cite one again: those whose title, publisher or address contains \`search\` (any case), or all of them. At most \`first\` (20 by default, at most ${MAX_SOURCES}).`,
    deprecationReason: 'Use sourcesConnection: the same sources, paged with cursors and counted. Removed in 2.0.0.',
  })
  async sources(
    @Arg('search', () => String, {
      nullable: true,
      description: `Part of a title, publisher or address (at most ${MAX_SEARCH} characters).`,
    })
    search: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'How many, at most.' })
    first: number | null,
    @Ctx() { em, dialect, viewer }: AtlasContext,
  ): Promise<Source[]> {
    const limit = first ?? 20;
    const problems = new InputProblems();
    if (limit < 0 || limit > MAX_SOURCES) problems.add('first', `must be from 0 to ${MAX_SOURCES}`);
    checkSearch(search, 'search', problems);
    problems.throwIfAny();
    const query = readableSources(em.getKnex(), dialect, viewer, { search });
    const rows = await em.execute<{ id: number }[]>(
      query
        .select('s.id')
        .orderBy([{ column: 's.title' }, { column: 's.id' }])
        .limit(limit),
    );
    return readInOrder(
      em,
      Source,
      rows.map((row) => Number(row.id)),
    );
  }

  @Query(() => SourceConnection, {
    description:
      'Every source the Atlas cites that you may read, by title, paged with cursors: the list of works a researcher cites beside the Atlas. Find one by its address with `filter.search`.',
  })
  async sourcesConnection(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => SourceFilter, { nullable: true, description: 'Which sources to list.' })
    filter: SourceFilter | null,
    @Ctx() { em, dialect, viewer }: AtlasContext,
  ): Promise<ConnectionResult<Source>> {
    const problems = new InputProblems();
    checkSearch(filter?.search, 'filter.search', problems);
    const request = pageRequest(page, SOURCE_KEYSET, problems);
    const filtered = () => readableSources(em.getKnex(), dialect, viewer, filter ?? {});
    const slice = await readKeysetPage(em, dialect, filtered, request);
    const items = await readInOrder(em, Source, slice.ids);
    return new ConnectionResult(items, slice, async () => {
      const [row] = await em.execute<{ n: number | string }[]>(filtered().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
  }
}
