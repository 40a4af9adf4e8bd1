import { Sex } from '@atlas/shared';
import { figureFields, FIRST_YEAR, YEARS_AHEAD } from '@atlas/shared/rules';
import { Field, Float, InputType, Int } from 'type-graphql';
import { z } from 'zod';
import { FigureBreakdownInput } from '../indicators/figure-breakdown';
import { citedSourceSchema, SourceReferenceInput } from '../sources/source-reference';

@InputType({
  description:
    'A headline statistic of a country, with its source. A figure that disagrees with one already recorded from another source is kept beside it.',
})
export class CountryStatisticInput extends FigureBreakdownInput {
  @Field(() => String, {
    description: 'Code of the indicator measured (`MIGRANT_WORKERS_ABROAD`, …); its unit applies.',
  })
  indicatorCode!: string;

  @Field(() => Int, {
    description: `Year the figure describes, or the year its source was published when yearStated is false (${FIRST_YEAR} to this year + ${YEARS_AHEAD}).`,
  })
  year!: number;

  @Field(() => Float, {
    description:
      'The figure, in the unit of its indicator: a percentage 0–100 (percent of a target: 0–1000), an amount of money 0 or more, otherwise a whole number 0 or more.',
  })
  value!: number;

  @Field(() => Sex, { nullable: true, description: 'Sex disaggregation; TOTAL when omitted.' })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: 'Caveats: period covered, definitions, disagreements.' })
  note?: string | null;

  @Field(() => SourceReferenceInput, {
    nullable: true,
    description:
      'Where the figure comes from, required: a source already in the Atlas, or a new one. (Nullable only so that a missing source is reported with the other problems.)',
  })
  source?: SourceReferenceInput | null;
}

/** Whether the value fits its indicator's unit is checked once the indicator is loaded (check-statistics.ts). */
export const statisticInputSchema = z.object({
  indicatorCode: figureFields.indicatorCode,
  year: figureFields.year,
  value: figureFields.value,
  sex: z
    .enum(Sex)
    .nullish()
    .transform((sex) => sex ?? Sex.TOTAL),
  note: z.nullish(figureFields.note),
  yearStated: z.boolean().nullish(),
  destination: z.nullish(figureFields.destination),
  phase: z.nullish(figureFields.phase),
  source: citedSourceSchema,
});

export const MAX_STATISTICS = 200;
export const statisticBatchSchema = z
  .array(statisticInputSchema)
  .min(1, 'add at least one statistic')
  .max(MAX_STATISTICS, `at most ${MAX_STATISTICS} statistics at once`);

export type StatisticFields = z.infer<typeof statisticInputSchema>;
