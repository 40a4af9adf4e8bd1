import { Dimension, Sex, Theme } from '@atlas/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { describedEnum, type EnumValue } from '../graphql/described-enum';
import { Country } from '../countries/country.entity';
import { Indicator } from '../indicators/indicator.entity';
import { ReintegrationProgram } from '../programs/program.entity';
import { Source } from '../sources/source.entity';

export const ValueKind = describedEnum('ValueKind', 'Where a compared value comes from.', {
  OUTCOME: 'A measured result of a programme.',
  STATISTIC: 'A headline statistic of the country.',
});
export type ValueKind = EnumValue<typeof ValueKind>;

@ObjectType({ description: 'One figure of one country in a comparison, with its source.' })
export class ComparedValue {
  @Field(() => Country, { description: 'Whose figure it is.' })
  country!: Country;

  @Field(() => ValueKind, { description: 'A programme outcome or a country statistic.' })
  kind!: ValueKind;

  @Field(() => ReintegrationProgram, {
    nullable: true,
    description:
      'The programme, for outcomes: a national one (outcomes of programmes of several states or the region are on the programme, not a state).',
  })
  program!: ReintegrationProgram | null;

  @Field(() => Int, { description: 'Year the figure refers to.' })
  year!: number;

  @Field(() => Float, { description: 'The figure, in the unit of the indicator.' })
  value!: number;

  @Field(() => Sex, { description: 'Sex disaggregation.' })
  sex!: Sex;

  @Field(() => Source, { description: 'Where the figure comes from.' })
  source!: Source;

  @Field(() => String, { nullable: true, description: 'Caveats.' })
  note!: string | null;
}

@ObjectType({ description: 'One indicator across the compared countries: every figure, by country and year.' })
export class IndicatorComparison {
  @Field(() => Indicator, { description: 'What is compared, and its unit (the shared axis).' })
  indicator!: Indicator;

  @Field(() => [ComparedValue], { description: 'The figures, by country (in the requested order) then year.' })
  values!: ComparedValue[];
}

@ObjectType({ description: 'How many practices of a country address a dimension together with a theme.' })
export class CoverageCell {
  @Field(() => Country, { description: 'The country.' })
  country!: Country;

  @Field(() => Dimension, { description: 'The dimension (a row of the coverage matrix).' })
  dimension!: Dimension;

  @Field(() => Theme, { description: 'The theme (a column of the coverage matrix).' })
  theme!: Theme;

  @Field(() => Int, { description: 'Published practices with both the dimension and the theme.' })
  practiceCount!: number;
}

@ObjectType({
  description:
    'How many distinct published practices of a country address a dimension, whatever their themes: the number to quote for a dimension (summing its coverage cells counts a practice once per theme).',
})
export class DimensionTotal {
  @Field(() => Country, { description: 'The country.' })
  country!: Country;

  @Field(() => Dimension, { description: 'The dimension.' })
  dimension!: Dimension;

  @Field(() => Int, {
    description:
      'Distinct published practices with the dimension. A practice addressing several dimensions counts under each.',
  })
  practiceCount!: number;
}

/** The most programme outcomes one comparison carries: a public query must stay bounded whatever the data. */
export const MAX_COMPARED_OUTCOMES = 5000;

@ObjectType({ description: 'Member states side by side: figures on shared indicators and practice coverage.' })
export class CountryComparison {
  @Field(() => [Country], { description: 'The compared countries, in the requested order.' })
  countries!: Country[];

  @Field(() => [IndicatorComparison], {
    description:
      'Per indicator (the requested ones, or every one with a figure for any of the countries), all figures.',
  })
  indicators!: IndicatorComparison[];

  @Field(() => [CoverageCell], {
    description:
      'The dimensions × themes coverage matrix per country; cells with no practice are left out. Cells overlap: a practice with several themes (or dimensions) counts in each of its cells, so sum `dimensionTotals`, not cells, for how many practices a country has.',
  })
  coverage!: CoverageCell[];

  @Field(() => [DimensionTotal], {
    description:
      'Per country (in the requested order) and dimension (zero included), the distinct practices addressing it.',
  })
  dimensionTotals!: DimensionTotal[];

  @Field(() => Boolean, {
    description: `Whether programme outcomes were left out: a comparison carries at most ${MAX_COMPARED_OUTCOMES} of them, the most recent. Ask for fewer countries or give indicatorCodes, or read whole series with outcomeSeries.`,
  })
  outcomesTruncated!: boolean;
}
