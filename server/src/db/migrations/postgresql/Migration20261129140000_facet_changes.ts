import { Migration } from '@mikro-orm/migrations';

/**
 * A change token for the facet columns held in memory (facets/facet-snapshot.ts): every write to
 * `practice` or `program`, by this server, another instance or the CLI, sets it to a new random
 * value, so a server compares one value per request to know whether its copy is current. Random,
 * not a counter: a rolled-back write must not leave a token that a later write would repeat.
 */
export class Migration20261129140000_facet_changes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "atlas_change" ("name" text not null primary key, "token" bigint not null);');
    this.addSql(`insert into "atlas_change" ("name", "token") values ('practice_facets', (random() * 9e15)::bigint);`);
    this.addSql(`create function "atlas_facets_changed"() returns trigger language plpgsql as $$
begin
  update "atlas_change" set "token" = (random() * 9e15)::bigint where "name" = 'practice_facets';
  return null;
end $$;`);
    for (const table of ['practice', 'program']) {
      this.addSql(
        `create trigger "${table}_facets_changed" after insert or update or delete or truncate on "${table}" for each statement execute function "atlas_facets_changed"();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const table of ['practice', 'program']) this.addSql(`drop trigger "${table}_facets_changed" on "${table}";`);
    this.addSql('drop function "atlas_facets_changed"();');
    this.addSql('drop table "atlas_change";');
  }
}
