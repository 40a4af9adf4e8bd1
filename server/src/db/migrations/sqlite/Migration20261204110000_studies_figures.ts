import { Migration } from '@mikro-orm/migrations';

/**
 * Studies (evaluations, surveys, audit studies, trials) with their programmes and practices; and
 * the slots of figures: whether the source states the year a figure describes (if not, `year` is the
 * source's year of publication), and the breakdown by destination country and programme phase.
 */
export class Migration20261204110000_studies_figures extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `study` (`id` integer not null primary key autoincrement, `key` text not null, `title` text not null, `authors` text null, `design` text check (`design` in ('RANDOMISED_TRIAL', 'FIELD_EXPERIMENT', 'AUDIT_STUDY', 'QUASI_EXPERIMENTAL', 'EVALUATION', 'TRACER_SURVEY', 'QUALITATIVE', 'REVIEW', 'DESIGN_NOT_STATED')) not null, `year` integer null, `sample_size` integer null, `sample` text null, `measured` text not null, `findings` text not null, `source_id` integer not null, `version` integer not null default 1, `updated_at` datetime null, constraint `study_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on update cascade);",
    );
    this.addSql('create unique index `study_key_unique` on `study` (`key`);');
    this.addSql('create index `study_source_id_index` on `study` (`source_id`);');
    this.addSql(
      'create table `study_programs` (`study_id` integer not null, `program_id` integer not null, constraint `study_programs_study_id_foreign` foreign key(`study_id`) references `study`(`id`) on delete cascade on update cascade, constraint `study_programs_program_id_foreign` foreign key(`program_id`) references `program`(`id`) on delete cascade on update cascade, primary key (`study_id`, `program_id`));',
    );
    this.addSql('create index `study_programs_study_id_index` on `study_programs` (`study_id`);');
    this.addSql('create index `study_programs_program_id_index` on `study_programs` (`program_id`);');
    this.addSql(
      'create table `study_practices` (`study_id` integer not null, `practice_id` integer not null, constraint `study_practices_study_id_foreign` foreign key(`study_id`) references `study`(`id`) on delete cascade on update cascade, constraint `study_practices_practice_id_foreign` foreign key(`practice_id`) references `practice`(`id`) on delete cascade on update cascade, primary key (`study_id`, `practice_id`));',
    );
    this.addSql('create index `study_practices_study_id_index` on `study_practices` (`study_id`);');
    this.addSql('create index `study_practices_practice_id_index` on `study_practices` (`practice_id`);');
    for (const table of ['outcome', 'country_statistic']) {
      this.addSql(`alter table \`${table}\` add column \`year_stated\` integer not null default 1;`);
      this.addSql(`alter table \`${table}\` add column \`destination\` text null;`);
      this.addSql(`alter table \`${table}\` add column \`phase\` text null;`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['outcome', 'country_statistic']) {
      this.addSql(`alter table \`${table}\` drop column \`phase\`;`);
      this.addSql(`alter table \`${table}\` drop column \`destination\`;`);
      this.addSql(`alter table \`${table}\` drop column \`year_stated\`;`);
    }
    this.addSql('drop table if exists `study_practices`;');
    this.addSql('drop table if exists `study_programs`;');
    this.addSql('drop table if exists `study`;');
  }
}
