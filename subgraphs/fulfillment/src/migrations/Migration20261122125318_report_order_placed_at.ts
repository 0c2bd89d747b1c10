import { Migration } from '@mikro-orm/migrations';

export class Migration20261122125318_report_order_placed_at extends Migration {

  override name = 'Migration20261122125318_report_order_placed_at';

  override up(): void | Promise<void> {
    this.addSql(`alter table "fulfillment"."fulfillment_order" add "order_placed_at" timestamptz null;`);
    // Fulfillment orders released before the orders service sent placedAt: their release is the closest known time.
    this.addSql(`update "fulfillment"."fulfillment_order" set "order_placed_at" = "created_at" where "order_placed_at" is null;`);
    this.addSql(`alter table "fulfillment"."fulfillment_order" alter column "order_placed_at" set not null;`);
    this.addSql(`create index "fulfillment_order_order_placed_at_index" on "fulfillment"."fulfillment_order" ("order_placed_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "fulfillment"."fulfillment_order_order_placed_at_index";`);
    this.addSql(`alter table "fulfillment"."fulfillment_order" drop column "order_placed_at";`);
  }

}
