import { Migration } from '@mikro-orm/migrations';

export class Migration20261207200000_commands extends Migration {

  override name = 'Migration20261207200000_commands';

  override up(): void | Promise<void> {
    this.addSql(`create table "orders"."command" ("id" uuid not null, "name" varchar(60) not null, "scope" varchar(160) not null, "key" varchar(255) not null, "fingerprint" varchar(64) not null, "subject_id" varchar(100) not null, "lease_token" uuid not null, "lease_until" timestamptz not null, "intents" jsonb not null, "phase" text check ("phase" in ('RUNNING', 'COMMITTED')) not null default 'RUNNING', "effects" jsonb not null default '[]', "attempts" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "command_subject_id_index" on "orders"."command" ("subject_id");`);
    this.addSql(`create index "command_lease_until_index" on "orders"."command" ("lease_until");`);
    this.addSql(`alter table "orders"."command" add constraint "command_name_scope_key_unique" unique ("name", "scope", "key");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "orders"."command" cascade;`);
  }

}
