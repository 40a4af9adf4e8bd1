import { Migration } from '@mikro-orm/migrations';
import { STUDY_COUNTRIES_BACKFILL } from '../study-countries-backfill';

/**
 * The member states a study concerns (`study_countries`), so that a study of a state is counted and
 * listed there even when no programme or practice of that state fits it. Existing studies start with
 * the states of their programmes and practices.
 */
export class Migration20261205040000_study_countries extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table `study_countries` (`study_id` integer not null, `country_id` integer not null, constraint `study_countries_study_id_foreign` foreign key(`study_id`) references `study`(`id`) on delete cascade on update cascade, constraint `study_countries_country_id_foreign` foreign key(`country_id`) references `country`(`id`) on delete cascade on update cascade, primary key (`study_id`, `country_id`));',
    );
    this.addSql('create index `study_countries_study_id_index` on `study_countries` (`study_id`);');
    this.addSql('create index `study_countries_country_id_index` on `study_countries` (`country_id`);');
    this.addSql(STUDY_COUNTRIES_BACKFILL);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `study_countries`;');
  }
}
