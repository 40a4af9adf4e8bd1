import { Migration } from '@mikro-orm/migrations';

/** The Atlas schema: countries, sources, programmes, practices (with full-text search), outcomes. */
export class Migration20261129000000_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `country` (`id` integer not null primary key autoincrement, `code` text not null, `iso3` text not null, `name` text not null, `member_since` text not null, `migration_profile` text check (`migration_profile` in (\'ORIGIN\', \'DESTINATION\', \'ORIGIN_AND_DESTINATION\')) not null, `lead_agency` text not null, `summary` text not null);');
    this.addSql('create unique index `country_code_unique` on `country` (`code`);');
    this.addSql('create unique index `country_iso3_unique` on `country` (`iso3`);');
    this.addSql('create table `event` (`id` integer not null primary key autoincrement, `key` text not null, `name` text not null, `local_name` text null, `city` text null, `country_id` integer null, `start_date` text not null, `end_date` text null, `organiser` text null, `summary` text not null, constraint `event_country_id_foreign` foreign key(`country_id`) references `country`(`id`) on delete set null on update cascade);');
    this.addSql('create unique index `event_key_unique` on `event` (`key`);');
    this.addSql('create index `event_country_id_index` on `event` (`country_id`);');
    this.addSql('create table `indicator` (`id` integer not null primary key autoincrement, `code` text not null, `name` text not null, `description` text not null, `unit` text not null, `dimension` text check (`dimension` in (\'ECONOMIC\', \'SOCIAL\', \'PSYCHOSOCIAL\')) null, `higher_is_better` integer null);');
    this.addSql('create unique index `indicator_code_unique` on `indicator` (`code`);');
    this.addSql('create table `legal_instrument` (`id` integer not null primary key autoincrement, `country_id` integer not null, `title` text not null, `year` integer null, `date` text null, `summary` text null, constraint `legal_instrument_country_id_foreign` foreign key(`country_id`) references `country`(`id`) on delete cascade on update cascade);');
    this.addSql('create index `legal_instrument_country_id_index` on `legal_instrument` (`country_id`);');
    this.addSql('create table `regional_instrument` (`id` integer not null primary key autoincrement, `key` text not null, `kind` text check (`kind` in (\'DECLARATION\', \'COMMITTEE\', \'CONSENSUS\', \'ACTION_PLAN\', \'WORK_PLAN\', \'GUIDELINES\', \'STATEMENT\')) not null, `title` text not null, `short_title` text null, `adopted_on` text null, `adopted_at` text null, `summary` text not null, `areas` json not null);');
    this.addSql('create unique index `regional_instrument_key_unique` on `regional_instrument` (`key`);');
    this.addSql('create table `program` (`id` integer not null primary key autoincrement, `key` text not null, `name` text not null, `local_name` text null, `acronym` text null, `country_id` integer not null, `lead_agency` text not null, `partners` json not null, `start_year` integer null, `end_year` integer null, `status` text check (`status` in (\'PLANNED\', \'ACTIVE\', \'COMPLETED\', \'DISCONTINUED\')) not null, `summary` text not null, `components` json not null, `dimensions` integer not null, `levels` integer not null, `target_groups` integer not null, `stakeholders` integer not null, constraint `program_country_id_foreign` foreign key(`country_id`) references `country`(`id`) on update cascade);');
    this.addSql('create unique index `program_key_unique` on `program` (`key`);');
    this.addSql('create index `program_country_id_index` on `program` (`country_id`);');
    this.addSql('create table `practice` (`id` integer not null primary key autoincrement, `key` text not null, `title` text not null, `summary` text not null, `body` text not null, `country_id` integer not null, `program_id` integer null, `year` integer not null, `themes` integer not null, `dimensions` integer not null, `levels` integer not null, `stakeholders` integer not null, `target_groups` integer not null, `evidence_level` text check (`evidence_level` in (\'DOCUMENTED\', \'MONITORED\', \'EVALUATED\', \'RIGOROUS\')) not null, `status` text check (`status` in (\'DRAFT\', \'IN_REVIEW\', \'PUBLISHED\', \'REJECTED\', \'ARCHIVED\')) not null default \'DRAFT\', `partners` json not null, `event_id` integer null, `created_at` datetime not null, `updated_at` datetime not null, `version` integer not null default 1, constraint `practice_country_id_foreign` foreign key(`country_id`) references `country`(`id`) on update cascade, constraint `practice_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on delete set null on update cascade, constraint `practice_event_id_foreign` foreign key(`event_id`) references `event`(`id`) on delete set null on update cascade);');
    this.addSql('create unique index `practice_key_unique` on `practice` (`key`);');
    this.addSql('create index `practice_country_id_index` on `practice` (`country_id`);');
    this.addSql('create index `practice_program_id_index` on `practice` (`program_id`);');
    this.addSql('create index `practice_event_id_index` on `practice` (`event_id`);');
    this.addSql('create index `practice_status_program_id_index` on `practice` (`status`, `program_id`);');
    this.addSql('create index `practice_status_year_index` on `practice` (`status`, `year`);');
    this.addSql('create index `practice_status_country_id_index` on `practice` (`status`, `country_id`);');
    this.addSql('create table `source` (`id` integer not null primary key autoincrement, `key` text not null, `title` text not null, `publisher` text null, `url` text not null, `published_on` text null, `language` text null);');
    this.addSql('create unique index `source_key_unique` on `source` (`key`);');
    this.addSql('create unique index `source_url_unique` on `source` (`url`);');
    this.addSql('create table `regional_instrument_sources` (`regional_instrument_id` integer not null, `source_id` integer not null, constraint `regional_instrument_sources_regional_instrument_id_foreign` foreign key(`regional_instrument_id`) references `regional_instrument`(`id`) on delete cascade on update cascade, constraint `regional_instrument_sources_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`regional_instrument_id`, `source_id`));');
    this.addSql('create index `regional_instrument_sources_regional_instrument_id_index` on `regional_instrument_sources` (`regional_instrument_id`);');
    this.addSql('create index `regional_instrument_sources_source_id_index` on `regional_instrument_sources` (`source_id`);');
    this.addSql('create table `program_sources` (`program_id` integer not null, `source_id` integer not null, constraint `program_sources_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on delete cascade on update cascade, constraint `program_sources_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`program_id`, `source_id`));');
    this.addSql('create index `program_sources_program_id_index` on `program_sources` (`program_id`);');
    this.addSql('create index `program_sources_source_id_index` on `program_sources` (`source_id`);');
    this.addSql('create table `practice_sources` (`practice_id` integer not null, `source_id` integer not null, constraint `practice_sources_practice_id_foreign` foreign key(`practice_id`) references `practice`(`id`) on delete cascade on update cascade, constraint `practice_sources_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`practice_id`, `source_id`));');
    this.addSql('create index `practice_sources_practice_id_index` on `practice_sources` (`practice_id`);');
    this.addSql('create index `practice_sources_source_id_index` on `practice_sources` (`source_id`);');
    this.addSql('create table `outcome` (`id` integer not null primary key autoincrement, `program_id` integer not null, `practice_id` integer null, `indicator_id` integer not null, `year` integer not null, `value` double not null, `sex` text check (`sex` in (\'TOTAL\', \'FEMALE\', \'MALE\')) not null default \'TOTAL\', `source_id` integer not null, `note` text null, constraint `outcome_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on delete cascade on update cascade, constraint `outcome_practice_id_foreign` foreign key(`practice_id`) references `practice`(`id`) on delete set null on update cascade, constraint `outcome_indicator_id_foreign` foreign key(`indicator_id`) references `indicator`(`id`) on update cascade, constraint `outcome_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on update cascade);');
    this.addSql('create index `outcome_program_id_index` on `outcome` (`program_id`);');
    this.addSql('create index `outcome_practice_id_index` on `outcome` (`practice_id`);');
    this.addSql('create index `outcome_indicator_id_index` on `outcome` (`indicator_id`);');
    this.addSql('create index `outcome_source_id_index` on `outcome` (`source_id`);');
    this.addSql('create index `outcome_indicator_id_year_index` on `outcome` (`indicator_id`, `year`);');
    this.addSql('create table `legal_instrument_sources` (`legal_instrument_id` integer not null, `source_id` integer not null, constraint `legal_instrument_sources_legal_instrument_id_foreign` foreign key(`legal_instrument_id`) references `legal_instrument`(`id`) on delete cascade on update cascade, constraint `legal_instrument_sources_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`legal_instrument_id`, `source_id`));');
    this.addSql('create index `legal_instrument_sources_legal_instrument_id_index` on `legal_instrument_sources` (`legal_instrument_id`);');
    this.addSql('create index `legal_instrument_sources_source_id_index` on `legal_instrument_sources` (`source_id`);');
    this.addSql('create table `event_sources` (`event_id` integer not null, `source_id` integer not null, constraint `event_sources_event_id_foreign` foreign key(`event_id`) references `event`(`id`) on delete cascade on update cascade, constraint `event_sources_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on delete cascade on update cascade, primary key (`event_id`, `source_id`));');
    this.addSql('create index `event_sources_event_id_index` on `event_sources` (`event_id`);');
    this.addSql('create index `event_sources_source_id_index` on `event_sources` (`source_id`);');
    this.addSql('create table `country_statistic` (`id` integer not null primary key autoincrement, `country_id` integer not null, `indicator_id` integer not null, `year` integer not null, `value` double not null, `sex` text check (`sex` in (\'TOTAL\', \'FEMALE\', \'MALE\')) not null default \'TOTAL\', `source_id` integer not null, `note` text null, constraint `country_statistic_country_id_foreign` foreign key(`country_id`) references `country`(`id`) on delete cascade on update cascade, constraint `country_statistic_indicator_id_foreign` foreign key(`indicator_id`) references `indicator`(`id`) on update cascade, constraint `country_statistic_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on update cascade);');
    this.addSql('create index `country_statistic_country_id_index` on `country_statistic` (`country_id`);');
    this.addSql('create index `country_statistic_indicator_id_index` on `country_statistic` (`indicator_id`);');
    this.addSql('create index `country_statistic_source_id_index` on `country_statistic` (`source_id`);');
    this.addSql('create virtual table `practice_fts` using fts5(title, summary, body, content=\'practice\', content_rowid=\'id\', tokenize=\'porter unicode61 remove_diacritics 2\');');
    this.addSql('create trigger `practice_fts_after_insert` after insert on `practice` begin insert into practice_fts(rowid, title, summary, body) values (new.id, new.title, new.summary, new.body); end;');
    this.addSql('create trigger `practice_fts_after_delete` after delete on `practice` begin insert into practice_fts(practice_fts, rowid, title, summary, body) values (\'delete\', old.id, old.title, old.summary, old.body); end;');
    this.addSql('create trigger `practice_fts_after_update` after update of title, summary, body on `practice` begin insert into practice_fts(practice_fts, rowid, title, summary, body) values (\'delete\', old.id, old.title, old.summary, old.body); insert into practice_fts(rowid, title, summary, body) values (new.id, new.title, new.summary, new.body); end;');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `practice_fts`;');
    this.addSql('drop table if exists `country_statistic`;');
    this.addSql('drop table if exists `event_sources`;');
    this.addSql('drop table if exists `legal_instrument_sources`;');
    this.addSql('drop table if exists `outcome`;');
    this.addSql('drop table if exists `practice_sources`;');
    this.addSql('drop table if exists `program_sources`;');
    this.addSql('drop table if exists `regional_instrument_sources`;');
    this.addSql('drop table if exists `source`;');
    this.addSql('drop table if exists `practice`;');
    this.addSql('drop table if exists `program`;');
    this.addSql('drop table if exists `regional_instrument`;');
    this.addSql('drop table if exists `legal_instrument`;');
    this.addSql('drop table if exists `indicator`;');
    this.addSql('drop table if exists `event`;');
    this.addSql('drop table if exists `country`;');
  }
}
