import { Migration } from '@mikro-orm/migrations';

export class Migration20261122125911_notifications_webhooks extends Migration {

  override name = 'Migration20261122125911_notifications_webhooks';

  override up(): void | Promise<void> {
    // The language of customer messages; `if not exists`, since the customer profile work may add it too.
    this.addSql(`alter table "customers"."customer" add column if not exists "preferred_language" varchar(8) null;`);
    // Consumers of this service claim events here (also created by other work on this service: hence `if not exists`).
    this.addSql(`create table if not exists "customers"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "outcome" varchar(20) not null, "detail" varchar(500) null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);

    this.addSql(`create table "customers"."order_contact" ("order_id" uuid not null, "number" varchar(32) not null, "customer_id" uuid null, "email" varchar(254) null, "total_amount" int null, "currency" varchar(3) null, "confirmation_sent_at" timestamptz null, "hold_notified_at" timestamptz null, "created_at" timestamptz not null, primary key ("order_id"));`);

    this.addSql(`create table "customers"."notification" ("id" uuid not null, "event_id" uuid not null, "template" text not null, "customer_id" uuid null, "order_id" uuid null, "recipient" varchar(254) not null, "language" varchar(8) not null, "subject" varchar(300) not null, "body" text not null, "secrets" text[] not null default '{}', "channel" varchar(20) null, "status" text not null default 'PENDING', "attempts" int not null default 0, "next_attempt_at" timestamptz null, "last_error" varchar(500) null, "provider_message_id" varchar(300) null, "sent_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "customers"."notification" add constraint "notification_event_id_template_unique" unique ("event_id", "template");`);
    this.addSql(`create index "notification_customer_id_created_at_id_index" on "customers"."notification" ("customer_id", "created_at", "id");`);
    this.addSql(`create index "notification_order_id_created_at_id_index" on "customers"."notification" ("order_id", "created_at", "id");`);
    this.addSql(`create index "notification_created_at_id_index" on "customers"."notification" ("created_at", "id");`);
    this.addSql(`create index "notification_status_next_attempt_at_index" on "customers"."notification" ("status", "next_attempt_at");`);
    this.addSql(`alter table "customers"."notification" add constraint "notification_template_check" check ("template" in ('ORDER_CONFIRMED', 'ORDER_ON_HOLD', 'ORDER_HOLD_RELEASED', 'ORDER_SHIPPED', 'ORDER_DELIVERED', 'PICKUP_READY', 'PICKED_UP', 'PICKUP_EXPIRED', 'ORDER_CANCELLED', 'ORDER_REFUNDED'));`);
    this.addSql(`alter table "customers"."notification" add constraint "notification_status_check" check ("status" in ('PENDING', 'SENT', 'FAILED'));`);
    this.addSql(`alter table "customers"."notification" add constraint "notification_attempts_check" check ("attempts" >= 0);`);

    this.addSql(`create table "customers"."webhook_subscription" ("id" uuid not null, "url" varchar(2000) not null, "event_types" text[] not null, "description" varchar(500) null, "signing_secret" varchar(100) not null, "created_by" varchar(120) not null, "created_at" timestamptz not null, "deleted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "customers"."webhook_subscription" add constraint "webhook_subscription_event_types_check" check (cardinality(event_types) > 0);`);

    this.addSql(`create table "customers"."webhook_delivery" ("id" uuid not null, "subscription_id" uuid not null, "event_id" uuid not null, "event_type" varchar(100) not null, "body" text not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "cycle_attempts" int not null default 0, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "last_status_code" int null, "last_error" varchar(500) null, "delivered_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "customers"."webhook_delivery" add constraint "webhook_delivery_subscription_id_event_id_unique" unique ("subscription_id", "event_id");`);
    this.addSql(`create index "webhook_delivery_subscription_id_created_at_id_index" on "customers"."webhook_delivery" ("subscription_id", "created_at", "id");`);
    this.addSql(`create index "webhook_delivery_status_next_attempt_at_index" on "customers"."webhook_delivery" ("status", "next_attempt_at");`);
    this.addSql(`alter table "customers"."webhook_delivery" add constraint "webhook_delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'FAILED'));`);
    this.addSql(`alter table "customers"."webhook_delivery" add constraint "webhook_delivery_attempts_check" check ("attempts" >= 0 and "cycle_attempts" >= 0 and "cycle_attempts" <= "attempts");`);

    this.addSql(`create table "customers"."webhook_attempt" ("id" uuid not null, "delivery_id" uuid not null, "number" int not null, "at" timestamptz not null, "status_code" int null, "error" varchar(500) null, "duration_ms" int not null, primary key ("id"));`);
    this.addSql(`alter table "customers"."webhook_attempt" add constraint "webhook_attempt_delivery_id_number_unique" unique ("delivery_id", "number");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "customers"."webhook_attempt" cascade;`);
    this.addSql(`drop table if exists "customers"."webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "customers"."webhook_subscription" cascade;`);
    this.addSql(`drop table if exists "customers"."notification" cascade;`);
    this.addSql(`drop table if exists "customers"."order_contact" cascade;`);
    this.addSql(`alter table "customers"."customer" drop column if exists "preferred_language";`);
  }

}
