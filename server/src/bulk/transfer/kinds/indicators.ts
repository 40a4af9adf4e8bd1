import { Indicator } from '../../../indicators/indicator.entity';
import { recordKind } from '../record-kind';

export const indicators = recordKind('indicators', { entity: Indicator });
