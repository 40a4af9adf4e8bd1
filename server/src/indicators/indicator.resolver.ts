import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { lookUp } from '../db/look-up';
import { Indicator } from './indicator.entity';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => [Indicator], { description: 'Every indicator that outcomes and country statistics measure, by code.' })
  indicators(@Ctx() { em }: AtlasContext): Promise<Indicator[]> {
    return em.find(Indicator, {}, { orderBy: { code: 'asc' } });
  }

  @Query(() => Indicator, {
    nullable: true,
    description:
      'One indicator by global ID or by code (exactly one of them; BAD_USER_INPUT otherwise, naming the arguments); null when unknown; BAD_USER_INPUT when the ID is not an indicator’s.',
  })
  indicator(
    @Arg('id', () => ID, { nullable: true, description: 'Global ID of the indicator.' }) id: string | null,
    @Arg('code', () => String, {
      nullable: true,
      description: 'Code of the indicator (`NRCO_LIVELIHOOD_BENEFICIARIES`), exactly as the downloads write it.',
    })
    code: string | null,
    @Ctx() { related }: AtlasContext,
  ): Promise<Indicator | null> {
    return lookUp(related, Indicator, { id, code });
  }
}
