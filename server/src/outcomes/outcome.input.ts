import { Sex } from '@atlas/shared';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { text, year } from '../seed/seed-schema';

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

  @Field(() => Int, { description: 'Year (period) the value refers to (1900–2100).' })
  year!: number;

  @Field(() => Float, { description: 'The value, in the unit of its indicator.' })
  value!: number;

  @Field(() => Sex, { nullable: true, description: 'Sex disaggregation; TOTAL when omitted.' })
  sex?: Sex | null;

  @Field(() => ID, { description: 'Global ID of the source of the figure.' })
  sourceId!: string;

  @Field(() => String, { nullable: true, description: 'Caveats: period covered, targets, disagreements.' })
  note?: string | null;
}

export const outcomeInputSchema = z.object({
  programId: z.string(),
  practiceId: z.string().nullish(),
  indicatorCode: text.max(60),
  year,
  value: z.number().finite().min(0, 'must not be negative: indicators count, sum or share'),
  sex: z
    .enum(Sex)
    .nullish()
    .transform((sex) => sex ?? Sex.TOTAL),
  sourceId: z.string(),
  note: text.max(2000).nullish(),
});

export const outcomeBatchSchema = z.array(outcomeInputSchema).min(1, 'record at least one figure').max(500);

export type OutcomeFields = z.infer<typeof outcomeInputSchema>;
