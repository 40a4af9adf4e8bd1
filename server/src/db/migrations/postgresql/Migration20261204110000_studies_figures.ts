import { Migration } from '@mikro-orm/migrations';

/**
 * Studies (evaluations, surveys, audit studies, trials) with their programmes and practices; and
 * the slots of figures: whether the source states the year a figure describes (if not, `year` is the
 * source's year of publication), and the breakdown by destination country and programme phase.
 */
export class Migration20261204110000_studies_figures extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "study" ("id" serial primary key, "key" varchar(120) not null, "title" text not null, "authors" text null, "design" text check ("design" in ('RANDOMISED_TRIAL', 'FIELD_EXPERIMENT', 'AUDIT_STUDY', 'QUASI_EXPERIMENTAL', 'EVALUATION', 'TRACER_SURVEY', 'QUALITATIVE', 'REVIEW', 'DESIGN_NOT_STATED')) not null, "year" int null, "sample_size" int null, "sample" text null, "measured" text not null, "findings" text not null, "source_id" int not null, "version" int not null default 1, "updated_at" timestamptz null);`,
    );
    this.addSql(`alter table "study" add constraint "study_key_unique" unique ("key");`);
    this.addSql(
      `alter table "study" add constraint "study_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade;`,
    );
    this.addSql(`create index "study_source_id_index" on "study" ("source_id");`);
    for (const [table, column, target] of [
      ['study_programs', 'program_id', 'program'],
      ['study_practices', 'practice_id', 'practice'],
    ] as const) {
      this.addSql(
        `create table "${table}" ("study_id" int not null, "${column}" int not null, constraint "${table}_pkey" primary key ("study_id", "${column}"));`,
      );
      this.addSql(
        `alter table "${table}" add constraint "${table}_study_id_foreign" foreign key ("study_id") references "study" ("id") on update cascade on delete cascade;`,
      );
      this.addSql(
        `alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "${target}" ("id") on update cascade on delete cascade;`,
      );
      this.addSql(`create index "${table}_study_id_index" on "${table}" ("study_id");`);
      this.addSql(`create index "${table}_${column}_index" on "${table}" ("${column}");`);
    }
    for (const table of ['outcome', 'country_statistic']) {
      this.addSql(`alter table "${table}" add column "year_stated" boolean not null default true;`);
      this.addSql(`alter table "${table}" add column "destination" varchar(2) null;`);
      this.addSql(`alter table "${table}" add column "phase" text null;`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['outcome', 'country_statistic']) {
      this.addSql(`alter table "${table}" drop column "phase";`);
      this.addSql(`alter table "${table}" drop column "destination";`);
      this.addSql(`alter table "${table}" drop column "year_stated";`);
    }
    this.addSql(`drop table if exists "study_practices" cascade;`);
    this.addSql(`drop table if exists "study_programs" cascade;`);
    this.addSql(`drop table if exists "study" cascade;`);
  }
}
