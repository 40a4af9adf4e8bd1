import { Migration } from '@mikro-orm/migrations';

/** What the sources consulted do not give about a country, programme or practice (`notFound`). */
export class Migration20261204000000_not_found extends Migration {
  override async up(): Promise<void> {
    for (const table of ['country', 'program', 'practice']) {
      this.addSql(`alter table \`${table}\` add column \`not_found\` json not null default '[]';`);
    }
  }

  override async down(): Promise<void> {
    for (const table of ['country', 'program', 'practice']) {
      this.addSql(`alter table \`${table}\` drop column \`not_found\`;`);
    }
  }
}
