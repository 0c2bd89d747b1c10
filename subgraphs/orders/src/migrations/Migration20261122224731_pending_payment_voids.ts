import { Migration } from '@mikro-orm/migrations';

export class Migration20261122224731_pending_payment_voids extends Migration {

  override name = 'Migration20261122224731_pending_payment_voids';

  override up(): void | Promise<void> {
    this.addSql(`alter table "orders"."payment_operation" drop constraint if exists "payment_operation_outcome_check";`);
    this.addSql(`alter table "orders"."payment_operation" add constraint "payment_operation_outcome_check" check ("outcome" in ('SUCCEEDED', 'DECLINED', 'FAILED', 'PENDING'));`);
    this.addSql(`create index "payment_operation_pending_index" on "orders"."payment_operation" ("at") where "outcome" = 'PENDING';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "orders"."payment_operation_pending_index";`);
    // Voids still owed are recorded as failed calls: the older constraint knows no pending ones.
    this.addSql(`update "orders"."payment_operation" set "outcome" = 'FAILED' where "outcome" = 'PENDING';`);
    this.addSql(`alter table "orders"."payment_operation" drop constraint if exists "payment_operation_outcome_check";`);
    this.addSql(`alter table "orders"."payment_operation" add constraint "payment_operation_outcome_check" check ("outcome" in ('SUCCEEDED', 'DECLINED', 'FAILED'));`);
  }

}
