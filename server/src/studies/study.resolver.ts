import { StudyDesign } from '@atlas/shared';
import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { InputProblems } from '../graphql/errors';
import { idOf } from '../graphql/global-id';
import { Connection, ConnectionResult, PageArgs, pageWindow } from '../graphql/pagination';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { Study } from './study.entity';

@ObjectType({ description: 'A page of studies.' })
export class StudyConnection extends Connection(Study, 'Study', 'studies') {}

@Resolver(() => Study)
export class StudyResolver {
  @Query(() => StudyConnection, { description: 'Studies of programmes and practices, newest first.' })
  async studies(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('designs', () => [StudyDesign], { nullable: true, description: 'Only studies of these designs.' })
    designs: StudyDesign[] | null,
    @Ctx() { em }: AtlasContext,
  ): Promise<ConnectionResult<Study>> {
    const problems = new InputProblems();
    const window = pageWindow(page, problems);
    problems.throwIfAny();
    const where = designs?.length ? { design: { $in: designs } } : {};
    const items = await em.find(Study, where, {
      orderBy: { year: 'desc nulls last', id: 'asc' },
      limit: window.limit + 1,
      offset: window.offset,
    });
    return new ConnectionResult(items, window, () => em.count(Study, where));
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

  @FieldResolver(() => [Practice], { description: 'The practices it concerns (those visible to you).' })
  async practices(@Root() study: Study, @Ctx() { related }: AtlasContext): Promise<Practice[]> {
    const practices = await related.collection(Study, 'practices', study.id);
    const readable = await Promise.all(practices.map((practice) => related.readable(Practice, practice.id)));
    return readable.filter((practice): practice is Practice => practice !== null);
  }
}
