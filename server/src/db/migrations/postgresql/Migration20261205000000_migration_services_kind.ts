import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16: a fourth kind, MIGRATION_SERVICES, for services to migrant workers at any stage of
 * migration that are not about return (apps presented at an ASEAN forum): the check of each `kind`
 * column takes the new value.
 */
const check = (kinds: string[]) => `check ("kind" in (${kinds.map((k) => `'${k}'`).join(', ')}))`;
const KINDS = ['REINTEGRATION', 'RETURN', 'DESTINATION_SIDE', 'MIGRATION_SERVICES'];

export class Migration20261205000000_migration_services_kind extends Migration {
  override async up(): Promise<void> {
    for (const table of ['program', 'practice']) {
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_kind_check" ${check(KINDS)};`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['program', 'practice']) {
      this.addSql(`update "${table}" set "kind" = 'REINTEGRATION' where "kind" = 'MIGRATION_SERVICES';`);
      this.addSql(`alter table "${table}" drop constraint if exists "${table}_kind_check";`);
      this.addSql(`alter table "${table}" add constraint "${table}_kind_check" ${check(KINDS.slice(0, 3))};`);
    }
  }
}
