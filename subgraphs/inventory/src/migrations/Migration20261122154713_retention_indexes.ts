import { Migration } from '@mikro-orm/migrations';

export class Migration20261122154713_retention_indexes extends Migration {

  override name = 'Migration20261122154713_retention_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index if not exists "processed_event_processed_at_index" on "inventory"."processed_event" ("processed_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "inventory"."processed_event_processed_at_index";`);
  }

}
