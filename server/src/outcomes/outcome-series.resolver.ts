import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { outcomeSeries, OutcomeSeries } from './outcome-series';

@Resolver(() => OutcomeSeries)
export class OutcomeSeriesResolver {
  @Query(() => [OutcomeSeries], {
    complexity: 20,
    description:
      'An indicator over time, for plotting: one series per programme (and so member state) with outcomes of that indicator, by country code then programme name; each point is an outcome with its source.',
  })
  outcomeSeries(
    @Arg('indicatorCode', () => String, { description: 'Code of the indicator (see `indicators`).' })
    indicatorCode: string,
    @Arg('countryCodes', () => [String], {
      nullable: true,
      description: 'Only programmes in these member states (ISO 3166-1 alpha-2 codes); all when omitted or empty.',
    })
    countryCodes: string[] | null,
    @Ctx() { em }: AtlasContext,
  ): Promise<OutcomeSeries[]> {
    return outcomeSeries(em, indicatorCode, countryCodes);
  }
}
