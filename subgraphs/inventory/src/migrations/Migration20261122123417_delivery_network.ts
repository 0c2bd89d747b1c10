import { Migration } from '@mikro-orm/migrations';

export class Migration20261122123417_delivery_network extends Migration {

  override name = 'Migration20261122123417_delivery_network';

  override up(): void | Promise<void> {
    this.addSql(`create table "inventory"."carrier_service" ("id" uuid not null, "carrier_code" varchar(40) not null, "carrier_name" varchar(120) not null, "service_level" text not null, "active" boolean not null default true, "delivery_days" jsonb not null, "lanes" jsonb not null, "rates" jsonb not null, "surcharge" int not null default 0, "currency" varchar(3) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "inventory"."carrier_service" add constraint "carrier_service_carrier_code_service_level_unique" unique ("carrier_code", "service_level");`);
    this.addSql(`alter table "inventory"."carrier_service" add constraint "carrier_service_surcharge_check" check (surcharge >= 0);`);
    this.addSql(`alter table "inventory"."carrier_service" add constraint "carrier_service_service_level_check" check ("service_level" in ('ECONOMY', 'STANDARD', 'EXPRESS'));`);

    this.addSql(`create table "inventory"."location_delivery_profile" ("location_id" uuid not null, "time_zone" varchar(64) not null, "processing_hours" int not null, "cutoff_time" varchar(5) not null, "ship_days" jsonb not null, "opening_time" varchar(5) not null, "closing_time" varchar(5) not null, "open_days" jsonb not null, "pickup_preparation_minutes" int not null, "updated_at" timestamptz not null, primary key ("location_id"));`);
    this.addSql(`alter table "inventory"."location_delivery_profile" add constraint "location_delivery_profile_location_id_foreign" foreign key ("location_id") references "inventory"."location" ("id");`);
    this.addSql(`alter table "inventory"."location_delivery_profile" add constraint "location_delivery_profile_processing_hours_check" check (processing_hours >= 0 and processing_hours <= 240);`);
    this.addSql(`alter table "inventory"."location_delivery_profile" add constraint "location_delivery_profile_pickup_preparation_minutes_check" check (pickup_preparation_minutes >= 0);`);
    this.addSql(`alter table "inventory"."location_delivery_profile" add constraint "location_delivery_profile_times_check" check (cutoff_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and opening_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and closing_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and opening_time < closing_time);`);

    this.addSql(`create table "inventory"."delivery_holiday" ("id" uuid not null, "date" varchar(10) not null, "country" varchar(2) null, "location_id" uuid null, "name" varchar(120) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "delivery_holiday_date_index" on "inventory"."delivery_holiday" ("date");`);
    this.addSql(`alter table "inventory"."delivery_holiday" add constraint "delivery_holiday_scope_check" check ((country is null) <> (location_id is null));`);
    this.addSql(`alter table "inventory"."delivery_holiday" add constraint "delivery_holiday_date_check" check (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');`);
    this.addSql(`alter table "inventory"."delivery_holiday" add constraint "delivery_holiday_location_id_foreign" foreign key ("location_id") references "inventory"."location" ("id") on delete cascade;`);
    // One entry per day and place: adding a holiday twice is refused, not duplicated.
    this.addSql(`create unique index "delivery_holiday_date_place_unique" on "inventory"."delivery_holiday" ("date", coalesce("country", ''), coalesce("location_id", '00000000-0000-0000-0000-000000000000'::uuid));`);

    this.addSql(`create table "inventory"."sku_substitute" ("sku_code" varchar(64) not null, "substitute_code" varchar(64) not null, "position" int not null, primary key ("sku_code", "substitute_code"));`);
    this.addSql(`alter table "inventory"."sku_substitute" add constraint "sku_substitute_sku_code_foreign" foreign key ("sku_code") references "inventory"."sku" ("code") on delete cascade;`);
    this.addSql(`alter table "inventory"."sku_substitute" add constraint "sku_substitute_substitute_code_foreign" foreign key ("substitute_code") references "inventory"."sku" ("code") on delete cascade;`);
    this.addSql(`alter table "inventory"."sku_substitute" add constraint "sku_substitute_not_itself_check" check (sku_code <> substitute_code);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "inventory"."sku_substitute" cascade;`);
    this.addSql(`drop table if exists "inventory"."delivery_holiday" cascade;`);
    this.addSql(`drop table if exists "inventory"."location_delivery_profile" cascade;`);
    this.addSql(`drop table if exists "inventory"."carrier_service" cascade;`);
  }

}
