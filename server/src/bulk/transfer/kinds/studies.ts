import { Study } from '../../../studies/study.entity';
import { recordKind } from '../record-kind';

export const studies = recordKind('studies', {
  entity: Study,
  references: { source: 'sources', programs: 'programs', practices: 'practices', countries: 'countries' },
});
