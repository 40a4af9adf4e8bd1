import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { InputProblems } from '../graphql/errors';
import { Connection, ConnectionResult, PageArgs, pageWindow } from '../graphql/pagination';
import { Indicator } from '../indicators/indicator.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { OutcomeFilter } from './outcome-filter.input';
import { outcomeWhere } from './outcome-where';
import { Outcome } from './outcome.entity';

@ObjectType({ description: 'A page of outcomes.' })
export class OutcomeConnection extends Connection(Outcome, 'Outcome', 'outcomes') {}

@Resolver(() => Outcome)
export class OutcomeResolver {
  @Query(() => OutcomeConnection, {
    description: 'Measured programme results, each with its source; by programme, indicator and year.',
  })
  async outcomes(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OutcomeFilter, { nullable: true, description: 'Which outcomes to list.' })
    filter: OutcomeFilter | null,
    @Ctx() { em }: AtlasContext,
  ): Promise<ConnectionResult<Outcome>> {
    const problems = new InputProblems();
    const where = outcomeWhere(filter ?? {}, problems);
    const window = pageWindow(page, problems);
    const items = await em.find(Outcome, where, {
      orderBy: { program: { name: 'asc' }, indicator: { code: 'asc' }, year: 'asc', id: 'asc' },
      limit: window.limit + 1,
      offset: window.offset,
    });
    return new ConnectionResult(items, window, () => em.count(Outcome, where));
  }

  @FieldResolver(() => ReintegrationProgram, { description: 'The programme whose result this is.' })
  async program(@Root() outcome: Outcome, @Ctx() { related }: AtlasContext): Promise<ReintegrationProgram> {
    return (await related.one(ReintegrationProgram, outcome.program.id))!;
  }

  @FieldResolver(() => Practice, {
    nullable: true,
    description: 'The practice it measures, if any (and visible to you).',
  })
  practice(@Root() outcome: Outcome, @Ctx() { related }: AtlasContext): Promise<Practice | null> {
    return related.readable(Practice, outcome.practice?.id);
  }

  @FieldResolver(() => Country, { description: 'The member state of its programme.' })
  async country(@Root() outcome: Outcome, @Ctx() { related }: AtlasContext): Promise<Country> {
    const program = (await related.one(ReintegrationProgram, outcome.program.id))!;
    return (await related.one(Country, program.country.id))!;
  }

  @FieldResolver(() => Indicator, { description: 'What is measured, and its unit.' })
  async indicator(@Root() outcome: Outcome, @Ctx() { related }: AtlasContext): Promise<Indicator> {
    return (await related.one(Indicator, outcome.indicator.id))!;
  }

  @FieldResolver(() => Source, { description: 'Where the figure comes from.' })
  async source(@Root() outcome: Outcome, @Ctx() { related }: AtlasContext): Promise<Source> {
    return (await related.one(Source, outcome.source.id))!;
  }
}
