import { Migration } from '@mikro-orm/migrations';

export class Migration20261122124851_returned_stock extends Migration {

  override name = 'Migration20261122124851_returned_stock';

  override up(): void | Promise<void> {
    this.addSql(`alter table "inventory"."stock_level" add "non_sellable" int not null default 0;`);
    this.addSql(`alter table "inventory"."stock_level" add constraint "stock_level_non_sellable_check" check (non_sellable >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "inventory"."stock_level" drop constraint "stock_level_non_sellable_check";`);
    this.addSql(`alter table "inventory"."stock_level" drop column "non_sellable";`);
  }

}
