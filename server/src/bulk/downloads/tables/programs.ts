import { filterTextProblem, GeographicReach, MeasureKind, ProgramStatus } from '@atlas/shared';
import { Country } from '../../../countries/country.entity';
import { InputProblems } from '../../../graphql/errors';
import { toGlobalId } from '../../../graphql/global-id';
import type { ProgramFilter } from '../../../programs/program-filter.input';
import { programQuery } from '../../../programs/program-search';
import { ReintegrationProgram } from '../../../programs/program.entity';
import type { Source } from '../../../sources/source.entity';
import { DIMENSIONS, LEVELS, STAKEHOLDERS, TARGET_GROUPS } from '../../../vocabularies';
import { atParameters, filterFromQuery } from '../query-filter';
import { idsOf, recordPages } from '../record-pages';
import type { Column, DownloadTable } from '../table';

/** A programme as the CSV reads it, with the records it refers to. */
export interface ProgramCsvRecord {
  program: ReintegrationProgram;
  country: Country;
  partnerCountries: Country[];
  sources: Source[];
  siteUrl: string;
}

const idOf = (record: ProgramCsvRecord) => toGlobalId('ReintegrationProgram', record.program.id);

export const PROGRAM_COLUMNS: readonly Column<ProgramCsvRecord>[] = [
  {
    name: 'id',
    type: 'string',
    required: true,
    description: 'Global ID in the API: `program(id:)`, `node(id:)`; `programId` of practices.csv.',
    value: idOf,
  },
  {
    name: 'key',
    type: 'string',
    required: true,
    description:
      'Stable key (`desmigratif`): `program(key:)` in the API; `programKey` of practices.csv and outcomes.csv.',
    value: (r) => r.program.key,
  },
  { name: 'name', type: 'string', required: true, description: 'Name in English.', value: (r) => r.program.name },
  {
    name: 'localName',
    type: 'string',
    description: 'Name in the national language, where different.',
    value: (r) => r.program.localName,
  },
  { name: 'acronym', type: 'string', description: 'Acronym or short name.', value: (r) => r.program.acronym },
  {
    name: 'countryCode',
    type: 'string',
    required: true,
    description:
      'ISO 3166-1 alpha-2 code of the member state where it runs (its lead or filing state if it runs in several).',
    value: (r) => r.country.code,
  },
  {
    name: 'partnerCountryCodes',
    type: 'array',
    description: 'ISO codes of the other member states it runs in, a JSON array (empty for a national programme).',
    value: (r) => r.partnerCountries.map((country) => country.code).sort(),
  },
  {
    name: 'reach',
    type: 'string',
    required: true,
    description: 'One member state, several, or the region (GeographicReach).',
    values: Object.values(GeographicReach),
    value: (r) => r.program.reach,
  },
  {
    name: 'kind',
    type: 'string',
    required: true,
    description:
      'What it is: reintegration, return, a destination state’s measure, or services to migrant workers (MeasureKind).',
    values: Object.values(MeasureKind),
    value: (r) => r.program.kind,
  },
  {
    name: 'status',
    type: 'string',
    required: true,
    description: 'Status as last reported (ProgramStatus).',
    values: Object.values(ProgramStatus),
    value: (r) => r.program.status,
  },
  {
    name: 'leadAgency',
    type: 'string',
    required: true,
    description: 'Agency that runs it.',
    value: (r) => r.program.leadAgency,
  },
  {
    name: 'partners',
    type: 'array',
    description: 'Partners (other governments, agencies, donors), a JSON array.',
    value: (r) => r.program.partners,
  },
  {
    name: 'startYear',
    type: 'integer',
    description: 'Year it started; empty where unknown.',
    value: (r) => r.program.startYear,
  },
  {
    name: 'endYear',
    type: 'integer',
    description: 'Year it ended; empty if it has not or where unknown.',
    value: (r) => r.program.endYear,
  },
  {
    name: 'dimensions',
    type: 'array',
    description: 'Reintegration dimensions it addresses (Dimension), a JSON array.',
    values: DIMENSIONS,
    value: (r) => r.program.dimensions,
  },
  {
    name: 'levels',
    type: 'array',
    description: 'Levels it works at (Level), a JSON array.',
    values: LEVELS,
    value: (r) => r.program.levels,
  },
  {
    name: 'stakeholders',
    type: 'array',
    description: 'Kinds of organisation involved (Stakeholder), a JSON array.',
    values: STAKEHOLDERS,
    value: (r) => r.program.stakeholders,
  },
  {
    name: 'targetGroups',
    type: 'array',
    description: 'Whom it serves (TargetGroup), a JSON array.',
    values: TARGET_GROUPS,
    value: (r) => r.program.targetGroups,
  },
  {
    name: 'summary',
    type: 'string',
    required: true,
    description: 'What the programme does, for whom.',
    value: (r) => r.program.summary,
  },
  {
    name: 'url',
    type: 'string',
    format: 'uri',
    required: true,
    description: 'Its page on the Atlas’s dashboard.',
    value: (r) => `${r.siteUrl}/programs/${encodeURIComponent(idOf(r))}`,
  },
  {
    name: 'sourceKeys',
    type: 'array',
    description: 'Keys of the sources that document it (`key` of sources.csv), a JSON array.',
    value: (r) => r.sources.map((source) => source.key),
  },
  {
    name: 'sourceUrls',
    type: 'array',
    description: 'Addresses of those sources, in the same order, a JSON array.',
    value: (r) => r.sources.map((source) => source.url),
  },
];

/** /export/programs.csv: the programmes matching the API's `ProgramFilter` (all are public), by id. */
export const PROGRAMS_TABLE: DownloadTable<ProgramCsvRecord> = {
  name: 'programs',
  title: 'Programmes',
  description:
    'Programmes (reintegration, return, destination states’ measures, services to migrant workers), one row each.',
  columns: PROGRAM_COLUMNS,
  primaryKey: 'key',
  foreignKeys: [],
  filters: 'the fields of the API’s ProgramFilter',
  async records(context, query) {
    const filter = filterFromQuery<ProgramFilter>(context.schema, 'ProgramFilter', query);
    atParameters(() => new InputProblems().addIf('filter.text', filterTextProblem(filter.text)).throwIfAny());
    return recordPages(
      context,
      ReintegrationProgram,
      idsOf((knex) => programQuery(knex, filter).select('pr.id').orderBy('pr.id', 'asc')),
      async (program, related) => ({
        program,
        country: (await related.one(Country, program.country.id))!,
        partnerCountries: await related.collection(ReintegrationProgram, 'partnerCountries', program.id),
        sources: await related.collection(ReintegrationProgram, 'sources', program.id),
        siteUrl: context.siteUrl,
      }),
    );
  },
};
