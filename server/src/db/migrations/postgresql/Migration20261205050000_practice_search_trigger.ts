import { Migration } from '@mikro-orm/migrations';

/** The practice's search vector, as the generated column of the initial migration computed it. */
const VECTOR = `setweight(to_tsvector('english', coalesce("title", '')), 'A') || setweight(to_tsvector('english', coalesce("summary", '')), 'B') || setweight(to_tsvector('english', coalesce("body", '')), 'C')`;

/**
 * `practice.search` kept by a trigger instead of generated: the same vector from the same texts,
 * but a bulk load may compute it beforehand, in parallel (db/computed-in-parallel.ts), and say so
 * with the transaction's setting `atlas.practice_search_given`. Computed one row at a time in the
 * inserting backend it took 25 of the 40 s that 100,000 practices took to import. Every other
 * insert, and every update of a text, computes it here.
 */
export class Migration20261205050000_practice_search_trigger extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create function "practice_search_vector"("title" text, "summary" text, "body" text) returns tsvector language sql immutable parallel safe return ${VECTOR};`,
    );
    this.addSql(`create function "practice_search_stored"() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' and new."search" is not null and current_setting('atlas.practice_search_given', true) = 'on' then
    return new;
  end if;
  new."search" := "practice_search_vector"(new."title", new."summary", new."body");
  return new;
end $$;`);
    this.addSql(`alter table "practice" drop column "search";`);
    this.addSql(`alter table "practice" add column "search" tsvector;`);
    this.addSql(
      `create trigger "practice_search_stored" before insert or update of "title", "summary", "body", "search" on "practice" for each row execute function "practice_search_stored"();`,
    );
    this.addSql(`update "practice" set "search" = "practice_search_vector"("title", "summary", "body");`);
    this.addSql(`create index "practice_search_index" on "practice" using gin ("search");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "practice_search_stored" on "practice";`);
    this.addSql(`drop function "practice_search_stored"();`);
    this.addSql(`alter table "practice" drop column "search";`);
    this.addSql(`alter table "practice" add column "search" tsvector generated always as (${VECTOR}) stored;`);
    this.addSql(`create index "practice_search_index" on "practice" using gin ("search");`);
    this.addSql(`drop function "practice_search_vector"(text, text, text);`);
  }
}
