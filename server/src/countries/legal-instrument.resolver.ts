import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Source } from '../sources/source.entity';
import { LegalInstrument } from './legal-instrument.entity';

@Resolver(() => LegalInstrument)
export class LegalInstrumentResolver {
  @FieldResolver(() => [Source], { description: 'Where the instrument is documented.' })
  async sources(@Root() instrument: LegalInstrument): Promise<Source[]> {
    return (await instrument.sources.load()).getItems();
  }
}
