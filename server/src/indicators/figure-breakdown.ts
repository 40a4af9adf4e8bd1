import { Field, InputType } from 'type-graphql';

/*
 * What tells two figures of one indicator and year apart besides sex: whether the year is the one
 * the figure describes, and the breakdown (destination country, programme phase). Outcomes and
 * country statistics carry the same three fields; the seed, the import and the charts read them.
 */

/** The breakdown fields of a figure as entity data: absent values as their defaults. */
export function breakdownOf(figure: {
  yearStated?: boolean | null;
  destination?: string | null;
  phase?: string | null;
}): { yearStated: boolean; destination: string | null; phase: string | null } {
  return {
    yearStated: figure.yearStated ?? true,
    destination: figure.destination ?? null,
    phase: figure.phase ?? null,
  };
}

/** The input fields of a figure's breakdown, shared by outcome and statistic inputs. */
@InputType({ description: 'Whether a figure’s year is stated, and its breakdown.' })
export abstract class FigureBreakdownInput {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the source states the year the figure describes (true when omitted); false when `year` is the year the source was published.',
  })
  yearStated?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Breakdown: the destination country (ISO 3166-1 alpha-2, any country, such as KR or AU).',
  })
  destination?: string | null;

  @Field(() => String, { nullable: true, description: 'Breakdown: the programme phase (`TRIANGLE I`).' })
  phase?: string | null;
}
