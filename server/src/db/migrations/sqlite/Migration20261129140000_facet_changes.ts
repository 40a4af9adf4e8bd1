import { Migration } from '@mikro-orm/migrations';

/**
 * A change token for the facet columns held in memory (facets/facet-snapshot.ts): every write to
 * `practice` or `program`, by this server, another instance or the CLI, sets it to a new random
 * value, so a server compares one value per request to know whether its copy is current. Random,
 * not a counter: a rolled-back write must not leave a token that a later write would repeat.
 */
export class Migration20261129140000_facet_changes extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table `atlas_change` (`name` text not null primary key, `token` integer not null);');
    this.addSql("insert into `atlas_change` (`name`, `token`) values ('practice_facets', random());");
    for (const table of ['practice', 'program']) {
      for (const event of ['insert', 'update', 'delete']) {
        this.addSql(
          `create trigger \`${table}_facets_${event}\` after ${event} on \`${table}\` begin update \`atlas_change\` set \`token\` = random() where \`name\` = 'practice_facets'; end;`,
        );
      }
    }
  }

  override async down(): Promise<void> {
    for (const table of ['practice', 'program']) {
      for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger \`${table}_facets_${event}\`;`);
    }
    this.addSql('drop table `atlas_change`;');
  }
}
