import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AtlasContext } from '../graphql/context';
import { Source } from '../sources/source.entity';
import { LegalInstrument } from './legal-instrument.entity';

@Resolver(() => LegalInstrument)
export class LegalInstrumentResolver {
  @FieldResolver(() => [Source], { description: 'Where the instrument is documented.' })
  sources(@Root() instrument: LegalInstrument, @Ctx() { related }: AtlasContext): Promise<Source[]> {
    return related.collection(LegalInstrument, 'sources', instrument.id);
  }
}
