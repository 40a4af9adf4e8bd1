import { Source } from '../../../sources/source.entity';
import { recordKind } from '../record-kind';

export const sources = recordKind('sources', { entity: Source });
