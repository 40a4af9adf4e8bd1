import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16: a fourth kind, MIGRATION_SERVICES, for services to migrant workers at any stage of
 * migration that are not about return (apps presented at an ASEAN forum). SQLite cannot change a
 * column's check, so each `kind` column is rebuilt: values kept aside, the column dropped (the facet
 * index first, as it holds the column) and added with the new check, the values put back.
 */
const KINDS = ['REINTEGRATION', 'RETURN', 'DESTINATION_SIDE', 'MIGRATION_SERVICES'];
const FACETS_INDEX =
  'create index `practice_facets_index` on `practice` (`status`, `country_id`, `year`, `program_id`, `evidence_level`, `kind`, `themes`, `dimensions`, `levels`, `stakeholders`, `target_groups`);';

export class Migration20261205000000_migration_services_kind extends Migration {
  override async up(): Promise<void> {
    this.rebuildKind(KINDS);
  }

  override async down(): Promise<void> {
    this.addSql("update `practice` set `kind` = 'REINTEGRATION' where `kind` = 'MIGRATION_SERVICES';");
    this.addSql("update `program` set `kind` = 'REINTEGRATION' where `kind` = 'MIGRATION_SERVICES';");
    this.rebuildKind(KINDS.slice(0, 3));
  }

  private rebuildKind(kinds: string[]): void {
    const column = `\`kind\` text check (\`kind\` in (${kinds.map((k) => `'${k}'`).join(', ')})) not null default 'REINTEGRATION'`;
    this.addSql('drop index `practice_facets_index`;');
    for (const table of ['program', 'practice']) {
      this.addSql(`create temporary table \`${table}_kind_kept\` as select \`id\`, \`kind\` from \`${table}\`;`);
      this.addSql(`alter table \`${table}\` drop column \`kind\`;`);
      this.addSql(`alter table \`${table}\` add column ${column};`);
      this.addSql(
        `update \`${table}\` set \`kind\` = (select k.\`kind\` from \`${table}_kind_kept\` k where k.\`id\` = \`${table}\`.\`id\`);`,
      );
      this.addSql(`drop table \`${table}_kind_kept\`;`);
    }
    this.addSql(FACETS_INDEX);
  }
}
