import { Migration } from '@mikro-orm/migrations';

export class Migration20261122231409_pickup_code_reissues extends Migration {

  override name = 'Migration20261122231409_pickup_code_reissues';

  override up(): void | Promise<void> {
    this.addSql(`alter table "fulfillment"."fulfillment_order" add "pickup_code_reissues" int not null default 0;`);
    this.addSql(`alter table "fulfillment"."fulfillment_order" add constraint "fulfillment_order_pickup_code_reissues_check" check (pickup_code_reissues between 0 and 5);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "fulfillment"."fulfillment_order" drop constraint "fulfillment_order_pickup_code_reissues_check";`);
    this.addSql(`alter table "fulfillment"."fulfillment_order" drop column "pickup_code_reissues";`);
  }

}
