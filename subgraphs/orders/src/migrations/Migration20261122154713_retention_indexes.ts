import { Migration } from '@mikro-orm/migrations';

export class Migration20261122154713_retention_indexes extends Migration {

  override name = 'Migration20261122154713_retention_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index if not exists "idempotency_record_created_at_index" on "orders"."idempotency_record" ("created_at");`);
    this.addSql(`create index if not exists "processed_event_processed_at_index" on "orders"."processed_event" ("processed_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "orders"."processed_event_processed_at_index";`);
    this.addSql(`drop index if exists "orders"."idempotency_record_created_at_index";`);
  }

}
