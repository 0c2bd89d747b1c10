import { Migration } from '@mikro-orm/migrations';

export class Migration20261122073620_order_capture extends Migration {

  override name = 'Migration20261122073620_order_capture';

  override up(): void | Promise<void> {
    this.addSql(`create table "orders"."idempotency_record" ("id" uuid not null, "scope" varchar(160) not null, "key" varchar(255) not null, "request_hash" varchar(64) not null, "order_id" uuid null, "out_of_stock" jsonb null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."idempotency_record" add constraint "idempotency_record_scope_key_unique" unique ("scope", "key");`);

    this.addSql(`create table "orders"."order_transition" ("id" uuid not null, "order_id" uuid not null, "position" int not null, "from_status" text null, "to_status" text not null, "actor" varchar(120) not null, "reason" varchar(500) null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."order_transition" add constraint "order_transition_order_id_position_unique" unique ("order_id", "position");`);

    this.addSql(`create table "orders"."outbox_event" ("id" uuid not null, "position" bigserial, "type" varchar(100) not null, "aggregate_type" varchar(60) not null, "aggregate_id" varchar(100) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "orders"."outbox_event" add constraint "outbox_event_position_unique" unique ("position");`);
    this.addSql(`create index "outbox_event_aggregate_type_aggregate_id_index" on "orders"."outbox_event" ("aggregate_type", "aggregate_id");`);
    this.addSql(`create index "outbox_event_published_at_position_index" on "orders"."outbox_event" ("published_at", "position");`);

    this.addSql(`create table "orders"."payment" ("id" uuid not null, "order_id" uuid not null, "provider" varchar(40) not null, "reference" varchar(100) not null, "status" text not null, "currency" varchar(3) not null, "amount_authorized" int not null, "amount_captured" int not null default 0, "amount_refunded" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "payment_order_id_index" on "orders"."payment" ("order_id");`);
    this.addSql(`alter table "orders"."payment" add constraint "payment_provider_reference_unique" unique ("provider", "reference");`);

    this.addSql(`create table "orders"."payment_operation" ("id" uuid not null, "payment_id" uuid not null, "operation" text not null, "amount" int not null, "currency" varchar(3) not null, "outcome" text not null, "provider_reference" varchar(100) null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "payment_operation_payment_id_index" on "orders"."payment_operation" ("payment_id");`);

    this.addSql(`create table "orders"."promotion" ("id" uuid not null, "code" varchar(32) not null, "description" varchar(500) not null, "kind" text not null, "scope" text not null, "value" int not null, "currency" varchar(3) not null, "skus" text[] not null default '{}', "minimum_subtotal" int null, "valid_from" timestamptz not null, "valid_to" timestamptz null, "usage_limit" int null, "usage_count" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."promotion" add constraint "promotion_code_unique" unique ("code");`);
    this.addSql(`create index "promotion_created_at_id_index" on "orders"."promotion" ("created_at", "id");`);

    this.addSql(`alter table "orders"."order" add "delivery_method" text not null default 'SHIP', add "pickup_location_id" uuid null, add "discount_total" int not null default 0, add "tax_country" varchar(2) null, add "promotion_codes" text[] not null default '{}';`);
    this.addSql(`alter table "orders"."order" add constraint "order_total_adds_up_check" check (total = subtotal - discount_total + shipping_total and discount_total <= subtotal);`);
    this.addSql(`alter table "orders"."order" add constraint "order_pickup_location_check" check (delivery_method = 'SHIP' or pickup_location_id is not null);`);
    this.addSql(`alter table "orders"."order" add constraint "order_discount_total_check" check (discount_total >= 0);`);
    this.addSql(`alter table "orders"."order" add constraint "order_delivery_method_check" check ("delivery_method" in ('SHIP', 'PICKUP', 'RESERVE_IN_STORE'));`);

    this.addSql(`alter table "orders"."order_line" add "status" text not null default 'OPEN', add "discount" int not null default 0;`);
    this.addSql(`alter table "orders"."order_line" add constraint "order_line_discount_check" check (discount >= 0 and discount <= unit_price * quantity);`);
    this.addSql(`alter table "orders"."order_line" add constraint "order_line_status_check" check ("status" in ('OPEN', 'BACKORDERED', 'CANCELLED', 'SHIPPED'));`);

    this.addSql(`alter table "orders"."idempotency_record" add constraint "idempotency_record_order_id_foreign" foreign key ("order_id") references "orders"."order" ("id") on delete set null;`);
    this.addSql(`alter table "orders"."idempotency_record" add constraint "idempotency_record_outcome_check" check ((order_id is null) <> (out_of_stock is null));`);

    this.addSql(`alter table "orders"."order_transition" add constraint "order_transition_order_id_foreign" foreign key ("order_id") references "orders"."order" ("id");`);
    this.addSql(`alter table "orders"."order_transition" add constraint "order_transition_from_status_check" check ("from_status" in ('CREATED', 'CONFIRMED', 'ON_HOLD', 'BACKORDERED', 'ALLOCATED', 'RELEASED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED'));`);
    this.addSql(`alter table "orders"."order_transition" add constraint "order_transition_to_status_check" check ("to_status" in ('CREATED', 'CONFIRMED', 'ON_HOLD', 'BACKORDERED', 'ALLOCATED', 'RELEASED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED'));`);

    this.addSql(`alter table "orders"."payment" add constraint "payment_order_id_foreign" foreign key ("order_id") references "orders"."order" ("id");`);
    this.addSql(`alter table "orders"."payment" add constraint "payment_amounts_check" check (amount_authorized >= 0 and amount_captured >= 0 and amount_captured <= amount_authorized and amount_refunded >= 0 and amount_refunded <= amount_captured);`);
    this.addSql(`alter table "orders"."payment" add constraint "payment_status_check" check ("status" in ('AUTHORIZED', 'PARTIALLY_CAPTURED', 'CAPTURED', 'VOIDED', 'REFUNDED', 'DECLINED'));`);

    this.addSql(`alter table "orders"."payment_operation" add constraint "payment_operation_payment_id_foreign" foreign key ("payment_id") references "orders"."payment" ("id");`);
    this.addSql(`alter table "orders"."payment_operation" add constraint "payment_operation_amount_check" check (amount >= 0);`);
    this.addSql(`alter table "orders"."payment_operation" add constraint "payment_operation_operation_check" check ("operation" in ('AUTHORIZE', 'CAPTURE', 'VOID', 'REFUND'));`);
    this.addSql(`alter table "orders"."payment_operation" add constraint "payment_operation_outcome_check" check ("outcome" in ('SUCCEEDED', 'DECLINED', 'FAILED'));`);

    this.addSql(`alter table "orders"."promotion" add constraint "promotion_value_check" check (value > 0 and (kind <> 'PERCENTAGE' or value <= 100));`);
    this.addSql(`alter table "orders"."promotion" add constraint "promotion_usage_check" check (usage_count >= 0 and (usage_limit is null or usage_count <= usage_limit));`);
    this.addSql(`alter table "orders"."promotion" add constraint "promotion_validity_check" check (valid_to is null or valid_to > valid_from);`);
    this.addSql(`alter table "orders"."promotion" add constraint "promotion_kind_check" check ("kind" in ('PERCENTAGE', 'FIXED_AMOUNT'));`);
    this.addSql(`alter table "orders"."promotion" add constraint "promotion_scope_check" check ("scope" in ('ORDER', 'LINE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders"."payment_operation" drop constraint "payment_operation_payment_id_foreign";`);

    this.addSql(`drop table if exists "orders"."idempotency_record" cascade;`);
    this.addSql(`drop table if exists "orders"."order_transition" cascade;`);
    this.addSql(`drop table if exists "orders"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "orders"."payment" cascade;`);
    this.addSql(`drop table if exists "orders"."payment_operation" cascade;`);
    this.addSql(`drop table if exists "orders"."promotion" cascade;`);

    this.addSql(`alter table "orders"."order" drop constraint "order_total_adds_up_check";`);
    this.addSql(`alter table "orders"."order" drop constraint "order_pickup_location_check";`);
    this.addSql(`alter table "orders"."order" drop constraint "order_discount_total_check";`);
    this.addSql(`alter table "orders"."order" drop constraint "order_delivery_method_check";`);
    this.addSql(`alter table "orders"."order" drop column "delivery_method", drop column "pickup_location_id", drop column "discount_total", drop column "tax_country", drop column "promotion_codes";`);

    this.addSql(`alter table "orders"."order_line" drop constraint "order_line_discount_check";`);
    this.addSql(`alter table "orders"."order_line" drop constraint "order_line_status_check";`);
    this.addSql(`alter table "orders"."order_line" drop column "status", drop column "discount";`);
  }

}
