import { Migration } from '@mikro-orm/migrations';

/**
 * Order edits and accepted alternatives run on the command layer: their stock swap at inventory is an
 * intent of their command, undone by the command recovery worker. The journal of swaps goes. A swap
 * still PENDING there is work only the previous version undoes, so the migration refuses to run until
 * that version's sweeper has settled every one.
 */
export class Migration20261207230000_drop_order_stock_swap extends Migration {

  override name = 'Migration20261207230000_drop_order_stock_swap';

  override up(): void | Promise<void> {
    this.addSql(`do $$ begin
      if exists (select 1 from "orders"."order_stock_swap" where "status" = 'PENDING') then
        raise exception 'orders.order_stock_swap has PENDING stock swaps: let the previous version''s recovery sweeper settle them before upgrading';
      end if;
    end $$;`);
    this.addSql(`drop table "orders"."order_stock_swap";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create table "orders"."order_stock_swap" ("id" uuid not null, "order_id" uuid not null, "kind" text not null, "reference" varchar(180) not null, "status" text not null, "raised_funds" jsonb null, "note" varchar(500) null, "created_at" timestamptz not null, "resolved_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "orders"."order_stock_swap" add constraint "order_stock_swap_kind_check" check ("kind" in ('EDIT', 'ALTERNATIVE'));`);
    this.addSql(`alter table "orders"."order_stock_swap" add constraint "order_stock_swap_status_check" check ("status" in ('PENDING', 'APPLIED', 'REVERTED'));`);
    this.addSql(`alter table "orders"."order_stock_swap" add constraint "order_stock_swap_order_id_reference_unique" unique ("order_id", "reference");`);
    this.addSql(`create index "order_stock_swap_pending_index" on "orders"."order_stock_swap" ("created_at") where "status" = 'PENDING';`);
  }

}
