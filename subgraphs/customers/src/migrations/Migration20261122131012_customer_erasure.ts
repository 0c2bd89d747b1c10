import { Migration } from '@mikro-orm/migrations';

export class Migration20261122131012_customer_erasure extends Migration {

  override name = 'Migration20261122131012_customer_erasure';

  override up(): void | Promise<void> {
    this.addSql(`create table "customers"."erasure_request" ("id" uuid not null, "customer_id" uuid not null, "reason" varchar(500) not null, "status" text not null default 'PENDING', "order_ids" uuid[] not null default '{}', "requested_by" varchar(120) not null, "requested_at" timestamptz not null, "completed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "customers"."erasure_request" add constraint "erasure_request_customer_id_unique" unique ("customer_id");`);
    this.addSql(`alter table "customers"."erasure_request" add constraint "erasure_request_status_check" check ("status" in ('PENDING', 'COMPLETED'));`);
    this.addSql(`alter table "customers"."erasure_request" add constraint "erasure_request_completed_check" check ((status = 'COMPLETED') = (completed_at is not null));`);

    this.addSql(`create table "customers"."erasure_confirmation" ("request_id" uuid not null, "subgraph" varchar(60) not null, "position" int not null, "confirmed_at" timestamptz null, primary key ("request_id", "subgraph"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "customers"."erasure_confirmation" cascade;`);
    this.addSql(`drop table if exists "customers"."erasure_request" cascade;`);
  }

}
