import { Migration } from '@mikro-orm/migrations';

/**
 * Translations of records' texts (translations/), searchable: an FTS5 table over their text kept by
 * triggers, as practice_fts is, but without the porter stemmer (English-only): unicode61 with
 * diacritics removed finds `koperasi` and `pemberdayaan` as written, in any language.
 */
export class Migration20261201000000_translations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `translation` (`id` integer not null primary key autoincrement, `record_type` text not null, `record_id` integer not null, `field` text not null, `language` text not null, `text` text not null, `origin` text check (`origin` in ('SOURCE', 'ATLAS')) not null default 'ATLAS', `source_id` integer null, `version` integer not null default 1, `created_at` datetime not null, `updated_at` datetime not null, constraint `translation_source_id_foreign` foreign key(`source_id`) references `source`(`id`) on update cascade);",
    );
    this.addSql(
      'create unique index `translation_record_type_record_id_field_language_unique` on `translation` (`record_type`, `record_id`, `field`, `language`);',
    );
    this.addSql('create index `translation_source_id_index` on `translation` (`source_id`);');
    this.addSql(
      "create virtual table `translation_fts` using fts5(text, content='translation', content_rowid='id', tokenize='unicode61 remove_diacritics 2');",
    );
    this.addSql(
      'create trigger `translation_fts_after_insert` after insert on `translation` begin insert into translation_fts(rowid, text) values (new.id, new.text); end;',
    );
    this.addSql(
      "create trigger `translation_fts_after_delete` after delete on `translation` begin insert into translation_fts(translation_fts, rowid, text) values ('delete', old.id, old.text); end;",
    );
    this.addSql(
      "create trigger `translation_fts_after_update` after update of text on `translation` begin insert into translation_fts(translation_fts, rowid, text) values ('delete', old.id, old.text); insert into translation_fts(rowid, text) values (new.id, new.text); end;",
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists `translation_fts`;');
    this.addSql('drop table if exists `translation`;');
  }
}
