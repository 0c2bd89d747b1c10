import { Migration } from '@mikro-orm/migrations';

export class Migration20261122074037_identity extends Migration {

  override name = 'Migration20261122074037_identity';

  override up(): void | Promise<void> {
    this.addSql(`create table "customers"."api_key" ("id" uuid not null, "name" varchar(100) not null, "prefix" varchar(12) not null, "secret_hash" varchar(64) not null, "previous_secret_hash" varchar(64) null, "retires_at" timestamptz null, "scopes" text[] not null, "channel" varchar(20) null, "location_ids" uuid[] not null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "usage_count" int not null default 0, "created_by" varchar(120) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "customers"."api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`create table "customers"."audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor" varchar(120) not null, "actor_kind" varchar(20) not null, "action" varchar(100) not null, "service" varchar(60) not null, "entity_type" varchar(60) not null, "entity_id" varchar(100) not null, "before" jsonb null, "after" jsonb null, "client_ip" varchar(64) null, "request_id" varchar(100) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_created_at_id_index" on "customers"."audit_entry" ("created_at", "id");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "customers"."audit_entry" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_entry_actor_index" on "customers"."audit_entry" ("actor");`);

    this.addSql(`create table "customers"."outbox_event" ("id" uuid not null, "position" bigserial, "type" varchar(100) not null, "aggregate_type" varchar(60) not null, "aggregate_id" varchar(100) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "published_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "customers"."outbox_event" add constraint "outbox_event_position_unique" unique ("position");`);
    this.addSql(`create index "outbox_event_aggregate_type_aggregate_id_index" on "customers"."outbox_event" ("aggregate_type", "aggregate_id");`);
    this.addSql(`create index "outbox_event_published_at_position_index" on "customers"."outbox_event" ("published_at", "position");`);

    this.addSql(`create table "customers"."staff_member" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(200) not null, "password_hash" varchar(200) not null, "roles" text[] not null, "store_id" uuid null, "approval_limit" int not null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "customers"."staff_member" add constraint "staff_member_email_unique" unique ("email");`);

    this.addSql(`alter table "customers"."api_key" add constraint "api_key_prefix_check" check (prefix ~ '^[a-z0-9]{8,12}\$');`);
    this.addSql(`alter table "customers"."api_key" add constraint "api_key_channel_check" check (channel is null or channel in ('WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'));`);
    this.addSql(`alter table "customers"."api_key" add constraint "api_key_rotation_check" check ((previous_secret_hash is null) = (retires_at is null));`);
    this.addSql(`alter table "customers"."api_key" add constraint "api_key_usage_count_check" check (usage_count >= 0);`);

    this.addSql(`alter table "customers"."staff_member" add constraint "staff_member_email_lower_check" check (email = lower(email));`);
    this.addSql(`alter table "customers"."staff_member" add constraint "staff_member_roles_check" check (cardinality(roles) > 0 and roles <@ array['ADMIN', 'CARE_AGENT', 'STORE_ASSOCIATE']::text[]);`);
    this.addSql(`alter table "customers"."staff_member" add constraint "staff_member_store_check" check (store_id is not null or not ('STORE_ASSOCIATE' = any(roles)));`);
    this.addSql(`alter table "customers"."staff_member" add constraint "staff_member_approval_limit_check" check (approval_limit >= 0);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "customers"."api_key" cascade;`);
    this.addSql(`drop table if exists "customers"."audit_entry" cascade;`);
    this.addSql(`drop table if exists "customers"."outbox_event" cascade;`);
    this.addSql(`drop table if exists "customers"."staff_member" cascade;`);
  }

}
