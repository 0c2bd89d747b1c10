import { Migration } from '@mikro-orm/migrations';

export class Migration20261122082643_persisted_operations extends Migration {

  override name = 'Migration20261122082643_persisted_operations';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customers"."api_key" add "persisted_operations_only" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "customers"."api_key" drop column "persisted_operations_only";`);
  }

}
