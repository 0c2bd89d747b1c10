import { Migration } from '@mikro-orm/migrations';

export class Migration20261122075305_stock_level_fillfactor extends Migration {

  override name = 'Migration20261122075305_stock_level_fillfactor';

  // Written by hand (blank migration): table storage parameters are beyond the schema generator.
  // Every hold, release and allocation updates a stock_level row. Leaving 20 % of each page free
  // lets PostgreSQL update in place (HOT: no new entry in the table's three indexes), which keeps
  // the hottest rows of the system cheap to update and the table from bloating.
  override up(): void | Promise<void> {
    this.addSql(`alter table "inventory"."stock_level" set (fillfactor = 80);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "inventory"."stock_level" reset (fillfactor);`);
  }

}
