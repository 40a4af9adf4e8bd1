/**
 * How to cite the Atlas and under which terms it may be reused: one text, served by the `about`
 * query, in the schema's description, at the top of /export/atlas.json and in the README.
 */
export const ATLAS_NAME = 'Reintegration Atlas (ASEAN)';

export const ATLAS_DESCRIPTION =
  'A compilation of public sources on the return and reintegration of migrant workers in the 11 ASEAN member states: ' +
  'programmes, practices and outcome figures gathered from government reports, workshop proceedings, evaluations and ' +
  'news, each citing where it comes from. The Atlas does not produce statistics of its own and is not an official ' +
  'publication of ASEAN or of any government.';

export const LICENCE = 'CC BY 4.0 (Creative Commons Attribution 4.0 International)';
export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const LICENCE_NOTE =
  'CC BY 4.0 covers the compilation: the selection, classification and arrangement of the records and the summaries ' +
  'written for the Atlas. The underlying sources keep their own terms: a figure or text taken from a source is ' +
  'reused under that source’s terms.';

export const CITE_SOURCES_NOTE =
  'Cite every figure to its own source (the `source` of each outcome and statistic, the `sources` of each practice ' +
  'and programme, with their URLs), and the Atlas for the compilation.';

const URL_PLACEHOLDER = '<URL of the Atlas>';

/** "Reintegration Atlas (ASEAN). https://…/. Accessed 2026-03-01." */
export function citation(url: string | null | undefined, accessed: Date = new Date()): string {
  return `${ATLAS_NAME}. ${url?.trim() || URL_PLACEHOLDER}. Accessed ${accessed.toISOString().slice(0, 10)}.`;
}

/** The paragraph of the schema description and the README. */
export const CITING_AND_LICENCE = `How to cite: "${ATLAS_NAME}. ${URL_PLACEHOLDER}. Accessed <YYYY-MM-DD>." ${CITE_SOURCES_NOTE}
Licence: ${LICENCE}, ${LICENCE_URL}, for the compilation; the underlying sources keep their own terms.
The Atlas compiles public sources; it is not an official publication of ASEAN or of any government. See \`about\`.`;

/** The format of the dataset (`/export/atlas.json`, `pnpm cli export`), named at its head. */
export const DATA_FORMAT = 'reintegration-atlas';
export const DATA_FORMAT_VERSION = 1;

/**
 * The version of the GraphQL schema (semantic versioning), as CHANGELOG.md heads its changes. The
 * schema of each release is kept in shared/schema-releases/; a test (graphql-inspector's diff) fails
 * on a breaking change against the last one that was not deprecated there first and named in the
 * CHANGELOG.
 */
export const SCHEMA_VERSION = '1.1.0';

/**
 * The downloads, as `about.downloads` lists them: the CSVs (bulk/downloads/download-tables.ts; a test
 * checks that each is here), their data package descriptor, the JSON dataset.
 */
export const DOWNLOADS = [
  '/export/practices.csv',
  '/export/programs.csv',
  '/export/outcomes.csv',
  '/export/statistics.csv',
  '/export/sources.csv',
  '/export/datapackage.json',
  '/export/atlas.json',
] as const;
