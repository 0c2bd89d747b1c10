import { Migration } from '@mikro-orm/migrations';

export class Migration20261122071714_initial extends Migration {

  override name = 'Migration20261122071714_initial';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "fulfillment";`);
    this.addSql(`create table "fulfillment"."shipment" ("id" uuid not null, "order_id" uuid not null, "location_id" uuid not null, "carrier" varchar(60) null, "tracking_number" varchar(60) null, "status" text not null default 'PENDING', "shipped_at" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "shipment_order_id_index" on "fulfillment"."shipment" ("order_id");`);
    this.addSql(`create index "shipment_location_id_index" on "fulfillment"."shipment" ("location_id");`);

    this.addSql(`alter table "fulfillment"."shipment" add constraint "shipment_status_check" check ("status" in ('PENDING', 'PICKING', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "fulfillment"."shipment" cascade;`);

    this.addSql(`drop schema if exists "fulfillment";`);
  }

}
