import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { PracticeFilter } from './practice-filter.input';
import { practiceStats, PracticeStat, PracticeStatsGroup } from './practice-stats';

@Resolver(() => PracticeStat)
export class PracticeStatsResolver {
  @Query(() => [PracticeStat], {
    complexity: 20,
    description:
      'Practice counts per country, theme, dimension, level, stakeholder, target group, evidence level or year, under the same filter and visibility as `practices` (a practice with several themes counts once under each). Largest counts first, then by key; YEAR in ascending year order. Vocabulary values and member states are all listed, zero counts included; years only where they occur.',
  })
  practiceStats(
    @Arg('groupBy', () => PracticeStatsGroup, { description: 'What to count practices by.' })
    groupBy: PracticeStatsGroup,
    @Arg('filter', () => PracticeFilter, {
      nullable: true,
      description: 'Which practices to count; the same filter as `practices`.',
    })
    filter: PracticeFilter | null,
    @Ctx() { em, dialect, viewer }: AtlasContext,
  ): Promise<PracticeStat[]> {
    return practiceStats(em, dialect, viewer, groupBy, filter);
  }
}
