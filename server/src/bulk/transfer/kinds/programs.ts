import type { SeedRecord } from '../../seed/seed-schema';
import { ReintegrationProgram } from '../../../programs/program.entity';
import { recordKind } from '../record-kind';

export const programs = recordKind('programs', {
  entity: ReintegrationProgram,
  references: { country: 'countries', sources: 'sources' },
  fields: {
    components: {
      read: (p) => p.components.map((c) => ({ name: c.name, description: c.description ?? undefined })),
      write: (components: SeedRecord<'programs'>['components']) =>
        components.map((c) => ({ name: c.name, description: c.description ?? null })),
    },
  },
});
