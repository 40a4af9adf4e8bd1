import { Migration } from '@mikro-orm/migrations';

/** Accounts, sessions, the history of every change, and who created a practice and when it was published. */
export class Migration20261129100000_accounts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      "create table `atlas_user` (`id` integer not null primary key autoincrement, `email` text not null, `name` text not null, `role` text check (`role` in ('CONTRIBUTOR', 'EDITOR', 'ADMIN')) not null, `organisation` text null, `constituency` text check (`constituency` in ('GOVERNMENT', 'EMPLOYERS', 'WORKERS', 'SECRETARIAT', 'OTHER')) not null, `country_id` integer null, `password_hash` text not null, `created_at` datetime not null, `disabled_at` datetime null, constraint `atlas_user_country_id_foreign` foreign key(`country_id`) references `country`(`id`) on delete set null on update cascade);",
    );
    this.addSql('create unique index `atlas_user_email_unique` on `atlas_user` (`email`);');
    this.addSql('create index `atlas_user_country_id_index` on `atlas_user` (`country_id`);');
    this.addSql(
      'create table `session` (`id` integer not null primary key autoincrement, `token_hash` text not null, `user_id` integer not null, `created_at` datetime not null, `expires_at` datetime not null, `revoked_at` datetime null, constraint `session_user_id_foreign` foreign key(`user_id`) references `atlas_user`(`id`) on delete cascade on update cascade);',
    );
    this.addSql('create unique index `session_token_hash_unique` on `session` (`token_hash`);');
    this.addSql('create index `session_user_id_index` on `session` (`user_id`);');
    this.addSql('create index `session_expires_at_index` on `session` (`expires_at`);');
    this.addSql(
      "create table `revision` (`id` integer not null primary key autoincrement, `entity_type` text not null, `entity_id` integer not null, `action` text check (`action` in ('CREATE', 'UPDATE', 'SUBMIT', 'PUBLISH', 'REJECT', 'ARCHIVE', 'DELETE', 'RESTORE', 'IMPORT')) not null, `user_id` integer null, `created_at` datetime not null, `before` json null, `after` json null, `note` text null, constraint `revision_user_id_foreign` foreign key(`user_id`) references `atlas_user`(`id`) on delete set null on update cascade);",
    );
    this.addSql('create index `revision_user_id_index` on `revision` (`user_id`);');
    this.addSql('create index `revision_entity_type_entity_id_index` on `revision` (`entity_type`, `entity_id`);');
    this.addSql(
      'alter table `practice` add column `created_by_id` integer null references `atlas_user` (`id`) on delete set null on update cascade;',
    );
    this.addSql('alter table `practice` add column `rejection_reason` text null;');
    this.addSql('alter table `practice` add column `published_at` datetime null;');
    this.addSql('create index `practice_created_by_id_index` on `practice` (`created_by_id`);');
    this.addSql("update `practice` set `published_at` = `created_at` where `status` = 'PUBLISHED';");
  }

  override async down(): Promise<void> {
    this.addSql('drop index `practice_created_by_id_index`;');
    this.addSql('alter table `practice` drop column `published_at`;');
    this.addSql('alter table `practice` drop column `rejection_reason`;');
    this.addSql('alter table `practice` drop column `created_by_id`;');
    this.addSql('drop table `revision`;');
    this.addSql('drop table `session`;');
    this.addSql('drop table `atlas_user`;');
  }
}
