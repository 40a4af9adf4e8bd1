import { Migration } from '@mikro-orm/migrations';

/** The Atlas schema: countries, sources, programmes, practices (with full-text search), outcomes. */
export class Migration20261129000000_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "country" ("id" serial primary key, "code" varchar(2) not null, "iso3" varchar(3) not null, "name" varchar(100) not null, "member_since" varchar(10) not null, "migration_profile" text check ("migration_profile" in ('ORIGIN', 'DESTINATION', 'ORIGIN_AND_DESTINATION')) not null, "lead_agency" text not null, "summary" text not null);`);
    this.addSql(`alter table "country" add constraint "country_code_unique" unique ("code");`);
    this.addSql(`alter table "country" add constraint "country_iso3_unique" unique ("iso3");`);
    this.addSql(`create table "event" ("id" serial primary key, "key" varchar(120) not null, "name" text not null, "local_name" text null, "city" varchar(120) null, "country_id" int null, "start_date" varchar(10) not null, "end_date" varchar(10) null, "organiser" text null, "summary" text not null);`);
    this.addSql(`alter table "event" add constraint "event_key_unique" unique ("key");`);
    this.addSql(`create table "indicator" ("id" serial primary key, "code" varchar(80) not null, "name" text not null, "description" text not null, "unit" varchar(80) not null, "dimension" text check ("dimension" in ('ECONOMIC', 'SOCIAL', 'PSYCHOSOCIAL')) null, "higher_is_better" boolean null);`);
    this.addSql(`alter table "indicator" add constraint "indicator_code_unique" unique ("code");`);
    this.addSql(`create table "legal_instrument" ("id" serial primary key, "country_id" int not null, "title" text not null, "year" int null, "date" varchar(10) null, "summary" text null);`);
    this.addSql(`create table "regional_instrument" ("id" serial primary key, "key" varchar(120) not null, "kind" text check ("kind" in ('DECLARATION', 'COMMITTEE', 'CONSENSUS', 'ACTION_PLAN', 'WORK_PLAN', 'GUIDELINES', 'STATEMENT')) not null, "title" text not null, "short_title" varchar(120) null, "adopted_on" varchar(10) null, "adopted_at" text null, "summary" text not null, "areas" jsonb not null);`);
    this.addSql(`alter table "regional_instrument" add constraint "regional_instrument_key_unique" unique ("key");`);
    this.addSql(`create table "program" ("id" serial primary key, "key" varchar(120) not null, "name" text not null, "local_name" text null, "acronym" varchar(60) null, "country_id" int not null, "lead_agency" text not null, "partners" jsonb not null, "start_year" int null, "end_year" int null, "status" text check ("status" in ('PLANNED', 'ACTIVE', 'COMPLETED', 'DISCONTINUED')) not null, "summary" text not null, "components" jsonb not null, "dimensions" integer not null, "levels" integer not null, "target_groups" integer not null, "stakeholders" integer not null);`);
    this.addSql(`alter table "program" add constraint "program_key_unique" unique ("key");`);
    this.addSql(`create table "practice" ("id" serial primary key, "key" varchar(120) not null, "title" text not null, "summary" text not null, "body" text not null, "country_id" int not null, "program_id" int null, "year" int not null, "themes" integer not null, "dimensions" integer not null, "levels" integer not null, "stakeholders" integer not null, "target_groups" integer not null, "evidence_level" text check ("evidence_level" in ('DOCUMENTED', 'MONITORED', 'EVALUATED', 'RIGOROUS')) not null, "status" text check ("status" in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED')) not null default 'DRAFT', "partners" jsonb not null, "event_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1);`);
    this.addSql(`alter table "practice" add constraint "practice_key_unique" unique ("key");`);
    this.addSql(`create index "practice_status_program_id_index" on "practice" ("status", "program_id");`);
    this.addSql(`create index "practice_status_year_index" on "practice" ("status", "year");`);
    this.addSql(`create index "practice_status_country_id_index" on "practice" ("status", "country_id");`);
    this.addSql(`create table "source" ("id" serial primary key, "key" varchar(120) not null, "title" text not null, "publisher" varchar(300) null, "url" text not null, "published_on" varchar(10) null, "language" varchar(8) null);`);
    this.addSql(`alter table "source" add constraint "source_key_unique" unique ("key");`);
    this.addSql(`alter table "source" add constraint "source_url_unique" unique ("url");`);
    this.addSql(`create table "regional_instrument_sources" ("regional_instrument_id" int not null, "source_id" int not null, constraint "regional_instrument_sources_pkey" primary key ("regional_instrument_id", "source_id"));`);
    this.addSql(`create table "program_sources" ("program_id" int not null, "source_id" int not null, constraint "program_sources_pkey" primary key ("program_id", "source_id"));`);
    this.addSql(`create table "practice_sources" ("practice_id" int not null, "source_id" int not null, constraint "practice_sources_pkey" primary key ("practice_id", "source_id"));`);
    this.addSql(`create table "outcome" ("id" serial primary key, "program_id" int not null, "practice_id" int null, "indicator_id" int not null, "year" int not null, "value" double precision not null, "sex" text check ("sex" in ('TOTAL', 'FEMALE', 'MALE')) not null default 'TOTAL', "source_id" int not null, "note" text null);`);
    this.addSql(`create index "outcome_indicator_id_year_index" on "outcome" ("indicator_id", "year");`);
    this.addSql(`create table "legal_instrument_sources" ("legal_instrument_id" int not null, "source_id" int not null, constraint "legal_instrument_sources_pkey" primary key ("legal_instrument_id", "source_id"));`);
    this.addSql(`create table "event_sources" ("event_id" int not null, "source_id" int not null, constraint "event_sources_pkey" primary key ("event_id", "source_id"));`);
    this.addSql(`create table "country_statistic" ("id" serial primary key, "country_id" int not null, "indicator_id" int not null, "year" int not null, "value" double precision not null, "sex" text check ("sex" in ('TOTAL', 'FEMALE', 'MALE')) not null default 'TOTAL', "source_id" int not null, "note" text null);`);
    this.addSql(`alter table "event" add constraint "event_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "legal_instrument" add constraint "legal_instrument_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "program" add constraint "program_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade;`);
    this.addSql(`alter table "practice" add constraint "practice_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade;`);
    this.addSql(`alter table "practice" add constraint "practice_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "practice" add constraint "practice_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "regional_instrument_sources" add constraint "regional_instrument_sources_regional_instrument_id_foreign" foreign key ("regional_instrument_id") references "regional_instrument" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "regional_instrument_sources" add constraint "regional_instrument_sources_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "program_sources" add constraint "program_sources_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "program_sources" add constraint "program_sources_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "practice_sources" add constraint "practice_sources_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "practice_sources" add constraint "practice_sources_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "outcome" add constraint "outcome_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "outcome" add constraint "outcome_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "outcome" add constraint "outcome_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;`);
    this.addSql(`alter table "outcome" add constraint "outcome_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade;`);
    this.addSql(`alter table "legal_instrument_sources" add constraint "legal_instrument_sources_legal_instrument_id_foreign" foreign key ("legal_instrument_id") references "legal_instrument" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "legal_instrument_sources" add constraint "legal_instrument_sources_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_sources" add constraint "event_sources_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "event_sources" add constraint "event_sources_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "country_statistic" add constraint "country_statistic_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "country_statistic" add constraint "country_statistic_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;`);
    this.addSql(`alter table "country_statistic" add constraint "country_statistic_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade;`);
    this.addSql(`create index "practice_country_id_index" on "practice" ("country_id");`);
    this.addSql(`create index "practice_program_id_index" on "practice" ("program_id");`);
    this.addSql(`create index "practice_event_id_index" on "practice" ("event_id");`);
    this.addSql(`create index "program_country_id_index" on "program" ("country_id");`);
    this.addSql(`create index "outcome_program_id_index" on "outcome" ("program_id");`);
    this.addSql(`create index "outcome_practice_id_index" on "outcome" ("practice_id");`);
    this.addSql(`create index "legal_instrument_country_id_index" on "legal_instrument" ("country_id");`);
    this.addSql(`create index "country_statistic_country_id_index" on "country_statistic" ("country_id");`);
    this.addSql(`create index "event_country_id_index" on "event" ("country_id");`);
    this.addSql(`create index "practice_sources_source_id_index" on "practice_sources" ("source_id");`);
    this.addSql(`create index "program_sources_source_id_index" on "program_sources" ("source_id");`);
    this.addSql(`alter table "practice" add column "search" tsvector generated always as (setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("summary", '')), 'B') || setweight(to_tsvector('english', coalesce("body", '')), 'C')) stored;`);
    this.addSql(`create index "practice_search_index" on "practice" using gin ("search");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "country_statistic" cascade;`);
    this.addSql(`drop table if exists "event_sources" cascade;`);
    this.addSql(`drop table if exists "legal_instrument_sources" cascade;`);
    this.addSql(`drop table if exists "outcome" cascade;`);
    this.addSql(`drop table if exists "practice_sources" cascade;`);
    this.addSql(`drop table if exists "program_sources" cascade;`);
    this.addSql(`drop table if exists "regional_instrument_sources" cascade;`);
    this.addSql(`drop table if exists "source" cascade;`);
    this.addSql(`drop table if exists "practice" cascade;`);
    this.addSql(`drop table if exists "program" cascade;`);
    this.addSql(`drop table if exists "regional_instrument" cascade;`);
    this.addSql(`drop table if exists "legal_instrument" cascade;`);
    this.addSql(`drop table if exists "indicator" cascade;`);
    this.addSql(`drop table if exists "event" cascade;`);
    this.addSql(`drop table if exists "country" cascade;`);
  }
}
