import { CountryStatistic } from '../../../countries/country-statistic.entity';
import { statisticIdentity } from '../../seed/load-seed';
import { recordKind } from '../record-kind';
import { yearStatedField } from './figure-fields';

export const statistics = recordKind('statistics', {
  entity: CountryStatistic,
  references: { country: 'countries', indicator: 'indicators', source: 'sources' },
  identity: statisticIdentity,
  fields: { yearStated: yearStatedField },
});
