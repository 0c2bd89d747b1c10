import { Migration } from '@mikro-orm/migrations';

export class Migration20261122154713_retention_indexes extends Migration {

  override name = 'Migration20261122154713_retention_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index if not exists "processed_event_processed_at_index" on "fulfillment"."processed_event" ("processed_at");`);
    this.addSql(`create index if not exists "webhook_delivery_created_at_index" on "fulfillment"."webhook_delivery" ("created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "fulfillment"."webhook_delivery_created_at_index";`);
    this.addSql(`drop index if exists "fulfillment"."processed_event_processed_at_index";`);
  }

}
