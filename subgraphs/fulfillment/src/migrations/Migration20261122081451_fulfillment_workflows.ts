import { Migration } from '@mikro-orm/migrations';

export class Migration20261122081451_fulfillment_workflows extends Migration {

  override name = 'Migration20261122081451_fulfillment_workflows';

  override up(): void | Promise<void> {
    this.addSql(`create table "fulfillment"."bin_location" ("id" uuid not null, "location_id" uuid not null, "sku_code" varchar(64) not null, "bin_code" varchar(40) not null, "walk_sequence" int not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "fulfillment"."bin_location" add constraint "bin_location_location_id_sku_code_unique" unique ("location_id", "sku_code");`);

    this.addSql(`create table "fulfillment"."dropship_vendor" ("location_id" uuid not null, "webhook_url" varchar(2000) not null, "signing_secret" varchar(128) not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("location_id"));`);

    this.addSql(`create table "fulfillment"."fulfillment_order" ("id" uuid not null, "order_id" uuid not null, "order_number" varchar(32) not null, "customer_id" uuid null, "email" varchar(254) not null, "channel" varchar(20) not null, "location_id" uuid not null, "type" text not null, "status" text not null default 'CREATED', "release_event_id" uuid not null, "ship_to" jsonb null, "destination_location_id" uuid null, "pick_wave_id" uuid null, "pickup_code_hash" varchar(64) null, "ready_for_pickup_at" timestamptz null, "pickup_deadline" timestamptz null, "picked_up_at" timestamptz null, "curbside_arrived_at" timestamptz null, "curbside_parking_spot" varchar(60) null, "curbside_vehicle" varchar(120) null, "pos_transaction_reference" varchar(120) null, "rejection_reason" varchar(500) null, "cancellation_reason" varchar(500) null, "created_at" timestamptz not null, "accepted_at" timestamptz null, "picked_at" timestamptz null, "packed_at" timestamptz null, "shipped_at" timestamptz null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "fulfillment_order_pick_wave_id_index" on "fulfillment"."fulfillment_order" ("pick_wave_id");`);
    this.addSql(`create index "fulfillment_order_order_id_created_at_index" on "fulfillment"."fulfillment_order" ("order_id", "created_at");`);
    this.addSql(`create index "fulfillment_order_customer_id_created_at_index" on "fulfillment"."fulfillment_order" ("customer_id", "created_at");`);
    this.addSql(`create index "fulfillment_order_location_id_status_created_at_index" on "fulfillment"."fulfillment_order" ("location_id", "status", "created_at");`);
    this.addSql(`create index "fulfillment_order_created_at_id_index" on "fulfillment"."fulfillment_order" ("created_at", "id");`);
    this.addSql(`create index "fulfillment_order_status_pickup_deadline_index" on "fulfillment"."fulfillment_order" ("status", "pickup_deadline");`);
    this.addSql(`alter table "fulfillment"."fulfillment_order" add constraint "fulfillment_order_order_id_location_id_release_event_id_unique" unique ("order_id", "location_id", "release_event_id");`);

    this.addSql(`create table "fulfillment"."fulfillment_order_line" ("id" uuid not null, "fulfillment_order_id" uuid not null, "position" int not null, "order_line_id" uuid not null, "allocation_id" uuid not null, "sku_code" varchar(64) not null, "allocation_kind" text not null default 'STOCK', "quantity" int not null, "picked_quantity" int null, "cancelled_quantity" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "fulfillment"."fulfillment_order_line" add constraint "fulfillment_order_line_fulfillment_order_id_alloc_93127_unique" unique ("fulfillment_order_id", "allocation_id");`);
    this.addSql(`alter table "fulfillment"."fulfillment_order_line" add constraint "fulfillment_order_line_fulfillment_order_id_position_unique" unique ("fulfillment_order_id", "position");`);

    this.addSql(`create table "fulfillment"."location_profile" ("location_id" uuid not null, "type" text not null, "updated_at" timestamptz not null, primary key ("location_id"));`);

    this.addSql(`create table "fulfillment"."notification" ("id" uuid not null, "recipient" varchar(254) not null, "customer_id" uuid null, "channel" text not null default 'EMAIL', "template" text not null, "payload" jsonb not null, "order_id" uuid null, "fulfillment_order_id" uuid null, "sent_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "notification_order_id_index" on "fulfillment"."notification" ("order_id");`);

    this.addSql(`create table "fulfillment"."outbox_event" ("id" uuid not null, "position" bigserial, "type" varchar(100) not null, "aggregate_type" varchar(60) not null, "aggregate_id" varchar(100) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "fulfillment"."outbox_event" add constraint "outbox_event_position_unique" unique ("position");`);
    this.addSql(`create index "outbox_event_aggregate_type_aggregate_id_index" on "fulfillment"."outbox_event" ("aggregate_type", "aggregate_id");`);
    this.addSql(`create index "outbox_event_published_at_position_index" on "fulfillment"."outbox_event" ("published_at", "position");`);

    this.addSql(`create table "fulfillment"."pick_wave" ("id" uuid not null, "location_id" uuid not null, "status" text not null default 'OPEN', "created_by" varchar(120) not null, "created_at" timestamptz not null, "completed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "pick_wave_location_id_created_at_index" on "fulfillment"."pick_wave" ("location_id", "created_at");`);

    this.addSql(`create table "fulfillment"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "outcome" varchar(20) not null, "detail" varchar(500) null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);

    this.addSql(`create table "fulfillment"."parcel" ("id" uuid not null, "shipment_id" uuid not null, "sequence" int not null, "status" text not null default 'PACKED', "carrier" varchar(60) null, "carrier_code" varchar(60) null, "service_level" varchar(60) null, "tracking_number" varchar(60) null, "label_reference" varchar(200) null, "weight_grams" int null, "length_mm" int null, "width_mm" int null, "height_mm" int null, "last_event_id" uuid null, "last_event_at" timestamptz null, "estimated_delivery" timestamptz null, "delivered_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "parcel_tracking_number_index" on "fulfillment"."parcel" ("tracking_number");`);
    this.addSql(`alter table "fulfillment"."parcel" add constraint "parcel_shipment_id_sequence_unique" unique ("shipment_id", "sequence");`);
    this.addSql(`alter table "fulfillment"."parcel" add constraint "parcel_carrier_code_tracking_number_unique" unique ("carrier_code", "tracking_number");`);

    this.addSql(`create table "fulfillment"."parcel_item" ("id" uuid not null, "parcel_id" uuid not null, "line_id" uuid not null, "quantity" int not null, primary key ("id"));`);
    this.addSql(`alter table "fulfillment"."parcel_item" add constraint "parcel_item_parcel_id_line_id_unique" unique ("parcel_id", "line_id");`);

    this.addSql(`create table "fulfillment"."tracking_event" ("id" uuid not null, "parcel_id" uuid not null, "status" text not null, "occurred_at" timestamptz not null, "location" varchar(200) null, "message" varchar(500) null, "estimated_delivery" timestamptz null, "source" varchar(40) not null, "external_id" varchar(200) null, "received_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "tracking_event_parcel_id_occurred_at_index" on "fulfillment"."tracking_event" ("parcel_id", "occurred_at");`);
    this.addSql(`alter table "fulfillment"."tracking_event" add constraint "tracking_event_source_external_id_unique" unique ("source", "external_id");`);

    this.addSql(`create table "fulfillment"."webhook_delivery" ("id" uuid not null, "fulfillment_order_id" uuid not null, "location_id" uuid not null, "event" varchar(60) not null, "payload" jsonb not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_error" varchar(500) null, "delivered_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_fulfillment_order_id_index" on "fulfillment"."webhook_delivery" ("fulfillment_order_id");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "fulfillment"."webhook_delivery" ("status", "next_attempt_at");`);

    this.addSql(`alter table "fulfillment"."shipment" drop constraint "shipment_status_check";`);
    this.addSql(`alter table "fulfillment"."shipment" add "customer_id" uuid null, add "fulfillment_order_id" uuid null, add "service_level" varchar(60) null;`);
    this.addSql(`alter table "fulfillment"."shipment" add constraint "shipment_fulfillment_order_id_foreign" foreign key ("fulfillment_order_id") references "fulfillment"."fulfillment_order" ("id") on delete set null;`);
    this.addSql(`alter table "fulfillment"."shipment" add constraint "shipment_fulfillment_order_id_unique" unique ("fulfillment_order_id");`);
    this.addSql(`create index "shipment_customer_id_created_at_index" on "fulfillment"."shipment" ("customer_id", "created_at");`);
    this.addSql(`alter table "fulfillment"."shipment" add constraint "shipment_status_check" check ("status" in ('PENDING', 'PICKING', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'EXCEPTION', 'CANCELLED'));`);

    this.addSql(`alter table "fulfillment"."bin_location" add constraint "bin_location_walk_sequence_check" check (walk_sequence >= 0);`);

    this.addSql(`alter table "fulfillment"."fulfillment_order" add constraint "fulfillment_order_ready_has_code_check" check (status <> 'READY_FOR_PICKUP' or (pickup_code_hash is not null and pickup_deadline is not null));`);
    this.addSql(`alter table "fulfillment"."fulfillment_order" add constraint "fulfillment_order_type_check" check ("type" in ('SHIP', 'SHIP_FROM_STORE', 'PICKUP', 'RESERVE_IN_STORE', 'CURBSIDE', 'DROPSHIP'));`);
    this.addSql(`alter table "fulfillment"."fulfillment_order" add constraint "fulfillment_order_status_check" check ("status" in ('CREATED', 'SENT_TO_VENDOR', 'ACCEPTED', 'PICKING', 'PICKED', 'PACKED', 'SHIPPED', 'READY_FOR_PICKUP', 'PICKED_UP', 'EXPIRED', 'REJECTED', 'CANCELLED'));`);

    this.addSql(`alter table "fulfillment"."fulfillment_order_line" add constraint "fulfillment_order_line_fulfillment_order_id_foreign" foreign key ("fulfillment_order_id") references "fulfillment"."fulfillment_order" ("id");`);
    this.addSql(`alter table "fulfillment"."fulfillment_order_line" add constraint "fulfillment_order_line_quantities_check" check (cancelled_quantity >= 0 and cancelled_quantity <= quantity and (picked_quantity is null or (picked_quantity >= 0 and picked_quantity + cancelled_quantity <= quantity)));`);
    this.addSql(`alter table "fulfillment"."fulfillment_order_line" add constraint "fulfillment_order_line_quantity_check" check (quantity > 0);`);
    this.addSql(`alter table "fulfillment"."fulfillment_order_line" add constraint "fulfillment_order_line_allocation_kind_check" check ("allocation_kind" in ('STOCK', 'PRESELL'));`);

    this.addSql(`alter table "fulfillment"."location_profile" add constraint "location_profile_type_check" check ("type" in ('WAREHOUSE', 'STORE', 'DROPSHIP_VENDOR'));`);

    this.addSql(`alter table "fulfillment"."notification" add constraint "notification_channel_check" check ("channel" in ('EMAIL'));`);
    this.addSql(`alter table "fulfillment"."notification" add constraint "notification_template_check" check ("template" in ('PICKUP_READY', 'PICKED_UP', 'PICKUP_EXPIRED', 'SHIPPED', 'DELIVERED'));`);

    this.addSql(`alter table "fulfillment"."pick_wave" add constraint "pick_wave_status_check" check ("status" in ('OPEN', 'COMPLETED'));`);

    this.addSql(`alter table "fulfillment"."parcel" add constraint "parcel_shipment_id_foreign" foreign key ("shipment_id") references "fulfillment"."shipment" ("id");`);
    this.addSql(`alter table "fulfillment"."parcel" add constraint "parcel_weight_grams_check" check (weight_grams > 0);`);
    this.addSql(`alter table "fulfillment"."parcel" add constraint "parcel_length_mm_check" check (length_mm > 0);`);
    this.addSql(`alter table "fulfillment"."parcel" add constraint "parcel_width_mm_check" check (width_mm > 0);`);
    this.addSql(`alter table "fulfillment"."parcel" add constraint "parcel_height_mm_check" check (height_mm > 0);`);
    this.addSql(`alter table "fulfillment"."parcel" add constraint "parcel_status_check" check ("status" in ('PACKED', 'LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER'));`);

    this.addSql(`alter table "fulfillment"."parcel_item" add constraint "parcel_item_parcel_id_foreign" foreign key ("parcel_id") references "fulfillment"."parcel" ("id") on delete cascade;`);
    this.addSql(`alter table "fulfillment"."parcel_item" add constraint "parcel_item_line_id_foreign" foreign key ("line_id") references "fulfillment"."fulfillment_order_line" ("id");`);
    this.addSql(`alter table "fulfillment"."parcel_item" add constraint "parcel_item_quantity_check" check (quantity > 0);`);

    this.addSql(`alter table "fulfillment"."tracking_event" add constraint "tracking_event_parcel_id_foreign" foreign key ("parcel_id") references "fulfillment"."parcel" ("id");`);
    this.addSql(`alter table "fulfillment"."tracking_event" add constraint "tracking_event_status_check" check ("status" in ('LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'EXCEPTION', 'RETURNED_TO_SENDER'));`);

    this.addSql(`alter table "fulfillment"."webhook_delivery" add constraint "webhook_delivery_fulfillment_order_id_foreign" foreign key ("fulfillment_order_id") references "fulfillment"."fulfillment_order" ("id");`);
    this.addSql(`alter table "fulfillment"."webhook_delivery" add constraint "webhook_delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "fulfillment"."fulfillment_order_line" drop constraint "fulfillment_order_line_fulfillment_order_id_foreign";`);
    this.addSql(`alter table "fulfillment"."shipment" drop constraint "shipment_fulfillment_order_id_foreign";`);
    this.addSql(`alter table "fulfillment"."webhook_delivery" drop constraint "webhook_delivery_fulfillment_order_id_foreign";`);
    this.addSql(`alter table "fulfillment"."parcel_item" drop constraint "parcel_item_line_id_foreign";`);
    this.addSql(`alter table "fulfillment"."parcel_item" drop constraint "parcel_item_parcel_id_foreign";`);
    this.addSql(`alter table "fulfillment"."tracking_event" drop constraint "tracking_event_parcel_id_foreign";`);

    this.addSql(`drop table if exists "fulfillment"."bin_location" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."dropship_vendor" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."fulfillment_order" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."fulfillment_order_line" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."location_profile" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."notification" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."pick_wave" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."processed_event" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."parcel" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."parcel_item" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."tracking_event" cascade;`);
    this.addSql(`drop table if exists "fulfillment"."webhook_delivery" cascade;`);

    this.addSql(`alter table "fulfillment"."shipment" drop constraint "shipment_fulfillment_order_id_unique";`);
    this.addSql(`drop index "fulfillment"."shipment_customer_id_created_at_index";`);
    this.addSql(`alter table "fulfillment"."shipment" drop constraint "shipment_status_check";`);
    this.addSql(`alter table "fulfillment"."shipment" drop column "customer_id", drop column "fulfillment_order_id", drop column "service_level";`);
    this.addSql(`alter table "fulfillment"."shipment" add constraint "shipment_status_check" check ("status" in ('PENDING', 'PICKING', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'CANCELLED'));`);
  }

}
