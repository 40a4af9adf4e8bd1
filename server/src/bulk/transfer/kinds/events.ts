import { Event } from '../../../events/event.entity';
import { recordKind } from '../record-kind';

export const events = recordKind('events', {
  entity: Event,
  unstored: ['notFound'],
  references: { country: 'countries', sources: 'sources' },
});
