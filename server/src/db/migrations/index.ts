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

/**
 * Migrations are dialect-specific SQL, one folder per database, listed here in order. Full-text
 * search is hand-written (an FTS5 table with triggers on SQLite, a generated tsvector on
 * PostgreSQL): a generated schema diff would not know it, so review every new migration.
 */
const MIGRATIONS: Record<Dialect, MigrationObject[]> = {
  sqlite: [
    { name: 'Migration20261129000000_initial', class: SqliteInitial },
    { name: 'Migration20261129100000_accounts', class: SqliteAccounts },
    { name: 'Migration20261129110000_versions', class: SqliteVersions },
    { name: 'Migration20261129120000_facets_index', class: SqliteFacetsIndex },
    { name: 'Migration20261129130000_outcome_recency_index', class: SqliteOutcomeRecencyIndex },
    { name: 'Migration20261129140000_facet_changes', class: SqliteFacetChanges },
    { name: 'Migration20261129150000_source_visibility', class: SqliteSourceVisibility },
    { name: 'Migration20261129160000_statistic_versions', class: SqliteStatisticVersions },
    { name: 'Migration20261129170000_last_edited', class: SqliteLastEdited },
    { name: 'Migration20261201000000_translations', class: SqliteTranslations },
  ],
  postgresql: [
    { name: 'Migration20261129000000_initial', class: PostgresInitial },
    { name: 'Migration20261129100000_accounts', class: PostgresAccounts },
    { name: 'Migration20261129110000_versions', class: PostgresVersions },
    { name: 'Migration20261129120000_facets_index', class: PostgresFacetsIndex },
    { name: 'Migration20261129130000_outcome_recency_index', class: PostgresOutcomeRecencyIndex },
    { name: 'Migration20261129140000_facet_changes', class: PostgresFacetChanges },
    { name: 'Migration20261129150000_source_visibility', class: PostgresSourceVisibility },
    { name: 'Migration20261129160000_statistic_versions', class: PostgresStatisticVersions },
    { name: 'Migration20261129170000_last_edited', class: PostgresLastEdited },
    { name: 'Migration20261201000000_translations', class: PostgresTranslations },
  ],
};

export function migrationsFor(dialect: Dialect): MigrationObject[] {
  return MIGRATIONS[dialect];
}
