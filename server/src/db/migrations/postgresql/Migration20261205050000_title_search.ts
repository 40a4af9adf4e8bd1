import { Migration } from '@mikro-orm/migrations';

/**
 * The words of each practice's title on their own (`title_search`), with a GIN index: a ranked search
 * reads a bounded set of candidates first (practices/bounded-ranking.ts), those whose title holds
 * the term among them, and so ranks a few hundred matches instead of every one. Generated as
 * `search` is, from the same text with the same configuration, so it always agrees with it.
 */
export class Migration20261205050000_title_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "practice" add column "title_search" tsvector generated always as (to_tsvector('english', coalesce("title", ''))) stored;`,
    );
    this.addSql(`create index "practice_title_search_index" on "practice" using gin ("title_search");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "practice_title_search_index";`);
    this.addSql(`alter table "practice" drop column if exists "title_search";`);
  }
}
