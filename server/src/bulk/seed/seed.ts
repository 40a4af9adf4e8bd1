import type { EntityManager } from '@mikro-orm/knex';
import { Country } from '../../countries/country.entity';
import type { AtlasOrm } from '../../db/orm';
import { importAtlas } from '../transfer/import';
import { idSuffix, loadSeed, SeedError } from './load-seed';
import type { SeedData } from './seed-schema';
import { loadSeedTranslations, writeSeedTranslations } from './seed-translations';

export type SeedCounts = Record<
  | 'countries'
  | 'programs'
  | 'practices'
  | 'indicators'
  | 'outcomes'
  | 'statistics'
  | 'sources'
  | 'studies'
  | 'events'
  | 'instruments'
  | 'translations',
  number
>;

/**
 * Loads the real seed into an empty database; returns null if it had data. The seed is written
 * as any import is (one transaction, all or nothing): one writer for both. The seed files are read
 * only when the database is empty: parsing and checking them took a second of every start.
 */
export async function seedIfEmpty(orm: AtlasOrm, given?: SeedData): Promise<SeedCounts | null> {
  if ((await (orm.em.fork() as EntityManager).count(Country)) > 0) return null;
  const data = given ?? loadSeed();
  // The files' translations name the files' records: a seed given in code has none.
  const translations = given ? [] : loadSeedTranslations(data);
  const result = await importAtlas(orm, {
    data,
    problems: [],
    locate: (kind, index, record) => `${kind}.yaml, record ${index + 1}${idSuffix(record)}`,
  });
  if (!result.ok) throw new SeedError(result.problems);
  await writeSeedTranslations(orm.em.fork() as EntityManager, translations);
  return {
    countries: data.countries.length,
    programs: data.programs.length,
    practices: data.practices.length,
    indicators: data.indicators.length,
    outcomes: data.outcomes.length,
    statistics: data.statistics.length,
    sources: data.sources.length,
    studies: data.studies.length,
    events: data.events.length,
    instruments: data.framework.length,
    translations: translations.length,
  };
}
