import { Migration } from '@mikro-orm/migrations';

export class Migration20261207235817_allocation_location_orders extends Migration {

  override name = 'Migration20261207235817_allocation_location_orders';

  override up(): void | Promise<void> {
    // A store's orders (its associates' scope): the orders with an allocation at a location.
    this.addSql(`create index "allocation_location_id_order_id_index" on "inventory"."allocation" ("location_id", "order_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "inventory"."allocation_location_id_order_id_index";`);
  }

}
