import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16: what a programme or practice is (`kind`: reintegration, return or a destination state's
 * measure; every record before this one is a reintegration record) and the member states a programme
 * runs in (`reach`, and the partner states besides its lead state). The practice browser counts and
 * filters by kind, so the covering index of the facet counts (migration 120000) takes the column too.
 */
export class Migration20261204100000_kinds_and_reach extends Migration {
  override async up(): Promise<void> {
    const kind = `"kind" text check ("kind" in ('REINTEGRATION', 'RETURN', 'DESTINATION_SIDE')) not null default 'REINTEGRATION'`;
    this.addSql(`alter table "program" add column ${kind};`);
    this.addSql(`alter table "practice" add column ${kind};`);
    this.addSql(
      `alter table "program" add column "reach" text check ("reach" in ('NATIONAL', 'MULTI_COUNTRY', 'REGIONAL')) not null default 'NATIONAL';`,
    );
    this.addSql(
      `create table "program_partner_countries" ("program_id" int not null, "country_id" int not null, constraint "program_partner_countries_pkey" primary key ("program_id", "country_id"));`,
    );
    this.addSql(
      `alter table "program_partner_countries" add constraint "program_partner_countries_program_id_foreign" foreign key ("program_id") references "program" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "program_partner_countries" add constraint "program_partner_countries_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create index "program_partner_countries_country_id_index" on "program_partner_countries" ("country_id");`,
    );
    this.addSql(`drop index "practice_facets_index";`);
    this.addSql(
      `create index "practice_facets_index" on "practice" ("status", "country_id", "year", "program_id", "evidence_level", "kind", "themes", "dimensions", "levels", "stakeholders", "target_groups");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "practice_facets_index";`);
    this.addSql(
      `create index "practice_facets_index" on "practice" ("status", "country_id", "year", "program_id", "evidence_level", "themes", "dimensions", "levels", "stakeholders", "target_groups");`,
    );
    this.addSql(`drop table "program_partner_countries";`);
    this.addSql(`alter table "program" drop column "reach";`);
    this.addSql(`alter table "practice" drop column "kind";`);
    this.addSql(`alter table "program" drop column "kind";`);
  }
}
