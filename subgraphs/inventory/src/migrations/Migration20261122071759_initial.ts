import { Migration } from '@mikro-orm/migrations';

export class Migration20261122071759_initial extends Migration {

  override name = 'Migration20261122071759_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "inventory";`);
    this.addSql(`create table "inventory"."location" ("id" uuid not null, "code" varchar(40) not null, "name" varchar(120) not null, "type" text not null, "line1" varchar(200) not null, "city" varchar(100) not null, "postal_code" varchar(20) not null, "region" varchar(100) null, "country" varchar(2) not null, "latitude" double precision not null, "longitude" double precision not null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "inventory"."location" add constraint "location_code_unique" unique ("code");`);
    this.addSql(`create index "location_type_index" on "inventory"."location" ("type");`);

    this.addSql(`create table "inventory"."sku" ("code" varchar(64) not null, "name" varchar(200) not null, "created_at" timestamptz not null, primary key ("code"));`);

    this.addSql(`create table "inventory"."stock_level" ("id" uuid not null, "sku_code" varchar(64) not null, "location_id" uuid not null, "on_hand" int not null default 0, "reserved" int not null default 0, "safety_stock" int not null default 0, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "stock_level_location_id_index" on "inventory"."stock_level" ("location_id");`);
    this.addSql(`alter table "inventory"."stock_level" add constraint "stock_level_sku_code_location_id_unique" unique ("sku_code", "location_id");`);

    this.addSql(`alter table "inventory"."location" add constraint "location_type_check" check ("type" in ('WAREHOUSE', 'STORE', 'DROPSHIP_VENDOR'));`);

    this.addSql(`alter table "inventory"."stock_level" add constraint "stock_level_sku_code_foreign" foreign key ("sku_code") references "inventory"."sku" ("code");`);
    this.addSql(`alter table "inventory"."stock_level" add constraint "stock_level_location_id_foreign" foreign key ("location_id") references "inventory"."location" ("id");`);
    this.addSql(`alter table "inventory"."stock_level" add constraint "stock_level_on_hand_check" check (on_hand >= 0);`);
    this.addSql(`alter table "inventory"."stock_level" add constraint "stock_level_reserved_check" check (reserved >= 0);`);
    this.addSql(`alter table "inventory"."stock_level" add constraint "stock_level_safety_stock_check" check (safety_stock >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "inventory"."stock_level" drop constraint "stock_level_location_id_foreign";`);
    this.addSql(`alter table "inventory"."stock_level" drop constraint "stock_level_sku_code_foreign";`);

    this.addSql(`drop table if exists "inventory"."location" cascade;`);
    this.addSql(`drop table if exists "inventory"."sku" cascade;`);
    this.addSql(`drop table if exists "inventory"."stock_level" cascade;`);

    this.addSql(`drop schema if exists "inventory";`);
  }

}
