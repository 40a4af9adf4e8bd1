import { Migration } from '@mikro-orm/migrations';

/** Optimistic locking for country statistics, which editors now add, correct and delete one by one. */
export class Migration20261129160000_statistic_versions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "country_statistic" add column "version" int not null default 1;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "country_statistic" drop column "version";`);
  }
}
