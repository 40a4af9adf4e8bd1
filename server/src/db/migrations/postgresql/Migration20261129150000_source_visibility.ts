import { Migration } from '@mikro-orm/migrations';

/** The citing tables' `source_id` columns that the initial PostgreSQL schema left unindexed (SQLite has them). */
const CITATIONS = ['event_sources', 'legal_instrument_sources', 'regional_instrument_sources', 'outcome', 'country_statistic'];

/**
 * What the read rule of sources needs (accounts/viewer.ts): who added each source (a source that no
 * public record cites is its author's and the editors' only), filled from each source's CREATE
 * revision so that sources a contributor added before stay theirs; and an index on every column
 * that cites a source, which the rule probes. Without the one on `outcome`, reading 25 sources took
 * 310 ms among 100,000 outcomes (a sequential scan per source) instead of a few.
 */
export class Migration20261129150000_source_visibility extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "source" add column "created_by_id" int null;`);
    this.addSql(
      `alter table "source" add constraint "source_created_by_id_foreign" foreign key ("created_by_id") references "atlas_user" ("id") on update cascade;`,
    );
    this.addSql(`create index "source_created_by_id_index" on "source" ("created_by_id");`);
    this.addSql(
      `update "source" set "created_by_id" = (select "r"."user_id" from "revision" as "r" where "r"."entity_type" = 'Source' and "r"."entity_id" = "source"."id" and "r"."action" = 'CREATE' order by "r"."id" limit 1);`,
    );
    for (const table of CITATIONS) {
      this.addSql(`create index "${table}_source_id_index" on "${table}" ("source_id");`);
    }
  }

  override async down(): Promise<void> {
    for (const table of CITATIONS) this.addSql(`drop index "${table}_source_id_index";`);
    this.addSql(`alter table "source" drop column "created_by_id";`);
  }
}
