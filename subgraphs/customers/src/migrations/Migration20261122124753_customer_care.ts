import { Migration } from '@mikro-orm/migrations';

export class Migration20261122124753_customer_care extends Migration {

  override name = 'Migration20261122124753_customer_care';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customers"."customer" add column "preferred_channel" text null, add column "preferred_store_id" uuid null, add column "tags" text[] not null default '{}';`);
    this.addSql(`alter table "customers"."customer" add constraint "customer_preferred_channel_check" check ("preferred_channel" in ('EMAIL', 'SMS', 'PHONE', 'POST', 'PUSH'));`);
    // Search finds customers by the start of a postal code (stored upper-cased), spaces ignored.
    this.addSql(`create index "customer_address_postal_code_index" on "customers"."customer_address" ((replace("postal_code", ' ', '')) text_pattern_ops);`);
    // At most one default shipping and one default billing address per customer.
    this.addSql(`create unique index "customer_address_default_shipping_unique" on "customers"."customer_address" ("customer_id") where "is_default_shipping";`);
    this.addSql(`create unique index "customer_address_default_billing_unique" on "customers"."customer_address" ("customer_id") where "is_default_billing";`);

    this.addSql(`create table "customers"."marketing_consent" ("id" uuid not null, "customer_id" uuid not null, "purpose" text not null, "channel" text not null, "granted" boolean not null, "source" varchar(100) not null, "recorded_by" varchar(120) not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "marketing_consent_customer_id_purpose_channel_recorded_at_index" on "customers"."marketing_consent" ("customer_id", "purpose", "channel", "recorded_at");`);
    this.addSql(`alter table "customers"."marketing_consent" add constraint "marketing_consent_purpose_check" check ("purpose" in ('NEWSLETTER', 'PROMOTIONS', 'PERSONALIZED_OFFERS', 'SURVEYS'));`);
    this.addSql(`alter table "customers"."marketing_consent" add constraint "marketing_consent_channel_check" check ("channel" in ('EMAIL', 'SMS', 'PHONE', 'POST', 'PUSH'));`);
    this.addSql(`alter table "customers"."marketing_consent" add constraint "marketing_consent_customer_id_foreign" foreign key ("customer_id") references "customers"."customer" ("id");`);

    this.addSql(`create table "customers"."customer_note" ("id" uuid not null, "customer_id" uuid not null, "body" text not null, "author" varchar(120) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "customer_note_customer_id_created_at_index" on "customers"."customer_note" ("customer_id", "created_at");`);
    this.addSql(`alter table "customers"."customer_note" add constraint "customer_note_customer_id_foreign" foreign key ("customer_id") references "customers"."customer" ("id");`);

    this.addSql(`create table "customers"."customer_segment" ("id" uuid not null, "code" varchar(60) not null, "name" varchar(120) not null, "rule" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "customers"."customer_segment" add constraint "customer_segment_code_unique" unique ("code");`);
    this.addSql(`alter table "customers"."customer_segment" add constraint "customer_segment_code_check" check (code ~ '^[A-Z][A-Z0-9_]{0,59}\$');`);

    this.addSql(`create table "customers"."customer_segment_assignment" ("id" uuid not null, "customer_id" uuid not null, "segment_id" uuid not null, "assigned_by" varchar(120) not null, "assigned_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "customer_segment_assignment_segment_id_index" on "customers"."customer_segment_assignment" ("segment_id");`);
    this.addSql(`alter table "customers"."customer_segment_assignment" add constraint "customer_segment_assignment_customer_id_segment_id_unique" unique ("customer_id", "segment_id");`);
    this.addSql(`alter table "customers"."customer_segment_assignment" add constraint "customer_segment_assignment_customer_id_foreign" foreign key ("customer_id") references "customers"."customer" ("id");`);
    this.addSql(`alter table "customers"."customer_segment_assignment" add constraint "customer_segment_assignment_segment_id_foreign" foreign key ("segment_id") references "customers"."customer_segment" ("id");`);

    this.addSql(`create table "customers"."customer_case" ("id" uuid not null, "customer_id" uuid not null, "subject" varchar(200) not null, "status" text not null, "opened_by" varchar(120) not null, "resolved_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "customer_case_customer_id_created_at_index" on "customers"."customer_case" ("customer_id", "created_at");`);
    this.addSql(`alter table "customers"."customer_case" add constraint "customer_case_status_check" check ("status" in ('OPEN', 'PENDING_CUSTOMER', 'RESOLVED'));`);
    this.addSql(`alter table "customers"."customer_case" add constraint "customer_case_resolved_check" check ((status = 'RESOLVED') = (resolved_at is not null));`);
    this.addSql(`alter table "customers"."customer_case" add constraint "customer_case_customer_id_foreign" foreign key ("customer_id") references "customers"."customer" ("id");`);

    this.addSql(`create table "customers"."interaction" ("id" uuid not null, "customer_id" uuid not null, "channel" text not null, "reason" varchar(200) not null, "outcome" varchar(200) null, "notes" text null, "agent" varchar(120) not null, "agent_staff_id" uuid null, "order_ids" uuid[] not null default '{}', "return_ids" uuid[] not null default '{}', "case_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "interaction_case_id_index" on "customers"."interaction" ("case_id");`);
    this.addSql(`create index "interaction_customer_id_created_at_id_index" on "customers"."interaction" ("customer_id", "created_at", "id");`);
    this.addSql(`alter table "customers"."interaction" add constraint "interaction_channel_check" check ("channel" in ('CALL', 'EMAIL', 'CHAT', 'STORE_VISIT'));`);
    this.addSql(`alter table "customers"."interaction" add constraint "interaction_customer_id_foreign" foreign key ("customer_id") references "customers"."customer" ("id");`);
    this.addSql(`alter table "customers"."interaction" add constraint "interaction_case_id_foreign" foreign key ("case_id") references "customers"."customer_case" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "customers"."interaction" cascade;`);
    this.addSql(`drop table if exists "customers"."customer_case" cascade;`);
    this.addSql(`drop table if exists "customers"."customer_segment_assignment" cascade;`);
    this.addSql(`drop table if exists "customers"."customer_segment" cascade;`);
    this.addSql(`drop table if exists "customers"."customer_note" cascade;`);
    this.addSql(`drop table if exists "customers"."marketing_consent" cascade;`);
    this.addSql(`drop index if exists "customers"."customer_address_default_billing_unique";`);
    this.addSql(`drop index if exists "customers"."customer_address_default_shipping_unique";`);
    this.addSql(`drop index if exists "customers"."customer_address_postal_code_index";`);
    this.addSql(`alter table "customers"."customer" drop constraint if exists "customer_preferred_channel_check";`);
    this.addSql(`alter table "customers"."customer" drop column "preferred_channel", drop column "preferred_store_id", drop column "tags";`);
  }

}
