import { Migration } from '@mikro-orm/migrations';

/**
 * Store credit can be spent: a debit (negative entry) never takes a customer's balance in a
 * currency below zero. The application serializes debits with a per-customer lock; this trigger
 * is the database's own guarantee, whatever code writes the debit.
 */
export class Migration20261122220512_store_credit_spending extends Migration {

  override name = 'Migration20261122220512_store_credit_spending';

  override up(): void | Promise<void> {
    this.addSql(`create or replace function "orders"."store_credit_balance_check"() returns trigger language plpgsql as $$
begin
  if (select coalesce(sum(amount), 0) from "orders"."store_credit_entry" where customer_id = new.customer_id and currency = new.currency) < 0 then
    raise exception 'store credit of customer % in % would go below zero', new.customer_id, new.currency
      using errcode = 'check_violation', constraint = 'store_credit_balance_check';
  end if;
  return null;
end;
$$;`);
    this.addSql(`create trigger "store_credit_balance_check" after insert on "orders"."store_credit_entry" for each row when (new.amount < 0) execute function "orders"."store_credit_balance_check"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "store_credit_balance_check" on "orders"."store_credit_entry";`);
    this.addSql(`drop function if exists "orders"."store_credit_balance_check"();`);
  }

}
