import { Outcome } from '../../../outcomes/outcome.entity';
import { outcomeIdentity } from '../../seed/load-seed';
import { recordKind } from '../record-kind';
import { yearStatedField } from './figure-fields';

export const outcomes = recordKind('outcomes', {
  entity: Outcome,
  references: { program: 'programs', practice: 'practices', indicator: 'indicators', source: 'sources' },
  identity: outcomeIdentity,
  fields: { yearStated: yearStatedField },
  bulk: { stamps: () => ({}) },
});
