import { Sex } from '@atlas/shared';
import { figureFields, FIRST_YEAR, YEARS_AHEAD } from '@atlas/shared/rules';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';

@InputType({ description: 'One measured value of a programme’s results, with its source.' })
export class OutcomeInput {
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
    description: `Year (period) the value refers to (${FIRST_YEAR} to this year + ${YEARS_AHEAD}).`,
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

/** Whether the value fits its indicator's unit is checked once the indicator is loaded (record-outcomes.ts). */
export const outcomeInputSchema = z.object({
  programId: z.string(),
  practiceId: z.string().nullish(),
  indicatorCode: figureFields.indicatorCode,
  year: figureFields.year,
  value: figureFields.value,
  sex: z
    .enum(Sex)
    .nullish()
    .transform((sex) => sex ?? Sex.TOTAL),
  sourceId: z.string(),
  note: z.nullish(figureFields.note),
});

export const MAX_FIGURES = 500;
export const outcomeBatchSchema = z
  .array(outcomeInputSchema)
  .min(1, 'record at least one figure')
  .max(MAX_FIGURES, `at most ${MAX_FIGURES} figures at once`);

export type OutcomeFields = z.infer<typeof outcomeInputSchema>;
