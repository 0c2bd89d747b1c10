import { Migration } from '@mikro-orm/migrations';

export class Migration20261122124317_sourcing_scopes_rates extends Migration {

  override name = 'Migration20261122124317_sourcing_scopes_rates';

  override up(): void | Promise<void> {
    this.addSql(`alter table "inventory"."sourcing_rule_set" alter column "scope_key" type varchar(80) using ("scope_key"::varchar(80));`);
    this.addSql(`alter table "inventory"."sourcing_rule_set" add "region" varchar(6) null, add "customer_segment" varchar(40) null, add "retired_at" timestamptz null, add "retired_by" varchar(200) null;`);

    this.addSql(`alter table "inventory"."sourcing_decision" add "delivery_region" varchar(6) null, add "customer_segment" varchar(40) null, add "notes" jsonb not null default '[]';`);

    this.addSql(`create table "inventory"."shipping_zone" ("id" uuid not null, "origin_country" varchar(2) not null, "destination" varchar(6) not null, "zone" varchar(20) not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "inventory"."shipping_zone" add constraint "shipping_zone_origin_country_destination_unique" unique ("origin_country", "destination");`);

    this.addSql(`create table "inventory"."shipping_rate" ("id" uuid not null, "zone" varchar(20) not null, "max_weight_grams" int not null, "amount" int not null, "currency" varchar(3) not null, "created_by" varchar(200) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "inventory"."shipping_rate" add constraint "shipping_rate_zone_max_weight_grams_unique" unique ("zone", "max_weight_grams");`);
    this.addSql(`alter table "inventory"."shipping_rate" add constraint "shipping_rate_max_weight_grams_check" check (max_weight_grams > 0);`);
    this.addSql(`alter table "inventory"."shipping_rate" add constraint "shipping_rate_amount_check" check (amount >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "inventory"."shipping_rate" cascade;`);
    this.addSql(`drop table if exists "inventory"."shipping_zone" cascade;`);
    this.addSql(`alter table "inventory"."sourcing_decision" drop column "delivery_region", drop column "customer_segment", drop column "notes";`);
    this.addSql(`alter table "inventory"."sourcing_rule_set" drop column "region", drop column "customer_segment", drop column "retired_at", drop column "retired_by";`);
    this.addSql(`alter table "inventory"."sourcing_rule_set" alter column "scope_key" type varchar(20) using ("scope_key"::varchar(20));`);
  }

}
