import { Ctx, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { Indicator } from './indicator.entity';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'Every indicator that outcomes and country statistics measure, by code.' })
  indicators(@Ctx() { em }: AtlasContext): Promise<Indicator[]> {
    return em.find(Indicator, {}, { orderBy: { code: 'asc' } });
  }
}
