import { Migration } from '@mikro-orm/migrations';

/**
 * Order numbers (OMS-100010, OMS-100011, …) come from a sequence, which MikroORM's schema diff does
 * not model: this migration was created blank with the Migrator (`create(…, blank = true)`) and its
 * SQL written by hand before it was first committed. The demo orders use 100001–100009, so the
 * sequence starts above them; a sequence never hands out a number twice, even across aborted
 * transactions (gaps are expected).
 */
export class Migration20261122073627_order_number_sequence extends Migration {

  override name = 'Migration20261122073627_order_number_sequence';

  override up(): void | Promise<void> {
    this.addSql(`create sequence if not exists "orders"."order_number_seq" as bigint start with 100010 cache 1;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop sequence if exists "orders"."order_number_seq";`);
  }

}
