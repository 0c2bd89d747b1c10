import { Migration } from '@mikro-orm/migrations';

export class Migration20261122083742_fulfillment_events extends Migration {

  override name = 'Migration20261122083742_fulfillment_events';

  override up(): void | Promise<void> {
    this.addSql(`create table "inventory"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "outcome" varchar(20) not null, "detail" varchar(500) null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);

    this.addSql(`create table "inventory"."reallocation" ("order_id" uuid not null, "reference" varchar(200) not null, "outcome" jsonb not null, "created_at" timestamptz not null, primary key ("order_id", "reference"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "inventory"."processed_event" cascade;`);
    this.addSql(`drop table if exists "inventory"."reallocation" cascade;`);
  }

}
