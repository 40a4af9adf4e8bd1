import { Migration } from '@mikro-orm/migrations';

/**
 * Sources the research files flag as weak (a blog, a repost or a document mirror), and the official
 * names of a member state's ministries, departments, laws and decisions in a national language, each
 * with the source that writes it.
 */
export class Migration20261205010000_weak_sources_official_names extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table `source` add column `weak` integer not null default 0;');
    this.addSql(
      'create table `official_name` (`id` integer not null primary key autoincrement, `country_id` integer not null, `name` text not null, `name_as_given` text not null, `language` text not null, `source_id` integer not null, constraint `official_name_country_id_foreign` foreign key(`country_id`) references `country`(`id`) on delete cascade on update cascade, constraint `official_name_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on update cascade);',
    );
    this.addSql('create index `official_name_country_id_index` on `official_name` (`country_id`);');
    this.addSql('create index `official_name_source_id_index` on `official_name` (`source_id`);');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `official_name`;');
    this.addSql('alter table `source` drop column `weak`;');
  }
}
