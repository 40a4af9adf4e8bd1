import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { Source } from '../sources/source.entity';
import { RegionalInstrument } from './regional-instrument.entity';

@Resolver(() => RegionalInstrument)
export class RegionalInstrumentResolver {
  @Query(() => [RegionalInstrument], {
    description: 'The ASEAN regional framework on migrant workers and their return, oldest first.',
  })
  regionalInstruments(@Ctx() { em }: AtlasContext): Promise<RegionalInstrument[]> {
    return em.find(RegionalInstrument, {}, { orderBy: { adoptedOn: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [Source], { description: 'Where the instrument is documented.' })
  sources(@Root() instrument: RegionalInstrument, @Ctx() { related }: AtlasContext): Promise<Source[]> {
    return related.collection(RegionalInstrument, 'sources', instrument.id);
  }
}
