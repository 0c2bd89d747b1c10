import { Migration } from '@mikro-orm/migrations';

/**
 * Customer messages moved to the customers service, which owns contact data and language
 * preferences and sends them from fulfillment's events (PickupReady carries the pickup code).
 */
export class Migration20261122125959_notifications_moved extends Migration {

  override name = 'Migration20261122125959_notifications_moved';

  override up(): void | Promise<void> {
    this.addSql(`drop table if exists "fulfillment"."notification" cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create table "fulfillment"."notification" ("id" uuid not null, "recipient" varchar(254) not null, "customer_id" uuid null, "channel" text not null default 'EMAIL', "template" text not null, "payload" jsonb not null, "order_id" uuid null, "fulfillment_order_id" uuid null, "sent_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "notification_order_id_index" on "fulfillment"."notification" ("order_id");`);
    this.addSql(`alter table "fulfillment"."notification" add constraint "notification_channel_check" check ("channel" in ('EMAIL'));`);
    this.addSql(`alter table "fulfillment"."notification" add constraint "notification_template_check" check ("template" in ('PICKUP_READY', 'PICKED_UP', 'PICKUP_EXPIRED', 'SHIPPED', 'DELIVERED'));`);
  }

}
