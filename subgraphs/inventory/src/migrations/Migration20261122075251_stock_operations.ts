import { Migration } from '@mikro-orm/migrations';

export class Migration20261122075251_stock_operations extends Migration {

  override name = 'Migration20261122075251_stock_operations';

  override up(): void | Promise<void> {
    this.addSql(`create table "inventory"."channel_setting" ("channel" text not null, "safety_buffer" int not null default 0, "updated_at" timestamptz not null, primary key ("channel"));`);

    this.addSql(`create table "inventory"."inventory_feed" ("feed_id" varchar(200) not null, "source" varchar(200) not null, "mode" text not null, "received_lines" int not null, "applied_lines" int not null, "rejected_lines" jsonb not null, "processed_at" timestamptz not null, primary key ("feed_id"));`);

    this.addSql(`create table "inventory"."outbox_event" ("id" uuid not null, "position" bigserial, "type" varchar(100) not null, "aggregate_type" varchar(60) not null, "aggregate_id" varchar(100) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "inventory"."outbox_event" add constraint "outbox_event_position_unique" unique ("position");`);
    this.addSql(`create index "outbox_event_aggregate_type_aggregate_id_index" on "inventory"."outbox_event" ("aggregate_type", "aggregate_id");`);
    this.addSql(`create index "outbox_event_published_at_position_index" on "inventory"."outbox_event" ("published_at", "position");`);

    this.addSql(`create table "inventory"."price_list" ("id" uuid not null, "name" varchar(120) not null, "channel" text not null, "currency" varchar(3) not null, "valid_from" timestamptz not null, "valid_to" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "price_list_channel_currency_valid_from_index" on "inventory"."price_list" ("channel", "currency", "valid_from");`);

    this.addSql(`create table "inventory"."purchase_order" ("id" uuid not null, "number" varchar(40) not null, "supplier" varchar(200) not null, "location_id" uuid not null, "status" text not null, "expected_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "inventory"."purchase_order" add constraint "purchase_order_number_unique" unique ("number");`);
    this.addSql(`create index "purchase_order_location_id_index" on "inventory"."purchase_order" ("location_id");`);
    this.addSql(`create index "purchase_order_status_index" on "inventory"."purchase_order" ("status");`);

    this.addSql(`create table "inventory"."reservation" ("id" uuid not null, "cart_id" varchar(200) not null, "channel" text not null, "status" text not null, "expires_at" timestamptz not null, "order_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "reservation_cart_id_index" on "inventory"."reservation" ("cart_id");`);
    this.addSql(`create index "reservation_status_expires_at_index" on "inventory"."reservation" ("status", "expires_at");`);

    this.addSql(`create table "inventory"."reservation_line" ("id" uuid not null, "reservation_id" uuid not null, "sku_code" varchar(64) not null, "location_id" uuid not null, "quantity" int not null, primary key ("id"));`);
    this.addSql(`create index "reservation_line_reservation_id_index" on "inventory"."reservation_line" ("reservation_id");`);
    this.addSql(`create index "reservation_line_sku_code_location_id_index" on "inventory"."reservation_line" ("sku_code", "location_id");`);

    this.addSql(`create table "inventory"."purchase_order_line" ("id" uuid not null, "purchase_order_id" uuid not null, "sku_code" varchar(64) not null, "quantity_ordered" int not null, "quantity_received" int not null default 0, "quantity_promised" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "purchase_order_line_sku_code_index" on "inventory"."purchase_order_line" ("sku_code");`);
    this.addSql(`alter table "inventory"."purchase_order_line" add constraint "purchase_order_line_purchase_order_id_sku_code_unique" unique ("purchase_order_id", "sku_code");`);

    this.addSql(`create table "inventory"."price_list_entry" ("id" uuid not null, "price_list_id" uuid not null, "sku_code" varchar(64) not null, "amount" int not null, primary key ("id"));`);
    this.addSql(`create index "price_list_entry_sku_code_index" on "inventory"."price_list_entry" ("sku_code");`);
    this.addSql(`alter table "inventory"."price_list_entry" add constraint "price_list_entry_price_list_id_sku_code_unique" unique ("price_list_id", "sku_code");`);

    this.addSql(`create table "inventory"."allocation" ("id" uuid not null, "order_id" uuid not null, "order_line_id" uuid not null, "sku_code" varchar(64) not null, "location_id" uuid not null, "quantity" int not null, "status" text not null, "kind" text not null, "promised_at" timestamptz null, "purchase_order_line_id" uuid null, "reservation_id" uuid null, "distance_km" double precision null, "released_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "allocation_order_id_index" on "inventory"."allocation" ("order_id");`);
    this.addSql(`create index "allocation_purchase_order_line_id_index" on "inventory"."allocation" ("purchase_order_line_id");`);
    this.addSql(`create index "allocation_sku_code_kind_status_index" on "inventory"."allocation" ("sku_code", "kind", "status");`);

    this.addSql(`create table "inventory"."stock_movement" ("id" uuid not null, "sku_code" varchar(64) not null, "location_id" uuid not null, "kind" text not null, "on_hand_before" int not null, "on_hand_after" int not null, "reserved_before" int not null, "reserved_after" int not null, "reason" varchar(500) null, "reference" varchar(200) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "stock_movement_sku_code_location_id_created_at_id_index" on "inventory"."stock_movement" ("sku_code", "location_id", "created_at", "id");`);
    this.addSql(`create index "stock_movement_location_id_created_at_id_index" on "inventory"."stock_movement" ("location_id", "created_at", "id");`);
    this.addSql(`create index "stock_movement_created_at_id_index" on "inventory"."stock_movement" ("created_at", "id");`);

    this.addSql(`create table "inventory"."transfer" ("id" uuid not null, "from_location_id" uuid not null, "to_location_id" uuid not null, "status" text not null, "reference" varchar(200) null, "shipped_at" timestamptz null, "received_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "transfer_from_location_id_index" on "inventory"."transfer" ("from_location_id");`);
    this.addSql(`create index "transfer_to_location_id_index" on "inventory"."transfer" ("to_location_id");`);
    this.addSql(`create index "transfer_status_index" on "inventory"."transfer" ("status");`);

    this.addSql(`create table "inventory"."transfer_line" ("id" uuid not null, "transfer_id" uuid not null, "sku_code" varchar(64) not null, "quantity" int not null, "received_quantity" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "inventory"."transfer_line" add constraint "transfer_line_transfer_id_sku_code_unique" unique ("transfer_id", "sku_code");`);

    this.addSql(`alter table "inventory"."location" add "ships" boolean not null default false, add "pickup" boolean not null default false, add "ship_from_store" boolean not null default false, add "channels" text[] not null default '{}', add "daily_order_capacity" int null, add "default_safety_stock" int not null default 0;`);
    this.addSql(`alter table "inventory"."location" add constraint "location_daily_order_capacity_check" check (daily_order_capacity is null or daily_order_capacity > 0);`);
    this.addSql(`alter table "inventory"."location" add constraint "location_default_safety_stock_check" check (default_safety_stock >= 0);`);
    this.addSql(`alter table "inventory"."location" add constraint "location_channels_check" check ("channels" <@ array['WEB'::text, 'MOBILE'::text, 'STORE'::text, 'CALL_CENTER'::text, 'MARKETPLACE'::text]);`);

    this.addSql(`alter table "inventory"."sku" add "attributes" jsonb not null default '[]', add "weight_grams" int null, add "length_mm" int null, add "width_mm" int null, add "height_mm" int null, add "returnable" boolean not null default true, add "presell_limit" int not null default 0;`);
    this.addSql(`alter table "inventory"."sku" add constraint "sku_dimensions_check" check ((length_mm is null and width_mm is null and height_mm is null) or (length_mm > 0 and width_mm > 0 and height_mm > 0));`);
    this.addSql(`alter table "inventory"."sku" add constraint "sku_weight_grams_check" check (weight_grams is null or weight_grams > 0);`);
    this.addSql(`alter table "inventory"."sku" add constraint "sku_presell_limit_check" check (presell_limit >= 0);`);

    this.addSql(`alter table "inventory"."channel_setting" add constraint "channel_setting_safety_buffer_check" check (safety_buffer >= 0);`);
    this.addSql(`alter table "inventory"."channel_setting" add constraint "channel_setting_channel_check" check ("channel" in ('WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'));`);

    this.addSql(`alter table "inventory"."inventory_feed" add constraint "inventory_feed_mode_check" check ("mode" in ('SNAPSHOT', 'DELTA'));`);

    this.addSql(`alter table "inventory"."price_list" add constraint "price_list_validity_check" check (valid_to is null or valid_to > valid_from);`);
    this.addSql(`alter table "inventory"."price_list" add constraint "price_list_currency_check" check (currency ~ '^[A-Z]{3}\$');`);
    this.addSql(`alter table "inventory"."price_list" add constraint "price_list_channel_check" check ("channel" in ('WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'));`);

    this.addSql(`alter table "inventory"."purchase_order" add constraint "purchase_order_location_id_foreign" foreign key ("location_id") references "inventory"."location" ("id");`);
    this.addSql(`alter table "inventory"."purchase_order" add constraint "purchase_order_status_check" check ("status" in ('OPEN', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'));`);

    this.addSql(`alter table "inventory"."reservation" add constraint "reservation_channel_check" check ("channel" in ('WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'));`);
    this.addSql(`alter table "inventory"."reservation" add constraint "reservation_status_check" check ("status" in ('ACTIVE', 'RELEASED', 'EXPIRED', 'CONVERTED'));`);

    this.addSql(`alter table "inventory"."reservation_line" add constraint "reservation_line_reservation_id_foreign" foreign key ("reservation_id") references "inventory"."reservation" ("id");`);
    this.addSql(`alter table "inventory"."reservation_line" add constraint "reservation_line_sku_code_foreign" foreign key ("sku_code") references "inventory"."sku" ("code");`);
    this.addSql(`alter table "inventory"."reservation_line" add constraint "reservation_line_location_id_foreign" foreign key ("location_id") references "inventory"."location" ("id");`);
    this.addSql(`alter table "inventory"."reservation_line" add constraint "reservation_line_quantity_check" check (quantity > 0);`);

    this.addSql(`alter table "inventory"."purchase_order_line" add constraint "purchase_order_line_purchase_order_id_foreign" foreign key ("purchase_order_id") references "inventory"."purchase_order" ("id");`);
    this.addSql(`alter table "inventory"."purchase_order_line" add constraint "purchase_order_line_sku_code_foreign" foreign key ("sku_code") references "inventory"."sku" ("code");`);
    this.addSql(`alter table "inventory"."purchase_order_line" add constraint "purchase_order_line_quantities_check" check (quantity_received >= 0 and quantity_promised >= 0 and quantity_received + quantity_promised <= quantity_ordered);`);
    this.addSql(`alter table "inventory"."purchase_order_line" add constraint "purchase_order_line_quantity_ordered_check" check (quantity_ordered > 0);`);

    this.addSql(`alter table "inventory"."price_list_entry" add constraint "price_list_entry_price_list_id_foreign" foreign key ("price_list_id") references "inventory"."price_list" ("id");`);
    this.addSql(`alter table "inventory"."price_list_entry" add constraint "price_list_entry_sku_code_foreign" foreign key ("sku_code") references "inventory"."sku" ("code");`);
    this.addSql(`alter table "inventory"."price_list_entry" add constraint "price_list_entry_amount_check" check (amount >= 0);`);

    this.addSql(`alter table "inventory"."allocation" add constraint "allocation_sku_code_foreign" foreign key ("sku_code") references "inventory"."sku" ("code");`);
    this.addSql(`alter table "inventory"."allocation" add constraint "allocation_location_id_foreign" foreign key ("location_id") references "inventory"."location" ("id");`);
    this.addSql(`alter table "inventory"."allocation" add constraint "allocation_purchase_order_line_id_foreign" foreign key ("purchase_order_line_id") references "inventory"."purchase_order_line" ("id") on delete set null;`);
    this.addSql(`alter table "inventory"."allocation" add constraint "allocation_presell_check" check (kind <> 'PRESELL' or (purchase_order_line_id is not null and promised_at is not null));`);
    this.addSql(`alter table "inventory"."allocation" add constraint "allocation_quantity_check" check (quantity > 0);`);
    this.addSql(`alter table "inventory"."allocation" add constraint "allocation_status_check" check ("status" in ('ALLOCATED', 'RELEASED', 'SHIPPED'));`);
    this.addSql(`alter table "inventory"."allocation" add constraint "allocation_kind_check" check ("kind" in ('STOCK', 'PRESELL'));`);

    this.addSql(`alter table "inventory"."stock_movement" add constraint "stock_movement_kind_check" check ("kind" in ('RECEIPT', 'ADJUSTMENT', 'RESERVATION', 'RELEASE', 'EXPIRY', 'ALLOCATION', 'SHIPMENT', 'RETURN', 'TRANSFER_OUT', 'TRANSFER_IN', 'FEED_SYNC'));`);

    this.addSql(`alter table "inventory"."transfer" add constraint "transfer_from_location_id_foreign" foreign key ("from_location_id") references "inventory"."location" ("id");`);
    this.addSql(`alter table "inventory"."transfer" add constraint "transfer_to_location_id_foreign" foreign key ("to_location_id") references "inventory"."location" ("id");`);
    this.addSql(`alter table "inventory"."transfer" add constraint "transfer_locations_differ_check" check (from_location_id <> to_location_id);`);
    this.addSql(`alter table "inventory"."transfer" add constraint "transfer_status_check" check ("status" in ('REQUESTED', 'SHIPPED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED'));`);

    this.addSql(`alter table "inventory"."transfer_line" add constraint "transfer_line_transfer_id_foreign" foreign key ("transfer_id") references "inventory"."transfer" ("id");`);
    this.addSql(`alter table "inventory"."transfer_line" add constraint "transfer_line_sku_code_foreign" foreign key ("sku_code") references "inventory"."sku" ("code");`);
    this.addSql(`alter table "inventory"."transfer_line" add constraint "transfer_line_received_check" check (received_quantity >= 0 and received_quantity <= quantity);`);
    this.addSql(`alter table "inventory"."transfer_line" add constraint "transfer_line_quantity_check" check (quantity > 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "inventory"."price_list_entry" drop constraint "price_list_entry_price_list_id_foreign";`);
    this.addSql(`alter table "inventory"."purchase_order_line" drop constraint "purchase_order_line_purchase_order_id_foreign";`);
    this.addSql(`alter table "inventory"."reservation_line" drop constraint "reservation_line_reservation_id_foreign";`);
    this.addSql(`alter table "inventory"."allocation" drop constraint "allocation_purchase_order_line_id_foreign";`);
    this.addSql(`alter table "inventory"."transfer_line" drop constraint "transfer_line_transfer_id_foreign";`);

    this.addSql(`drop table if exists "inventory"."channel_setting" cascade;`);
    this.addSql(`drop table if exists "inventory"."inventory_feed" cascade;`);
    this.addSql(`drop table if exists "inventory"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "inventory"."price_list" cascade;`);
    this.addSql(`drop table if exists "inventory"."purchase_order" cascade;`);
    this.addSql(`drop table if exists "inventory"."reservation" cascade;`);
    this.addSql(`drop table if exists "inventory"."reservation_line" cascade;`);
    this.addSql(`drop table if exists "inventory"."purchase_order_line" cascade;`);
    this.addSql(`drop table if exists "inventory"."price_list_entry" cascade;`);
    this.addSql(`drop table if exists "inventory"."allocation" cascade;`);
    this.addSql(`drop table if exists "inventory"."stock_movement" cascade;`);
    this.addSql(`drop table if exists "inventory"."transfer" cascade;`);
    this.addSql(`drop table if exists "inventory"."transfer_line" cascade;`);

    this.addSql(`alter table "inventory"."location" drop constraint "location_daily_order_capacity_check";`);
    this.addSql(`alter table "inventory"."location" drop constraint "location_default_safety_stock_check";`);
    this.addSql(`alter table "inventory"."location" drop constraint "location_channels_check";`);
    this.addSql(`alter table "inventory"."location" drop column "ships", drop column "pickup", drop column "ship_from_store", drop column "channels", drop column "daily_order_capacity", drop column "default_safety_stock";`);

    this.addSql(`alter table "inventory"."sku" drop constraint "sku_dimensions_check";`);
    this.addSql(`alter table "inventory"."sku" drop constraint "sku_weight_grams_check";`);
    this.addSql(`alter table "inventory"."sku" drop constraint "sku_presell_limit_check";`);
    this.addSql(`alter table "inventory"."sku" drop column "attributes", drop column "weight_grams", drop column "length_mm", drop column "width_mm", drop column "height_mm", drop column "returnable", drop column "presell_limit";`);
  }

}
