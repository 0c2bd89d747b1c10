import { Migration } from '@mikro-orm/migrations';

export class Migration20261207201000_allocation_reconciliation extends Migration {

  override name = 'Migration20261207201000_allocation_reconciliation';

  override up(): void | Promise<void> {
    this.addSql(`alter table "inventory"."allocation" add column "order_confirmed_at" timestamptz null;`);
    // Allocations made before reconciliation existed belong to orders that were placed then.
    this.addSql(`update "inventory"."allocation" set "order_confirmed_at" = "created_at";`);
    // Reconciliation looks for unconfirmed allocations by age.
    this.addSql(`create index "allocation_unconfirmed_index" on "inventory"."allocation" ("created_at") where "status" = 'ALLOCATED' and "order_confirmed_at" is null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "inventory"."allocation_unconfirmed_index";`);
    this.addSql(`alter table "inventory"."allocation" drop column "order_confirmed_at";`);
  }

}
