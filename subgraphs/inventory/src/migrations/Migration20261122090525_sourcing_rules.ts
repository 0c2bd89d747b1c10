import { Migration } from '@mikro-orm/migrations';

export class Migration20261122090525_sourcing_rules extends Migration {

  override name = 'Migration20261122090525_sourcing_rules';

  override up(): void | Promise<void> {
    this.addSql(`create table "inventory"."sourcing_decision" ("order_id" uuid not null, "rule_set_id" uuid not null, "rule_set_name" varchar(120) not null, "rule_set_version" int not null, "split_policy" jsonb not null, "from_reservation" boolean not null, "lines" jsonb not null, "created_at" timestamptz not null, primary key ("order_id"));`);

    this.addSql(`create table "inventory"."sourcing_rule_set" ("id" uuid not null, "name" varchar(120) not null, "scope_key" varchar(20) not null, "channel" text null, "version" int not null, "rules" jsonb not null, "split_policy" jsonb not null, "effective_from" timestamptz not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "sourcing_rule_set_scope_key_effective_from_index" on "inventory"."sourcing_rule_set" ("scope_key", "effective_from");`);
    this.addSql(`alter table "inventory"."sourcing_rule_set" add constraint "sourcing_rule_set_scope_key_version_unique" unique ("scope_key", "version");`);

    this.addSql(`alter table "inventory"."sourcing_rule_set" add constraint "sourcing_rule_set_channel_check" check ("channel" in ('WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'));`);

    // The default global rules, version 1, in force since the epoch: today's behaviour as data.
    this.addSql(`insert into "inventory"."sourcing_rule_set" ("id", "name", "scope_key", "channel", "version", "rules", "split_policy", "effective_from", "created_by", "created_at") values ('00000000-0000-4000-8000-000000000001', 'Default: nearest eligible location', 'GLOBAL', null, 1, '[{"kind":"SERVES_CHANNEL"},{"kind":"CAPABILITY","capability":"ships","methods":["SHIP"]},{"kind":"NEAREST"}]', '{"kind":"ALLOW_SPLIT"}', '1970-01-01T00:00:00Z', 'system', now());`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "inventory"."sourcing_decision" cascade;`);
    this.addSql(`drop table if exists "inventory"."sourcing_rule_set" cascade;`);
  }

}
