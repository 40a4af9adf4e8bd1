import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { lookUp } from '../db/look-up';
import { Source } from './source.entity';

const MAX_SOURCES = 100;
const MAX_SEARCH = 200;

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
  })
  sources(
    @Arg('search', () => String, {
      nullable: true,
      description: `Part of a title, publisher or address (at most ${MAX_SEARCH} characters).`,
    })
    search: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'How many, at most.' })
    first: number | null,
    @Ctx() { em, dialect }: AtlasContext,
  ): Promise<Source[]> {
    const limit = first ?? 20;
    const words = search?.trim() ?? '';
    const problems = [];
    if (limit < 0 || limit > MAX_SOURCES) problems.push({ path: 'first', message: `must be from 0 to ${MAX_SOURCES}` });
    if (words.length > MAX_SEARCH) problems.push({ path: 'search', message: `at most ${MAX_SEARCH} characters` });
    if (problems.length > 0) throw badUserInput(problems);
    // SQLite's LIKE ignores the case of ASCII letters already; PostgreSQL's needs ILIKE. A % or _
    // typed in the search matches any text or letter: harmless in a search box.
    const contains = { [dialect === 'sqlite' ? '$like' : '$ilike']: `%${words}%` };
    const where: FilterQuery<Source> = words
      ? { $or: [{ title: contains }, { publisher: contains }, { url: contains }] }
      : {};
    return em.find(Source, where, { orderBy: { title: 'asc', id: 'asc' }, limit });
  }
}
