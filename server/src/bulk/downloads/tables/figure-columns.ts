import { Sex } from '@atlas/shared';
import type { Indicator } from '../../../indicators/indicator.entity';
import type { Source } from '../../../sources/source.entity';
import type { Column } from '../table';

/** What outcomes and country statistics have in common. */
interface Figure {
  id: number;
  year: number;
  yearStated: boolean;
  destination: string | null;
  phase: string | null;
  value: number;
  sex: Sex;
  note?: string | null;
}

/** A figure (an outcome or a country statistic) with the records every figure refers to. */
export interface FigureCsvRecord<F extends Figure> {
  figure: F;
  indicator: Indicator;
  source: Source;
}

/** The columns outcomes.csv and statistics.csv share, after their own: what is measured, the figure, its source. */
export function figureColumns<R extends FigureCsvRecord<Figure>>(): Column<R>[] {
  return [
    {
      name: 'indicatorCode',
      type: 'string',
      required: true,
      description: 'Code of the indicator measured: `indicator(code:)` in the API.',
      value: (r) => r.indicator.code,
    },
    {
      name: 'indicatorUnit',
      type: 'string',
      required: true,
      description: 'Unit of the value.',
      value: (r) => r.indicator.unit,
    },
    {
      name: 'year',
      type: 'integer',
      required: true,
      description:
        'Year (period) the figure describes; where its source does not say (yearStated false), the year the source was published.',
      value: (r) => r.figure.year,
    },
    {
      name: 'yearStated',
      type: 'boolean',
      required: true,
      description: 'Whether the source states the year the figure describes (`true`/`false`).',
      value: (r) => r.figure.yearStated,
    },
    {
      name: 'value',
      type: 'number',
      required: true,
      description: 'The figure, in the unit of its indicator.',
      value: (r) => r.figure.value,
    },
    {
      name: 'sex',
      type: 'string',
      required: true,
      description: 'Sex disaggregation (Sex): TOTAL when not disaggregated.',
      values: Object.values(Sex),
      value: (r) => r.figure.sex,
    },
    {
      name: 'destination',
      type: 'string',
      description:
        'Breakdown: the destination country the figure is about (ISO 3166-1 alpha-2); empty when not broken down.',
      value: (r) => r.figure.destination,
    },
    {
      name: 'phase',
      type: 'string',
      description: 'Breakdown: the programme phase the figure is about; empty when not broken down.',
      value: (r) => r.figure.phase,
    },
    {
      name: 'note',
      type: 'string',
      description: 'Caveats: period covered, definitions, disagreements.',
      value: (r) => r.figure.note,
    },
    {
      name: 'sourceKey',
      type: 'string',
      required: true,
      description: 'Key of the source it comes from (`key` of sources.csv).',
      value: (r) => r.source.key,
    },
    {
      name: 'sourceUrl',
      type: 'string',
      format: 'uri',
      required: true,
      description: 'Address of that source.',
      value: (r) => r.source.url,
    },
  ];
}

/** The foreign key every figure has: its source, in sources.csv. */
export const FIGURE_SOURCE_KEY = { fields: 'sourceKey', reference: { resource: 'sources', fields: 'key' } } as const;
