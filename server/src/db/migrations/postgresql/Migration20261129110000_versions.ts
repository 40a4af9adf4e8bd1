import { Migration } from '@mikro-orm/migrations';

/**
 * Optimistic locking for the records editors change: a version on countries and programmes, and when
 * they last changed (null for records not changed since the seed). Every change sets `updated_at`,
 * so the row is updated, and its version checked and increased, even when only related rows (legal
 * instruments, cited sources) changed.
 */
export class Migration20261129110000_versions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "country" add column "version" int not null default 1, add column "updated_at" timestamptz null;`,
    );
    this.addSql(
      `alter table "program" add column "version" int not null default 1, add column "updated_at" timestamptz null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "program" drop column "updated_at", drop column "version";`);
    this.addSql(`alter table "country" drop column "updated_at", drop column "version";`);
  }
}
