import { RegionalInstrument } from '../../../framework/regional-instrument.entity';
import { recordKind } from '../record-kind';

export const framework = recordKind('framework', {
  entity: RegionalInstrument,
  unstored: ['notFound'],
  references: { sources: 'sources' },
});
