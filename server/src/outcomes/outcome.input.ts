import { Sex } from '@atlas/shared';
import { FIRST_YEAR, YEARS_AHEAD } from '@atlas/shared/rules';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { FigureBreakdownInput } from '../indicators/figure-breakdown';

@InputType({ description: 'One measured value of a programme’s results, with its source.' })
export class OutcomeInput extends FigureBreakdownInput {
  @Field(() => ID, { description: 'Global ID of the programme whose result this is.' })
  programId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Global ID of the practice it measures, if any (of that programme).',
  })
  practiceId?: string | null;

  @Field(() => String, { description: 'Code of the indicator measured (`RETURNEES_TRAINED`, …).' })
  indicatorCode!: string;

  @Field(() => Int, {
    description: `Year (period) the value describes, or the year its source was published when yearStated is false (${FIRST_YEAR} to this year + ${YEARS_AHEAD}).`,
  })
  year!: number;

  @Field(() => Float, {
    description:
      'The value, in the unit of its indicator: a percentage 0–100 (percent of a target: 0–1000), an amount of money 0 or more, otherwise a whole number 0 or more.',
  })
  value!: number;

  @Field(() => Sex, { nullable: true, description: 'Sex disaggregation; TOTAL when omitted.' })
  sex?: Sex | null;

  @Field(() => ID, { description: 'Global ID of the source of the figure.' })
  sourceId!: string;

  @Field(() => String, { nullable: true, description: 'Caveats: period covered, targets, disagreements.' })
  note?: string | null;
}

// The rules of this input are shared with the dashboard's form.
export { MAX_FIGURES, outcomeBatchSchema, outcomeInputSchema, type OutcomeFields } from '@atlas/shared/rules';
