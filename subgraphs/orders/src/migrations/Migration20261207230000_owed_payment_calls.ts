import { Migration } from '@mikro-orm/migrations';

export class Migration20261207230000_owed_payment_calls extends Migration {

  override name = 'Migration20261207230000_owed_payment_calls';

  override up(): void | Promise<void> {
    // Refunds are decided first and made at the provider after the commit: PENDING until then.
    this.addSql(`alter table "orders"."refund" drop constraint if exists "refund_status_check";`);
    this.addSql(`alter table "orders"."refund" add constraint "refund_status_check" check ("status" in ('PENDING', 'SUCCEEDED'));`);
    // Owed provider calls are command effects, retried by the command recovery worker: no sweeper reads pending operations.
    this.addSql(`drop index if exists "orders"."payment_operation_pending_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "payment_operation_pending_index" on "orders"."payment_operation" ("at") where "outcome" = 'PENDING';`);
    this.addSql(`update "orders"."refund" set "status" = 'SUCCEEDED' where "status" = 'PENDING';`);
    this.addSql(`alter table "orders"."refund" drop constraint if exists "refund_status_check";`);
    this.addSql(`alter table "orders"."refund" add constraint "refund_status_check" check ("status" in ('SUCCEEDED'));`);
  }

}
