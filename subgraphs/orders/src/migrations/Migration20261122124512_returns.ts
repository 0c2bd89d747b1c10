import { Migration } from '@mikro-orm/migrations';

export class Migration20261122124512_returns extends Migration {

  override name = 'Migration20261122124512_returns';

  override up(): void | Promise<void> {
    this.addSql(`create sequence if not exists "orders"."return_number_seq" start 100001;`);

    this.addSql(`create table "orders"."return_policy_version" ("id" uuid not null, "version" int not null, "rules" jsonb not null, "created_by" varchar(120) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."return_policy_version" add constraint "return_policy_version_version_unique" unique ("version");`);
    this.addSql(`alter table "orders"."return_policy_version" add constraint "return_policy_version_version_check" check (version > 0);`);

    this.addSql(`create table "orders"."return" ("id" uuid not null, "number" varchar(32) not null, "order_id" uuid not null, "customer_id" uuid null, "channel" text not null, "status" text not null, "currency" varchar(3) not null, "value" int not null, "requires_approval" boolean not null, "policy_version" int not null, "requested_by" varchar(120) not null, "rejection_reason" varchar(500) null, "carrier" varchar(60) null, "tracking_number" varchar(60) null, "received_location_id" uuid null, "received_at" timestamptz null, "inspected_at" timestamptz null, "closed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."return" add constraint "return_number_unique" unique ("number");`);
    this.addSql(`create index "return_order_id_index" on "orders"."return" ("order_id");`);
    this.addSql(`create index "return_customer_id_created_at_id_index" on "orders"."return" ("customer_id", "created_at", "id");`);
    this.addSql(`create index "return_created_at_id_index" on "orders"."return" ("created_at", "id");`);
    this.addSql(`alter table "orders"."return" add constraint "return_order_id_foreign" foreign key ("order_id") references "orders"."order" ("id");`);
    this.addSql(`alter table "orders"."return" add constraint "return_value_check" check (value >= 0);`);
    this.addSql(`alter table "orders"."return" add constraint "return_received_check" check ((received_at is null) = (received_location_id is null));`);
    this.addSql(`alter table "orders"."return" add constraint "return_channel_check" check ("channel" in ('WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'));`);
    this.addSql(`alter table "orders"."return" add constraint "return_status_check" check ("status" in ('REQUESTED', 'APPROVED', 'REJECTED', 'IN_TRANSIT', 'RECEIVED', 'INSPECTED', 'REFUNDED', 'CLOSED'));`);

    this.addSql(`create table "orders"."return_line" ("id" uuid not null, "return_id" uuid not null, "order_line_id" uuid not null, "sku_code" varchar(64) not null, "quantity" int not null, "received_quantity" int not null default 0, "reason_code" text not null, "condition" text not null, "disposition" text null, "value" int not null, primary key ("id"));`);
    this.addSql(`create index "return_line_order_line_id_index" on "orders"."return_line" ("order_line_id");`);
    this.addSql(`alter table "orders"."return_line" add constraint "return_line_return_id_order_line_id_unique" unique ("return_id", "order_line_id");`);
    this.addSql(`alter table "orders"."return_line" add constraint "return_line_return_id_foreign" foreign key ("return_id") references "orders"."return" ("id");`);
    this.addSql(`alter table "orders"."return_line" add constraint "return_line_order_line_id_foreign" foreign key ("order_line_id") references "orders"."order_line" ("id");`);
    this.addSql(`alter table "orders"."return_line" add constraint "return_line_quantities_check" check (quantity > 0 and received_quantity >= 0 and received_quantity <= quantity and value >= 0);`);
    this.addSql(`alter table "orders"."return_line" add constraint "return_line_reason_code_check" check ("reason_code" in ('DAMAGED', 'DEFECTIVE', 'WRONG_ITEM', 'WRONG_SIZE', 'NOT_AS_DESCRIBED', 'CHANGED_MIND', 'ARRIVED_LATE', 'OTHER'));`);
    this.addSql(`alter table "orders"."return_line" add constraint "return_line_condition_check" check ("condition" in ('NEW_UNOPENED', 'OPENED', 'USED', 'DAMAGED'));`);
    this.addSql(`alter table "orders"."return_line" add constraint "return_line_disposition_check" check ("disposition" in ('RESTOCK', 'REFURBISH', 'DISPOSE'));`);

    this.addSql(`create table "orders"."refund" ("id" uuid not null, "order_id" uuid not null, "customer_id" uuid null, "source_key" varchar(100) not null, "amount" int not null, "currency" varchar(3) not null, "method" text not null, "status" text not null, "provider_reference" varchar(500) null, "reason" varchar(500) null, "created_by" varchar(120) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "refund_order_id_index" on "orders"."refund" ("order_id");`);
    this.addSql(`create index "refund_customer_id_index" on "orders"."refund" ("customer_id");`);
    this.addSql(`alter table "orders"."refund" add constraint "refund_source_key_unique" unique ("source_key");`);
    this.addSql(`alter table "orders"."refund" add constraint "refund_order_id_foreign" foreign key ("order_id") references "orders"."order" ("id");`);
    this.addSql(`alter table "orders"."refund" add constraint "refund_amount_check" check (amount > 0);`);
    this.addSql(`alter table "orders"."refund" add constraint "refund_method_check" check ("method" in ('ORIGINAL_PAYMENT', 'STORE_CREDIT'));`);
    this.addSql(`alter table "orders"."refund" add constraint "refund_status_check" check ("status" in ('SUCCEEDED'));`);

    this.addSql(`create table "orders"."store_credit_entry" ("id" uuid not null, "customer_id" uuid not null, "currency" varchar(3) not null, "amount" int not null, "source_key" varchar(100) not null, "order_id" uuid null, "reason" varchar(500) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."store_credit_entry" add constraint "store_credit_entry_source_key_unique" unique ("source_key");`);
    this.addSql(`create index "store_credit_entry_customer_id_currency_index" on "orders"."store_credit_entry" ("customer_id", "currency");`);
    this.addSql(`alter table "orders"."store_credit_entry" add constraint "store_credit_entry_amount_check" check (amount <> 0);`);

    this.addSql(`create table "orders"."appeasement" ("id" uuid not null, "order_id" uuid not null, "idempotency_key" varchar(255) not null, "request_hash" varchar(64) not null, "amount" int not null, "currency" varchar(3) not null, "reason" varchar(500) not null, "method" text not null, "refund_id" uuid not null, "granted_by" varchar(120) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "appeasement_order_id_index" on "orders"."appeasement" ("order_id");`);
    this.addSql(`alter table "orders"."appeasement" add constraint "appeasement_refund_id_unique" unique ("refund_id");`);
    this.addSql(`alter table "orders"."appeasement" add constraint "appeasement_order_id_idempotency_key_unique" unique ("order_id", "idempotency_key");`);
    this.addSql(`alter table "orders"."appeasement" add constraint "appeasement_order_id_foreign" foreign key ("order_id") references "orders"."order" ("id");`);
    this.addSql(`alter table "orders"."appeasement" add constraint "appeasement_refund_id_foreign" foreign key ("refund_id") references "orders"."refund" ("id");`);
    this.addSql(`alter table "orders"."appeasement" add constraint "appeasement_amount_check" check (amount > 0);`);
    this.addSql(`alter table "orders"."appeasement" add constraint "appeasement_method_check" check ("method" in ('REFUND', 'STORE_CREDIT'));`);

    this.addSql(`create table "orders"."exchange" ("id" uuid not null, "return_id" uuid not null, "original_order_id" uuid not null, "replacement_order_id" uuid null, "customer_id" uuid null, "status" text not null, "attempt" int not null default 1, "payment_token" varchar(100) not null, "replacements" jsonb not null, "currency" varchar(3) not null, "credit" int not null, "credit_used" int not null default 0, "replacement_total" int null, "settlement" text not null default 'NONE', "amount_due" int not null default 0, "created_by" varchar(120) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "orders"."exchange" add constraint "exchange_return_id_unique" unique ("return_id");`);
    this.addSql(`alter table "orders"."exchange" add constraint "exchange_replacement_order_id_unique" unique ("replacement_order_id");`);
    this.addSql(`create index "exchange_original_order_id_index" on "orders"."exchange" ("original_order_id");`);
    this.addSql(`alter table "orders"."exchange" add constraint "exchange_return_id_foreign" foreign key ("return_id") references "orders"."return" ("id");`);
    this.addSql(`alter table "orders"."exchange" add constraint "exchange_original_order_id_foreign" foreign key ("original_order_id") references "orders"."order" ("id");`);
    this.addSql(`alter table "orders"."exchange" add constraint "exchange_replacement_order_id_foreign" foreign key ("replacement_order_id") references "orders"."order" ("id") on delete set null;`);
    this.addSql(`alter table "orders"."exchange" add constraint "exchange_credit_check" check (credit >= 0);`);
    this.addSql(`alter table "orders"."exchange" add constraint "exchange_amounts_check" check (credit_used >= 0 and credit_used <= credit and amount_due >= 0);`);
    this.addSql(`alter table "orders"."exchange" add constraint "exchange_status_check" check ("status" in ('PENDING', 'COMPLETED', 'FAILED'));`);
    this.addSql(`alter table "orders"."exchange" add constraint "exchange_settlement_check" check ("settlement" in ('NONE', 'CHARGED', 'DUE', 'REFUND_WITH_RETURN'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "orders"."exchange" cascade;`);
    this.addSql(`drop table if exists "orders"."appeasement" cascade;`);
    this.addSql(`drop table if exists "orders"."store_credit_entry" cascade;`);
    this.addSql(`drop table if exists "orders"."refund" cascade;`);
    this.addSql(`drop table if exists "orders"."return_line" cascade;`);
    this.addSql(`drop table if exists "orders"."return" cascade;`);
    this.addSql(`drop table if exists "orders"."return_policy_version" cascade;`);
    this.addSql(`drop sequence if exists "orders"."return_number_seq";`);
  }

}
