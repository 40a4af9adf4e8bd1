import { Migration } from '@mikro-orm/migrations';

/**
 * Who added each source, for the read rule of sources (accounts/viewer.ts): a source that no public
 * record cites is its author's and the editors' only. Filled from each source's CREATE revision, so
 * that sources a contributor added before this migration stay theirs.
 */
export class Migration20261129150000_source_visibility extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'alter table `source` add column `created_by_id` integer null references `atlas_user` (`id`) on update cascade;',
    );
    this.addSql('create index `source_created_by_id_index` on `source` (`created_by_id`);');
    this.addSql(
      "update `source` set `created_by_id` = (select `r`.`user_id` from `revision` as `r` where `r`.`entity_type` = 'Source' and `r`.`entity_id` = `source`.`id` and `r`.`action` = 'CREATE' order by `r`.`id` limit 1);",
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop index `source_created_by_id_index`;');
    this.addSql('alter table `source` drop column `created_by_id`;');
  }
}
