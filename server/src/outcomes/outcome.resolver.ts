import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { InputProblems } from '../graphql/errors';
import { readInOrder } from '../db/read-model';
import {
  Connection,
  ConnectionResult,
  PageArgs,
  pageRequest,
  readKeysetPage,
  type Keyset,
} from '../graphql/pagination';
import { Indicator } from '../indicators/indicator.entity';
import { Practice } from '../practices/practice.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';
import { OutcomeFilter } from './outcome-filter.input';
import { outcomeQuery } from './outcome-query';
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
    @Ctx() { em, dialect }: AtlasContext,
  ): Promise<ConnectionResult<Outcome>> {
    const problems = new InputProblems();
    const filtered = outcomeQuery(em.getKnex(), filter ?? {}, problems);
    const request = pageRequest(page, OUTCOME_KEYSET, problems);
    const slice = await readKeysetPage(
      em,
      dialect,
      () =>
        filtered().join({ pr: 'program' }, 'pr.id', 'o.program_id').join({ i: 'indicator' }, 'i.id', 'o.indicator_id'),
      request,
    );
    const items = await readInOrder(em, Outcome, slice.ids);
    return new ConnectionResult(items, slice, async () => {
      const [row] = await em.execute<{ n: number | string }[]>(filtered().count({ n: '*' }));
      return Number(row?.n ?? 0);
    });
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

/** Outcomes by programme name, indicator code and year, the ID last to break ties. */
const OUTCOME_KEYSET: Keyset = {
  list: 'Outcome',
  order: 'PROGRAM',
  keys: [
    { column: 'pr.name', direction: 'asc' },
    { column: 'i.code', direction: 'asc' },
    { column: 'o.year', direction: 'asc' },
    { column: 'o.id', direction: 'asc' },
  ],
};
