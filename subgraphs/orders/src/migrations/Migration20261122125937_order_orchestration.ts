import { Migration } from '@mikro-orm/migrations';

export class Migration20261122125937_order_orchestration extends Migration {

  override name = 'Migration20261122125937_order_orchestration';

  override up(): void | Promise<void> {
    this.addSql(`create table "orders"."order_pipeline_step" ("id" uuid not null, "order_id" uuid not null, "position" int not null, "step" text not null, "outcome" text not null, "detail" varchar(500) null, "actor" varchar(120) not null, "at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."order_pipeline_step" add constraint "order_pipeline_step_order_id_position_unique" unique ("order_id", "position");`);
    this.addSql(`alter table "orders"."order_pipeline_step" add constraint "order_pipeline_step_order_id_foreign" foreign key ("order_id") references "orders"."order" ("id");`);
    this.addSql(`alter table "orders"."order_pipeline_step" add constraint "order_pipeline_step_step_check" check ("step" in ('VALIDATE', 'RISK_CHECK', 'PAYMENT_AUTHORIZATION', 'SOURCE_AND_ALLOCATE', 'RELEASE'));`);
    this.addSql(`alter table "orders"."order_pipeline_step" add constraint "order_pipeline_step_outcome_check" check ("outcome" in ('PASSED', 'HELD', 'SCHEDULED', 'FAILED'));`);

    this.addSql(`create table "orders"."order_hold" ("id" uuid not null, "order_id" uuid not null, "reason" text not null, "detail" varchar(500) not null, "placed_at" timestamptz not null, "placed_by" varchar(120) not null, "expires_at" timestamptz null, "released_at" timestamptz null, "released_by" varchar(120) null, "release_note" varchar(500) null, primary key ("id"));`);
    this.addSql(`create index "order_hold_order_id_index" on "orders"."order_hold" ("order_id");`);
    // The expiry sweeper reads holds in force only.
    this.addSql(`create index "order_hold_in_force_expires_at_index" on "orders"."order_hold" ("expires_at") where "released_at" is null;`);
    this.addSql(`alter table "orders"."order_hold" add constraint "order_hold_order_id_foreign" foreign key ("order_id") references "orders"."order" ("id");`);
    this.addSql(`alter table "orders"."order_hold" add constraint "order_hold_reason_check" check ("reason" in ('RISK_ORDER_VALUE', 'RISK_COUNTRY_MISMATCH', 'RISK_VELOCITY', 'CUSTOMER_REQUEST', 'PAYMENT_REVIEW', 'STOCK_SHORTAGE', 'OTHER'));`);
    this.addSql(`alter table "orders"."order_hold" add constraint "order_hold_release_check" check ((released_at is null) = (released_by is null));`);

    this.addSql(`create table "orders"."risk_rule" ("kind" text not null, "enabled" boolean not null, "parameters" jsonb not null, "updated_at" timestamptz not null, "updated_by" varchar(120) not null, primary key ("kind"));`);
    this.addSql(`alter table "orders"."risk_rule" add constraint "risk_rule_kind_check" check ("kind" in ('ORDER_VALUE', 'COUNTRY_MISMATCH', 'VELOCITY', 'HOLD_EXPIRY'));`);

    this.addSql(`alter table "orders"."order" add "billing_address" jsonb null;`);
    // The velocity rule counts a guest's recent orders by email.
    this.addSql(`create index "order_lower_email_created_at_index" on "orders"."order" (lower("email"), "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "orders"."order_lower_email_created_at_index";`);
    this.addSql(`alter table "orders"."order" drop column "billing_address";`);
    this.addSql(`drop table if exists "orders"."risk_rule" cascade;`);
    this.addSql(`drop table if exists "orders"."order_hold" cascade;`);
    this.addSql(`drop table if exists "orders"."order_pipeline_step" cascade;`);
  }

}
