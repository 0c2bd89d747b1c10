import { Migration } from '@mikro-orm/migrations';

export class Migration20261122083739_order_saga extends Migration {

  override name = 'Migration20261122083739_order_saga';

  override up(): void | Promise<void> {
    this.addSql(`create table "orders"."processed_event" ("consumer" varchar(100) not null, "event_id" uuid not null, "outcome" varchar(20) not null, "detail" varchar(500) null, "processed_at" timestamptz not null, primary key ("consumer", "event_id"));`);

    this.addSql(`alter table "orders"."order" add "release_at" timestamptz null, add "released_at" timestamptz null;`);
    this.addSql(`create index "order_status_release_at_index" on "orders"."order" ("status", "release_at");`);

    this.addSql(`alter table "orders"."order_line" add "shipped_quantity" int not null default 0, add "cancelled_quantity" int not null default 0;`);
    this.addSql(`alter table "orders"."order_line" add constraint "order_line_progress_check" check (shipped_quantity >= 0 and cancelled_quantity >= 0 and shipped_quantity + cancelled_quantity <= quantity);`);

    // Orders from before the saga: lines that shipped or were cancelled did so in full; released orders were released when their timeline says; allocated ones go to fulfillment now.
    this.addSql(`update "orders"."order_line" set "shipped_quantity" = "quantity" where "status" = 'SHIPPED';`);
    this.addSql(`update "orders"."order_line" set "cancelled_quantity" = "quantity" where "status" = 'CANCELLED';`);
    this.addSql(`update "orders"."order" o set "released_at" = coalesce((select min(t."at") from "orders"."order_transition" t where t."order_id" = o."id" and t."to_status" = 'RELEASED'), o."updated_at") where o."status" in ('RELEASED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED');`);
    this.addSql(`update "orders"."order" set "release_at" = now() where "status" = 'ALLOCATED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "orders"."processed_event" cascade;`);

    this.addSql(`drop index "orders"."order_status_release_at_index";`);
    this.addSql(`alter table "orders"."order" drop column "release_at", drop column "released_at";`);

    this.addSql(`alter table "orders"."order_line" drop constraint "order_line_progress_check";`);
    this.addSql(`alter table "orders"."order_line" drop column "shipped_quantity", drop column "cancelled_quantity";`);
  }

}
