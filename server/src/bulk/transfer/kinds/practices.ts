import { Practice } from '../../../practices/practice.entity';
import { recordKind } from '../record-kind';

export const practices = recordKind('practices', {
  entity: Practice,
  references: { country: 'countries', program: 'programs', event: 'events', sources: 'sources' },
  bulk: { stamps: (now) => ({ createdAt: now, updatedAt: now, version: 1 }) },
});
