import { Source } from '../../../sources/source.entity';
import { recordKind } from '../record-kind';

export const sources = recordKind('sources', {
  entity: Source,
  fields: {
    // Absent when false, as for almost every source: records written before it existed stay the same record.
    weak: {
      read: (source) => (source.weak ? true : undefined),
      write: (value: boolean | undefined) => value ?? false,
    },
  },
});
