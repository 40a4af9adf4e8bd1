import { StudyDesign } from '@atlas/shared';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { InputProblems } from '../graphql/errors';
import { idOf } from '../graphql/global-id';
import { readInOrder } from '../db/read-model';
import {
  Connection,
  ConnectionResult,
  PageArgs,
  pageRequest,
  readKeysetPage,
  type Keyset,
} from '../graphql/pagination';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { Study } from './study.entity';

/** Newest first (the year of fieldwork; unknown years last), the ID last to break ties. */
const STUDY_KEYSET: Keyset = {
  list: 'Study',
  order: 'NEWEST',
  keys: [
    { column: 's.year', direction: 'desc', nullable: true },
    { column: 's.id', direction: 'asc' },
  ],
};

@ObjectType({ description: 'A page of studies.' })
export class StudyConnection extends Connection(Study, 'Study', 'studies') {}

@Resolver(() => Study)
export class StudyResolver {
  @Query(() => StudyConnection, { description: 'Studies of programmes and practices, newest first.' })
  async studies(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('designs', () => [StudyDesign], { nullable: true, description: 'Only studies of these designs.' })
    designs: StudyDesign[] | null,
    @Ctx() { em, dialect }: AtlasContext,
  ): Promise<ConnectionResult<Study>> {
    const request = pageRequest(page, STUDY_KEYSET, new InputProblems());
    const filtered = () => {
      const qb = em.getKnex().from({ s: 'study' });
      if (designs?.length) qb.whereIn('s.design', designs);
      return qb;
    };
    const slice = await readKeysetPage(em, dialect, filtered, request);
    const items = await readInOrder(em, Study, slice.ids);
    return new ConnectionResult(items, slice, async () => {
      const [row] = await em.execute<{ n: number | string }[]>(filtered().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
  }

  @Query(() => Study, {
    nullable: true,
    description: 'One study by global ID; null when unknown; BAD_USER_INPUT when the ID is not a study’s.',
  })
  study(
    @Arg('id', () => ID, { description: 'Global ID of the study.' }) id: string,
    @Ctx() { related }: AtlasContext,
  ): Promise<Study | null> {
    return related.readable(Study, idOf(id, 'Study', 'id'));
  }

  @FieldResolver(() => Source, { description: 'Where the study is reported; every study has one.' })
  async source(@Root() study: Study, @Ctx() { related }: AtlasContext): Promise<Source> {
    return (await related.one(Source, study.source.id))!;
  }

  @FieldResolver(() => [ReintegrationProgram], { description: 'The programmes it concerns.' })
  programs(@Root() study: Study, @Ctx() { related }: AtlasContext): Promise<ReintegrationProgram[]> {
    return related.collection(Study, 'programs', study.id);
  }

  @FieldResolver(() => [Country], {
    description:
      'The member states whose returnees or programmes it studies: those of its programmes and practices, and any other it names.',
  })
  async countries(@Root() study: Study, @Ctx() { related }: AtlasContext): Promise<Country[]> {
    const countries = await related.collection(Study, 'countries', study.id);
    return [...countries].sort((a, b) => a.name.localeCompare(b.name));
  }

  @FieldResolver(() => [Practice], { description: 'The practices it concerns (those visible to you).' })
  async practices(@Root() study: Study, @Ctx() { related }: AtlasContext): Promise<Practice[]> {
    const practices = await related.collection(Study, 'practices', study.id);
    const readable = await Promise.all(practices.map((practice) => related.readable(Practice, practice.id)));
    return readable.filter((practice): practice is Practice => practice !== null);
  }
}
