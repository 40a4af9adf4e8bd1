import { Migration } from '@mikro-orm/migrations';

/**
 * Sources the research files flag as weak (a blog, a repost or a document mirror), and the official
 * names of a member state's ministries, departments, laws and decisions in a national language, each
 * with the source that writes it.
 */
export class Migration20261205010000_weak_sources_official_names extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "source" add column "weak" boolean not null default false;`);
    this.addSql(
      `create table "official_name" ("id" serial primary key, "country_id" int not null, "name" text not null, "name_as_given" text not null, "language" varchar(8) not null, "source_id" int not null);`,
    );
    this.addSql(
      `alter table "official_name" add constraint "official_name_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "official_name" add constraint "official_name_source_id_foreign" foreign key ("source_id") references "source" ("id") on update cascade;`,
    );
    this.addSql(`create index "official_name_country_id_index" on "official_name" ("country_id");`);
    this.addSql(`create index "official_name_source_id_index" on "official_name" ("source_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "official_name" cascade;`);
    this.addSql(`alter table "source" drop column "weak";`);
  }
}
