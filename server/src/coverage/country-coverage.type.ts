import { MeasureKind } from '@atlas/shared';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many published practices of one kind a member state has.' })
export class KindCount {
  @Field(() => MeasureKind, { description: 'The kind of measure.' })
  kind!: MeasureKind;

  @Field(() => Int, { description: 'How many published practices of that kind.' })
  count!: number;
}

@ObjectType({
  description:
    'What the Atlas holds about a member state, counted. A zero means nothing was found in the sources consulted, not that the state does nothing; `Country.notFound` names what was looked for and not found.',
})
export class CountryCoverage {
  @Field(() => [KindCount], { description: 'Its published practices per kind, every kind listed (zero included).' })
  practicesByKind!: KindCount[];

  @Field(() => Int, { description: 'Measured outcomes of the programmes filed under it with a national reach.' })
  outcomeCount!: number;

  @Field(() => Int, { description: 'Its headline statistics.' })
  statisticCount!: number;

  @Field(() => Int, {
    description:
      'Studies (evaluations, surveys, experiments…) that concern it (`Study.countries`): of its programmes, its practices or its returnees.',
  })
  studyCount!: number;
}
