import { CountryStatistic } from '../../../countries/country-statistic.entity';
import { statisticIdentity } from '../../seed/load-seed';
import { recordKind } from '../record-kind';

export const statistics = recordKind('statistics', {
  entity: CountryStatistic,
  references: { country: 'countries', indicator: 'indicators', source: 'sources' },
  identity: statisticIdentity,
});
