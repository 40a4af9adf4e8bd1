import type { EntityManager } from '@mikro-orm/knex';
import { Country } from '../../../countries/country.entity';
import { InputProblems } from '../../../graphql/errors';
import { toGlobalId } from '../../../graphql/global-id';
import { Indicator } from '../../../indicators/indicator.entity';
import type { OutcomeFilter } from '../../../outcomes/outcome-filter.input';
import { Outcome } from '../../../outcomes/outcome.entity';
import { outcomeQuery } from '../../../outcomes/outcome-query';
import { Practice } from '../../../practices/practice.entity';
import { ReintegrationProgram } from '../../../programs/program.entity';
import { Source } from '../../../sources/source.entity';
import { atParameters, filterFromQuery } from '../query-filter';
import { idsOf, recordPages } from '../record-pages';
import type { Column, DownloadTable } from '../table';
import { FIGURE_SOURCE_KEY, figureColumns, type FigureCsvRecord } from './figure-columns';

/** An outcome as the CSV reads it: its programme, its practice if the reader may see it, its country. */
export interface OutcomeCsvRecord extends FigureCsvRecord<Outcome> {
  program: ReintegrationProgram;
  practice: Practice | null;
  country: Country;
}

export const OUTCOME_COLUMNS: readonly Column<OutcomeCsvRecord>[] = [
  {
    name: 'id',
    type: 'string',
    required: true,
    description: 'Global ID in the API: `node(id:)`.',
    value: (r) => toGlobalId('Outcome', r.figure.id),
  },
  {
    name: 'programKey',
    type: 'string',
    required: true,
    description: 'Key of the programme whose result it is (`key` of programs.csv).',
    value: (r) => r.program.key,
  },
  {
    name: 'programId',
    type: 'string',
    required: true,
    description: 'Global ID of that programme in the API.',
    value: (r) => toGlobalId('ReintegrationProgram', r.program.id),
  },
  {
    name: 'programName',
    type: 'string',
    required: true,
    description: 'Name of that programme.',
    value: (r) => r.program.name,
  },
  {
    name: 'practiceKey',
    type: 'string',
    description:
      'Key of the practice it measures (`key` of practices.csv); empty if none, or if that practice is not published.',
    value: (r) => r.practice?.key,
  },
  {
    name: 'practiceId',
    type: 'string',
    description: 'Global ID of that practice in the API; empty as practiceKey is.',
    value: (r) => (r.practice ? toGlobalId('Practice', r.practice.id) : null),
  },
  {
    name: 'countryCode',
    type: 'string',
    required: true,
    description: 'ISO 3166-1 alpha-2 code of the programme’s member state.',
    value: (r) => r.country.code,
  },
  ...figureColumns<OutcomeCsvRecord>(),
];

/**
 * /export/outcomes.csv: the outcomes matching the API's `OutcomeFilter` (all are public), by id. An
 * outcome names its practice only where the reader may see that practice, as `Outcome.practice` does.
 */
export const OUTCOMES_TABLE: DownloadTable<OutcomeCsvRecord> = {
  name: 'outcomes',
  title: 'Outcomes',
  description: 'Measured programme results, one row per figure, each with its source.',
  columns: OUTCOME_COLUMNS,
  primaryKey: 'id',
  foreignKeys: [
    { fields: 'programKey', reference: { resource: 'programs', fields: 'key' } },
    { fields: 'practiceKey', reference: { resource: 'practices', fields: 'key' } },
    FIGURE_SOURCE_KEY,
  ],
  filters: 'the fields of the API’s OutcomeFilter',
  async records(context, query) {
    const filter = filterFromQuery<OutcomeFilter>(context.schema, 'OutcomeFilter', query);
    const problems = new InputProblems();
    const filtered = outcomeQuery((context.orm.em.fork() as EntityManager).getKnex(), filter, problems);
    atParameters(() => problems.throwIfAny());
    const ids = idsOf(() => filtered().select('o.id').orderBy('o.id', 'asc'));
    return recordPages(context, Outcome, ids, async (figure, related) => {
      const program = (await related.one(ReintegrationProgram, figure.program.id))!;
      return {
        figure,
        program,
        practice: await related.readable(Practice, figure.practice?.id),
        country: (await related.one(Country, program.country.id))!,
        indicator: (await related.one(Indicator, figure.indicator.id))!,
        source: (await related.one(Source, figure.source.id))!,
      };
    });
  },
};
