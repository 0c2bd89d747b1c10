import { Migration } from '@mikro-orm/migrations';

export class Migration20261122091447_sourcing_replay extends Migration {

  override name = 'Migration20261122091447_sourcing_replay';

  override up(): void | Promise<void> {
    this.addSql(`alter table "inventory"."sourcing_decision" add "channel" text null, add "delivery_method" text null, add "delivery_country" varchar(2) null, add "delivery_latitude" double precision null, add "delivery_longitude" double precision null, add "pickup_location_id" uuid null;`);
    this.addSql(`create index "sourcing_decision_created_at_index" on "inventory"."sourcing_decision" ("created_at");`);
    this.addSql(`alter table "inventory"."sourcing_decision" add constraint "sourcing_decision_channel_check" check ("channel" in ('WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'));`);
    this.addSql(`alter table "inventory"."sourcing_decision" add constraint "sourcing_decision_delivery_method_check" check ("delivery_method" in ('SHIP', 'PICKUP', 'RESERVE_IN_STORE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "inventory"."sourcing_decision_created_at_index";`);
    this.addSql(`alter table "inventory"."sourcing_decision" drop constraint "sourcing_decision_channel_check";`);
    this.addSql(`alter table "inventory"."sourcing_decision" drop constraint "sourcing_decision_delivery_method_check";`);
    this.addSql(`alter table "inventory"."sourcing_decision" drop column "channel", drop column "delivery_method", drop column "delivery_country", drop column "delivery_latitude", drop column "delivery_longitude", drop column "pickup_location_id";`);
  }

}
