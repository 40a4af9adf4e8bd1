import { normalCountryCode, yearRangeProblem } from '@atlas/shared';
import type { Knex } from '@mikro-orm/knex';
import { Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Country } from '../countries/country.entity';
import type { AtlasContext } from '../graphql/context';
import { InputProblems } from '../graphql/errors';
import { fromGlobalId, NOT_A_GLOBAL_ID, notAnIdOf } from '../graphql/global-id';
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

/** `select … from outcome as o where <filter>`, every problem of the filter reported with its path. */
function outcomeQuery(knex: Knex, filter: OutcomeFilter, problems: InputProblems): () => Knex.QueryBuilder {
  let programId: number | undefined;
  if (filter.programId != null) {
    const decoded = fromGlobalId(filter.programId);
    if (decoded?.typeName !== 'ReintegrationProgram') {
      problems.add('filter.programId', notAnIdOf('ReintegrationProgram'), NOT_A_GLOBAL_ID, {
        type: 'ReintegrationProgram',
      });
    } else programId = decoded.id;
  }
  if (filter.yearFrom != null || filter.yearTo != null) {
    problems.addIf('filter.yearTo', yearRangeProblem(filter.yearFrom, filter.yearTo));
  }
  return () => {
    const qb = knex.from({ o: 'outcome' });
    if (programId !== undefined) qb.where('o.program_id', programId);
    if (filter.countryCodes?.length) {
      const countries = knex.from('country').select('id').whereIn('code', filter.countryCodes.map(normalCountryCode));
      qb.whereIn('o.program_id', knex.from('program').select('id').whereIn('country_id', countries));
    }
    if (filter.indicatorCodes?.length) {
      qb.whereIn('o.indicator_id', knex.from('indicator').select('id').whereIn('code', filter.indicatorCodes));
    }
    if (filter.yearFrom != null) qb.where('o.year', '>=', filter.yearFrom);
    if (filter.yearTo != null) qb.where('o.year', '<=', filter.yearTo);
    if (filter.sexes?.length) qb.whereIn('o.sex', filter.sexes);
    return qb;
  };
}
