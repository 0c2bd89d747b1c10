import { Migration } from '@mikro-orm/migrations';

export class Migration20261122071438_initial extends Migration {

  override name = 'Migration20261122071438_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "customers";`);
    this.addSql(`create table "customers"."customer" ("id" uuid not null, "first_name" varchar(100) not null, "last_name" varchar(100) not null, "email" varchar(254) not null, "phone" varchar(32) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "customers"."customer" add constraint "customer_email_unique" unique ("email");`);
    this.addSql(`create index "customer_created_at_id_index" on "customers"."customer" ("created_at", "id");`);

    this.addSql(`create table "customers"."customer_address" ("id" uuid not null, "customer_id" uuid not null, "label" varchar(60) null, "line1" varchar(200) not null, "line2" varchar(200) null, "city" varchar(100) not null, "postal_code" varchar(20) not null, "region" varchar(100) null, "country" varchar(2) not null, "is_default_shipping" boolean not null default false, "is_default_billing" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "customer_address_customer_id_index" on "customers"."customer_address" ("customer_id");`);

    this.addSql(`alter table "customers"."customer_address" add constraint "customer_address_customer_id_foreign" foreign key ("customer_id") references "customers"."customer" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "customers"."customer_address" drop constraint "customer_address_customer_id_foreign";`);

    this.addSql(`drop table if exists "customers"."customer" cascade;`);
    this.addSql(`drop table if exists "customers"."customer_address" cascade;`);

    this.addSql(`drop schema if exists "customers";`);
  }

}
