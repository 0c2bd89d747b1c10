import { Migration } from '@mikro-orm/migrations';

export class Migration20261122124952_sourcing_customer_segments extends Migration {

  override name = 'Migration20261122124952_sourcing_customer_segments';

  override up(): void | Promise<void> {
    this.addSql(`alter table "inventory"."sourcing_decision" add "customer_segments" text[] not null default '{}';`);
    // customer_segment was the segment matched on; it becomes the governing scope's segment, and the facts move to the list.
    this.addSql(`update "inventory"."sourcing_decision" set "customer_segments" = array["customer_segment"] where "customer_segment" is not null;`);
    this.addSql(`update "inventory"."sourcing_decision" d set "customer_segment" = null where "customer_segment" is not null and not exists (select 1 from "inventory"."sourcing_rule_set" r where r."id" = d."rule_set_id" and r."customer_segment" = d."customer_segment");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "inventory"."sourcing_decision" set "customer_segment" = coalesce("customer_segment", "customer_segments"[1]);`);
    this.addSql(`alter table "inventory"."sourcing_decision" drop column "customer_segments";`);
  }

}
