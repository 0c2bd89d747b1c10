import { Migration } from '@mikro-orm/migrations';

export class Migration20261122071855_initial extends Migration {

  override name = 'Migration20261122071855_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "orders";`);
    this.addSql(`create table "orders"."order" ("id" uuid not null, "number" varchar(32) not null, "status" text not null, "channel" text not null, "customer_id" uuid null, "email" varchar(254) not null, "ship_to_name" varchar(200) null, "ship_to_line1" varchar(200) null, "ship_to_line2" varchar(200) null, "ship_to_city" varchar(100) null, "ship_to_postal_code" varchar(20) null, "ship_to_region" varchar(100) null, "ship_to_country" varchar(2) null, "currency" varchar(3) not null, "subtotal" int not null, "shipping_total" int not null, "tax_total" int not null, "total" int not null, "placed_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."order" add constraint "order_number_unique" unique ("number");`);
    this.addSql(`create index "order_customer_id_created_at_index" on "orders"."order" ("customer_id", "created_at");`);
    this.addSql(`create index "order_created_at_id_index" on "orders"."order" ("created_at", "id");`);

    this.addSql(`create table "orders"."order_line" ("id" uuid not null, "order_id" uuid not null, "line_number" int not null, "sku_code" varchar(64) not null, "quantity" int not null, "unit_price" int not null, "currency" varchar(3) not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."order_line" add constraint "order_line_order_id_line_number_unique" unique ("order_id", "line_number");`);

    this.addSql(`alter table "orders"."order" add constraint "order_ship_to_complete_check" check (ship_to_line1 is null or (ship_to_name is not null and ship_to_city is not null and ship_to_postal_code is not null and ship_to_country is not null));`);
    this.addSql(`alter table "orders"."order" add constraint "order_subtotal_check" check (subtotal >= 0);`);
    this.addSql(`alter table "orders"."order" add constraint "order_shipping_total_check" check (shipping_total >= 0);`);
    this.addSql(`alter table "orders"."order" add constraint "order_tax_total_check" check (tax_total >= 0);`);
    this.addSql(`alter table "orders"."order" add constraint "order_total_check" check (total >= 0);`);
    this.addSql(`alter table "orders"."order" add constraint "order_status_check" check ("status" in ('CREATED', 'CONFIRMED', 'ON_HOLD', 'BACKORDERED', 'ALLOCATED', 'RELEASED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED'));`);
    this.addSql(`alter table "orders"."order" add constraint "order_channel_check" check ("channel" in ('WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'));`);

    this.addSql(`alter table "orders"."order_line" add constraint "order_line_order_id_foreign" foreign key ("order_id") references "orders"."order" ("id");`);
    this.addSql(`alter table "orders"."order_line" add constraint "order_line_quantity_check" check (quantity > 0);`);
    this.addSql(`alter table "orders"."order_line" add constraint "order_line_unit_price_check" check (unit_price >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders"."order_line" drop constraint "order_line_order_id_foreign";`);

    this.addSql(`drop table if exists "orders"."order" cascade;`);
    this.addSql(`drop table if exists "orders"."order_line" cascade;`);

    this.addSql(`drop schema if exists "orders";`);
  }

}
