import { Migration } from '@mikro-orm/migrations';

/**
 * When a person last changed a practice through the API (`Practice.lastEditedAt`): `updated_at` is
 * also set by the seed and the import, to when they ran, so that every seeded practice looked
 * changed on the day it was loaded. Filled in from the history: every revision of a practice but an
 * import's was written by a person's change. Null for records unchanged since the seed or an import.
 */
export class Migration20261129170000_last_edited extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "practice" add column "last_edited_at" timestamptz null;`);
    this.addSql(
      `update "practice" set "last_edited_at" = (select max("r"."created_at") from "revision" as "r" where "r"."entity_type" = 'Practice' and "r"."entity_id" = "practice"."id" and "r"."action" <> 'IMPORT');`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "practice" drop column "last_edited_at";`);
  }
}
