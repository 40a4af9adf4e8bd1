import { GeographicReach, MeasureKind, PracticeStatus } from '@atlas/shared';
import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';
import type { CountryCoverage } from './country-coverage.type';

type Row = Record<string, number | string>;

/**
 * Every asked member state's coverage from four grouped statements, batched per request (the
 * coverage page asks for all eleven at once).
 */
export const coverageByCountry = (em: EntityManager) =>
  new DataLoader<number, CountryCoverage>(async (ids) => {
    const knex = em.getKnex();
    const nationalPrograms = knex
      .from('program')
      .select('id', 'country_id')
      .where('reach', GeographicReach.NATIONAL)
      .whereIn('country_id', ids);
    const [practices, outcomes, statistics, studies] = await Promise.all([
      em.execute<Row[]>(
        knex
          .from('practice')
          .select('country_id', 'kind')
          .count({ n: '*' })
          .where('status', PracticeStatus.PUBLISHED)
          .whereIn('country_id', ids)
          .groupBy('country_id', 'kind'),
      ),
      em.execute<Row[]>(
        knex
          .from({ o: 'outcome' })
          .join(nationalPrograms.as('pr'), 'pr.id', 'o.program_id')
          .select('pr.country_id')
          .count({ n: '*' })
          .groupBy('pr.country_id'),
      ),
      em.execute<Row[]>(
        knex
          .from('country_statistic')
          .select('country_id')
          .count({ n: '*' })
          .whereIn('country_id', ids)
          .groupBy('country_id'),
      ),
      em.execute<Row[]>(
        knex
          .from('study_countries')
          .select('country_id')
          .count({ n: '*' })
          .whereIn('country_id', ids)
          .groupBy('country_id'),
      ),
    ]);
    const countOf = (rows: Row[], id: number) =>
      rows.filter((row) => Number(row.country_id) === id).reduce((sum, row) => sum + Number(row.n), 0);
    return ids.map((id) => ({
      practicesByKind: Object.values(MeasureKind).map((kind) => ({
        kind,
        count: countOf(
          practices.filter((row) => row.kind === kind),
          id,
        ),
      })),
      outcomeCount: countOf(outcomes, id),
      statisticCount: countOf(statistics, id),
      studyCount: countOf(studies, id),
    }));
  });
