import { Migration } from '@mikro-orm/migrations';

/**
 * Translations of records' texts (translations/), searchable: a generated tsvector per text, in the
 * text's language where PostgreSQL has a stemmer for it (`indonesian`), `simple` otherwise (no
 * stemming, no stop words), weighted by field as practice.search is (title or name A, summary or
 * description B, the rest C). Queries must use the same configuration per language (full-text.ts).
 */
export class Migration20261201000000_translations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "translation" ("id" serial primary key, "record_type" varchar(40) not null, "record_id" int not null, "field" varchar(40) not null, "language" varchar(8) not null, "text" text not null, "origin" text check ("origin" in ('SOURCE', 'ATLAS')) not null default 'ATLAS', "source_id" int null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(
      `alter table "translation" add constraint "translation_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade;`,
    );
    this.addSql(
      `create unique index "translation_record_type_record_id_field_language_unique" on "translation" ("record_type", "record_id", "field", "language");`,
    );
    this.addSql(`create index "translation_source_id_index" on "translation" ("source_id");`);
    this.addSql(
      `alter table "translation" add column "search" tsvector generated always as (setweight(to_tsvector(case when "language" = 'id' then 'indonesian'::regconfig else 'simple'::regconfig end, "text"), case when "field" in ('title', 'name') then 'A' when "field" in ('summary', 'description') then 'B' else 'C' end::"char")) stored;`,
    );
    this.addSql(`create index "translation_search_index" on "translation" using gin ("search");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "translation";`);
  }
}
