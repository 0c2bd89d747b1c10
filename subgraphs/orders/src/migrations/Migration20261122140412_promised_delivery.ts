import { Migration } from '@mikro-orm/migrations';

export class Migration20261122140412_promised_delivery extends Migration {

  override name = 'Migration20261122140412_promised_delivery';

  override up(): void | Promise<void> {
    this.addSql(`alter table "orders"."order" add "service_level" text null, add "carrier_code" varchar(40) null, add "promised_earliest" varchar(10) null, add "promised_latest" varchar(10) null;`);
    this.addSql(`alter table "orders"."order" add constraint "order_service_level_check" check ("service_level" in ('ECONOMY', 'STANDARD', 'EXPRESS'));`);
    this.addSql(`alter table "orders"."order" add constraint "order_promised_delivery_check" check (("service_level" is null and "promised_earliest" is null and "promised_latest" is null) or ("delivery_method" = 'SHIP' and "carrier_code" is not null and "promised_earliest" <= "promised_latest"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "orders"."order" drop constraint "order_promised_delivery_check";`);
    this.addSql(`alter table "orders"."order" drop constraint "order_service_level_check";`);
    this.addSql(`alter table "orders"."order" drop column "service_level", drop column "carrier_code", drop column "promised_earliest", drop column "promised_latest";`);
  }

}
