import { practiceVisibility, readableSourceIds } from '../../../access/viewer';
import { toGlobalId } from '../../../graphql/global-id';
import { Source } from '../../../sources/source.entity';
import { filterFromQuery } from '../query-filter';
import { idsOf, recordPages } from '../record-pages';
import type { Column, DownloadTable } from '../table';

export const SOURCE_COLUMNS: readonly Column<Source>[] = [
  {
    name: 'id',
    type: 'string',
    required: true,
    description: 'Global ID in the API: `source(id:)`, `node(id:)`.',
    value: (s) => toGlobalId('Source', s.id),
  },
  {
    name: 'key',
    type: 'string',
    required: true,
    description: 'Stable key: `source(key:)` in the API; `sourceKey(s)` of the other files.',
    value: (s) => s.key,
  },
  {
    name: 'title',
    type: 'string',
    required: true,
    description: 'Title of the cited document or page.',
    value: (s) => s.title,
  },
  {
    name: 'publisher',
    type: 'string',
    description: 'Who published it.',
    value: (s) => s.publisher,
  },
  {
    name: 'weak',
    type: 'boolean',
    required: true,
    description:
      'Whether the research files flag it as weak: a blog, a repost or a document mirror, not the publisher’s own copy.',
    value: (s) => s.weak,
  },
  {
    name: 'publishedOn',
    type: 'string',
    description: 'Publication date, ISO 8601, possibly partial (`2019`, `2019-08`, `2019-08-27`).',
    value: (s) => s.publishedOn,
  },
  {
    name: 'language',
    type: 'string',
    description: 'Language of the document, ISO 639-1 (`en`, `id`, …).',
    value: (s) => s.language,
  },
  {
    name: 'url',
    type: 'string',
    format: 'uri',
    required: true,
    description: 'Address of the document, exactly as cited: `source(url:)` in the API.',
    value: (s) => s.url,
  },
];

/**
 * /export/sources.csv: the sources the reader may read (access/viewer.ts: those a readable record
 * cites, curated ones, the reader's own; all of them for editors), by id; no filter.
 */
export const SOURCES_TABLE: DownloadTable<Source> = {
  name: 'sources',
  title: 'Sources',
  description: 'The documents the records cite, one row each.',
  columns: SOURCE_COLUMNS,
  primaryKey: 'key',
  foreignKeys: [],
  async records(context, query) {
    filterFromQuery(context.schema, null, query);
    const visibility = practiceVisibility(context.viewer);
    return recordPages(
      context,
      Source,
      idsOf((knex) => {
        const sources = knex.from({ s: 'source' }).select('s.id').orderBy('s.id', 'asc');
        return visibility.all ? sources : sources.whereIn('s.id', readableSourceIds(knex, visibility));
      }),
      async (source) => source,
    );
  },
};
