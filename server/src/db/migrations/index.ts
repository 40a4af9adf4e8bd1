import type { MigrationObject } from '@mikro-orm/core';
import type { Dialect } from '../../config';
import { Migration20261129000000_initial as PostgresInitial } from './postgresql/Migration20261129000000_initial';
import { Migration20261129100000_accounts as PostgresAccounts } from './postgresql/Migration20261129100000_accounts';
import { Migration20261129110000_versions as PostgresVersions } from './postgresql/Migration20261129110000_versions';
import { Migration20261129120000_facets_index as PostgresFacetsIndex } from './postgresql/Migration20261129120000_facets_index';
import { Migration20261129130000_outcome_recency_index as PostgresOutcomeRecencyIndex } from './postgresql/Migration20261129130000_outcome_recency_index';
import { Migration20261129140000_facet_changes as PostgresFacetChanges } from './postgresql/Migration20261129140000_facet_changes';
import { Migration20261129150000_source_visibility as PostgresSourceVisibility } from './postgresql/Migration20261129150000_source_visibility';
import { Migration20261129160000_statistic_versions as PostgresStatisticVersions } from './postgresql/Migration20261129160000_statistic_versions';
import { Migration20261129170000_last_edited as PostgresLastEdited } from './postgresql/Migration20261129170000_last_edited';
import { Migration20261201000000_translations as PostgresTranslations } from './postgresql/Migration20261201000000_translations';
import { Migration20261204000000_not_found as PostgresNotFound } from './postgresql/Migration20261204000000_not_found';
import { Migration20261204100000_kinds_and_reach as PostgresKindsAndReach } from './postgresql/Migration20261204100000_kinds_and_reach';
import { Migration20261204110000_studies_figures as PostgresStudiesFigures } from './postgresql/Migration20261204110000_studies_figures';
import { Migration20261205000000_migration_services_kind as PostgresMigrationServicesKind } from './postgresql/Migration20261205000000_migration_services_kind';
import { Migration20261205010000_weak_sources_official_names as PostgresWeakSourcesOfficialNames } from './postgresql/Migration20261205010000_weak_sources_official_names';
import { Migration20261205040000_study_countries as PostgresStudyCountries } from './postgresql/Migration20261205040000_study_countries';
import { Migration20261205050000_title_search as PostgresTitleSearch } from './postgresql/Migration20261205050000_title_search';
import { Migration20261129000000_initial as SqliteInitial } from './sqlite/Migration20261129000000_initial';
import { Migration20261129100000_accounts as SqliteAccounts } from './sqlite/Migration20261129100000_accounts';
import { Migration20261129110000_versions as SqliteVersions } from './sqlite/Migration20261129110000_versions';
import { Migration20261129120000_facets_index as SqliteFacetsIndex } from './sqlite/Migration20261129120000_facets_index';
import { Migration20261129130000_outcome_recency_index as SqliteOutcomeRecencyIndex } from './sqlite/Migration20261129130000_outcome_recency_index';
import { Migration20261129140000_facet_changes as SqliteFacetChanges } from './sqlite/Migration20261129140000_facet_changes';
import { Migration20261129150000_source_visibility as SqliteSourceVisibility } from './sqlite/Migration20261129150000_source_visibility';
import { Migration20261129160000_statistic_versions as SqliteStatisticVersions } from './sqlite/Migration20261129160000_statistic_versions';
import { Migration20261129170000_last_edited as SqliteLastEdited } from './sqlite/Migration20261129170000_last_edited';
import { Migration20261201000000_translations as SqliteTranslations } from './sqlite/Migration20261201000000_translations';
import { Migration20261204000000_not_found as SqliteNotFound } from './sqlite/Migration20261204000000_not_found';
import { Migration20261204100000_kinds_and_reach as SqliteKindsAndReach } from './sqlite/Migration20261204100000_kinds_and_reach';
import { Migration20261204110000_studies_figures as SqliteStudiesFigures } from './sqlite/Migration20261204110000_studies_figures';
import { Migration20261205000000_migration_services_kind as SqliteMigrationServicesKind } from './sqlite/Migration20261205000000_migration_services_kind';
import { Migration20261205010000_weak_sources_official_names as SqliteWeakSourcesOfficialNames } from './sqlite/Migration20261205010000_weak_sources_official_names';
import { Migration20261205040000_study_countries as SqliteStudyCountries } from './sqlite/Migration20261205040000_study_countries';

/**
 * Migrations are dialect-specific SQL, one folder per database, listed here in order: a row per
 * migration, with its class for each dialect. Full-text search is hand-written (an FTS5 table with
 * triggers on SQLite, a generated tsvector on PostgreSQL): a generated schema diff would not know
 * it, so review every new migration. A row without a dialect's class changes nothing there.
 */
const MIGRATIONS: [
  name: string,
  sqlite: MigrationObject['class'] | null,
  postgresql: MigrationObject['class'] | null,
][] = [
  ['Migration20261129000000_initial', SqliteInitial, PostgresInitial],
  ['Migration20261129100000_accounts', SqliteAccounts, PostgresAccounts],
  ['Migration20261129110000_versions', SqliteVersions, PostgresVersions],
  ['Migration20261129120000_facets_index', SqliteFacetsIndex, PostgresFacetsIndex],
  ['Migration20261129130000_outcome_recency_index', SqliteOutcomeRecencyIndex, PostgresOutcomeRecencyIndex],
  ['Migration20261129140000_facet_changes', SqliteFacetChanges, PostgresFacetChanges],
  ['Migration20261129150000_source_visibility', SqliteSourceVisibility, PostgresSourceVisibility],
  ['Migration20261129160000_statistic_versions', SqliteStatisticVersions, PostgresStatisticVersions],
  ['Migration20261129170000_last_edited', SqliteLastEdited, PostgresLastEdited],
  ['Migration20261201000000_translations', SqliteTranslations, PostgresTranslations],
  ['Migration20261204000000_not_found', SqliteNotFound, PostgresNotFound],
  ['Migration20261204100000_kinds_and_reach', SqliteKindsAndReach, PostgresKindsAndReach],
  ['Migration20261204110000_studies_figures', SqliteStudiesFigures, PostgresStudiesFigures],
  ['Migration20261205000000_migration_services_kind', SqliteMigrationServicesKind, PostgresMigrationServicesKind],
  [
    'Migration20261205010000_weak_sources_official_names',
    SqliteWeakSourcesOfficialNames,
    PostgresWeakSourcesOfficialNames,
  ],
  ['Migration20261205040000_study_countries', SqliteStudyCountries, PostgresStudyCountries],
  // SQLite ranks with FTS5's bm25, whose scores no title tier bounds: nothing to add there.
  ['Migration20261205050000_title_search', null, PostgresTitleSearch],
];

export function migrationsFor(dialect: Dialect): MigrationObject[] {
  return MIGRATIONS.flatMap(([name, sqlite, postgresql]) => {
    const migration = { sqlite, postgresql }[dialect];
    return migration ? [{ name, class: migration }] : [];
  });
}
