import { Country } from '../../../countries/country.entity';
import { CountryStatistic } from '../../../countries/country-statistic.entity';
import { toGlobalId } from '../../../graphql/global-id';
import { Indicator } from '../../../indicators/indicator.entity';
import { Source } from '../../../sources/source.entity';
import { filterFromQuery } from '../query-filter';
import { idsOf, recordPages } from '../record-pages';
import type { Column, DownloadTable } from '../table';
import { FIGURE_SOURCE_KEY, figureColumns, type FigureCsvRecord } from './figure-columns';

/** A country statistic as the CSV reads it, with its country. */
export interface StatisticCsvRecord extends FigureCsvRecord<CountryStatistic> {
  country: Country;
}

export const STATISTIC_COLUMNS: readonly Column<StatisticCsvRecord>[] = [
  {
    name: 'id',
    type: 'string',
    required: true,
    description: 'Global ID in the API: `node(id:)`.',
    value: (r) => toGlobalId('CountryStatistic', r.figure.id),
  },
  {
    name: 'countryCode',
    type: 'string',
    required: true,
    description: 'ISO 3166-1 alpha-2 code of the member state: `country(code:)` in the API.',
    value: (r) => r.country.code,
  },
  {
    name: 'countryName',
    type: 'string',
    required: true,
    description: 'Name of that member state.',
    value: (r) => r.country.name,
  },
  ...figureColumns<StatisticCsvRecord>(),
];

/** /export/statistics.csv: every member state's headline statistics (all public), by id; no filter. */
export const STATISTICS_TABLE: DownloadTable<StatisticCsvRecord> = {
  name: 'statistics',
  title: 'Country statistics',
  description: 'Headline statistics of the member states, one row per figure, each with its source.',
  columns: STATISTIC_COLUMNS,
  primaryKey: 'id',
  foreignKeys: [FIGURE_SOURCE_KEY],
  async records(context, query) {
    filterFromQuery(context.schema, null, query);
    return recordPages(
      context,
      CountryStatistic,
      idsOf((knex) => knex.from('country_statistic').select('id').orderBy('id', 'asc')),
      async (figure, related) => ({
        figure,
        country: (await related.one(Country, figure.country.id))!,
        indicator: (await related.one(Indicator, figure.indicator.id))!,
        source: (await related.one(Source, figure.source.id))!,
      }),
    );
  },
};
