import type { EntityManager } from '@mikro-orm/knex';
import { FACET_ROW_COLUMNS, PracticeStatus, type FacetRow, type SnapshotPractices } from '@atlas/shared';
import type { AtlasOrm } from '../db/orm';
import { toGlobalId } from '../graphql/global-id';
import { PracticeOrder } from '../practices/practice-order';
import type { PublicApi } from '../headless/public-api';
import type { RecordedAnswer } from './record-answers';

const PAGE = 'first: 100, after: $after';

/**
 * What the practice browser of a snapshot filters, counts and pages, in each language: every
 * published practice's facet columns (read from the database as the server's facet columns read
 * them, the author left out), their order under each `PracticeOrder` with the API's cursor of each
 * (so that the browser's pages hand out the API's own cursors) and their list entries (asked
 * of the API with the dashboard's own `PracticeList` query, recorded while its pages were read).
 */
export async function practiceDatasets(
  orm: AtlasOrm,
  api: PublicApi,
  practiceList: RecordedAnswer,
  languages: string[],
): Promise<Record<string, SnapshotPractices>> {
  const em = orm.em.fork() as EntityManager;
  const knex = em.getKnex();
  const [rows, countries, programRows] = await Promise.all([
    em.execute<FacetRow[]>(
      knex
        .from('practice')
        .select(...FACET_ROW_COLUMNS)
        .where('status', PracticeStatus.PUBLISHED)
        .orderBy('id'),
    ),
    em.execute<{ id: number | string; code: string; name: string }[]>(
      knex.from('country').select('id', 'code', 'name').orderBy('name'),
    ),
    em.execute<{ id: number | string; name: string; acronym: string | null }[]>(
      knex.from('program').select('id', 'name', 'acronym'),
    ),
  ]);
  const published: FacetRow[] = rows.map((row) => ({ ...row, created_by_id: null }));
  const globalIds = published.map((row) => toGlobalId('Practice', Number(row.id)));
  const orders: Record<string, string[]> = {};
  const cursors: Record<string, string[]> = {};
  for (const order of Object.values(PracticeOrder)) {
    // The edges under the name `nodes`, which everyNode reads.
    const edges = await api.everyNode<{ cursor: string; node: { id: string } }>(
      'practices',
      `query($after: String, $order: PracticeOrder) { practices(${PAGE}, orderBy: $order) { nodes: edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
      { order },
    );
    orders[order] = edges.map((edge) => edge.node.id);
    cursors[order] = edges.map((edge) => edge.cursor);
  }
  const usedPrograms = new Set(published.map((row) => Number(row.program_id)));
  const base = {
    rows: published,
    globalIds,
    orders,
    cursors,
    countries: countries.map((country) => ({ id: Number(country.id), code: country.code, name: country.name })),
    programs: programRows
      .filter((program) => usedPrograms.has(Number(program.id)))
      .map((program) => ({
        id: Number(program.id),
        globalId: toGlobalId('ReintegrationProgram', Number(program.id)),
        name: program.name,
        acronym: program.acronym,
      })),
  };
  const datasets: Record<string, SnapshotPractices> = {};
  for (const language of languages) {
    const recorded = JSON.parse(practiceList.variables ?? '{}') as object;
    const variables = { ...recorded, language, filter: {}, orderBy: PracticeOrder.NEWEST, first: 100 };
    const nodes = await api.everyNode<{ id: string }>('practices', practiceList.query, variables);
    datasets[language] = { ...base, nodes: Object.fromEntries(nodes.map((node) => [node.id, node])) };
  }
  return datasets;
}
