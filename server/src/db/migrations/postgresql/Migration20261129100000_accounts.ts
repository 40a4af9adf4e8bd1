import { Migration } from '@mikro-orm/migrations';

/** Accounts, sessions, the history of every change, and who created a practice and when it was published. */
export class Migration20261129100000_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "atlas_user" ("id" serial primary key, "email" varchar(254) not null, "name" varchar(200) not null, "role" text check ("role" in ('CONTRIBUTOR', 'EDITOR', 'ADMIN')) not null, "organisation" varchar(200) null, "constituency" text check ("constituency" in ('GOVERNMENT', 'EMPLOYERS', 'WORKERS', 'SECRETARIAT', 'OTHER')) not null, "country_id" int null, "password_hash" varchar(300) not null, "created_at" timestamptz not null, "disabled_at" timestamptz null);`,
    );
    this.addSql(`alter table "atlas_user" add constraint "atlas_user_email_unique" unique ("email");`);
    this.addSql(
      `alter table "atlas_user" add constraint "atlas_user_country_id_foreign" foreign key ("country_id") references "country" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create table "session" ("id" serial primary key, "token_hash" varchar(64) not null, "user_id" int not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "atlas_user" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `create table "revision" ("id" serial primary key, "entity_type" varchar(40) not null, "entity_id" int not null, "action" text check ("action" in ('CREATE', 'UPDATE', 'SUBMIT', 'PUBLISH', 'REJECT', 'ARCHIVE', 'DELETE', 'RESTORE', 'IMPORT')) not null, "user_id" int null, "created_at" timestamptz not null, "before" jsonb null, "after" jsonb null, "note" text null);`,
    );
    this.addSql(`create index "revision_entity_type_entity_id_index" on "revision" ("entity_type", "entity_id");`);
    this.addSql(`create index "revision_user_id_index" on "revision" ("user_id");`);
    this.addSql(
      `alter table "revision" add constraint "revision_user_id_foreign" foreign key ("user_id") references "atlas_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "practice" add column "rejection_reason" text null, add column "created_by_id" int null, add column "published_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "practice" add constraint "practice_created_by_id_foreign" foreign key ("created_by_id") references "atlas_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "practice_created_by_id_index" on "practice" ("created_by_id");`);
    this.addSql(`update "practice" set "published_at" = "created_at" where "status" = 'PUBLISHED';`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "practice" drop column "published_at", drop column "created_by_id", drop column "rejection_reason";`,
    );
    this.addSql(`drop table "revision";`);
    this.addSql(`drop table "session";`);
    this.addSql(`drop table "atlas_user";`);
  }
}
