import { Migration } from '@mikro-orm/migrations';

export class Migration20261207200834_identifier_history extends Migration {

  override name = 'Migration20261207200834_identifier_history';

  override up(): void | Promise<void> {
    this.addSql(`create table "customers"."customer_identifier" ("id" uuid not null, "customer_id" uuid not null, "kind" text not null, "value" text not null, "first_seen_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "customers"."customer_identifier" add constraint "customer_identifier_customer_id_kind_value_unique" unique ("customer_id", "kind", "value");`);
    this.addSql(`alter table "customers"."customer_identifier" add constraint "customer_identifier_kind_check" check ("kind" in ('EMAIL', 'PHONE', 'NAME', 'STREET'));`);

    // Every write path records what the profile carries (tokens written by erasure are not identifiers).
    this.addSql(`create or replace function "customers"."record_customer_identifiers"() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'customer' then
          insert into "customers"."customer_identifier" (id, customer_id, kind, value, first_seen_at)
          select gen_random_uuid(), new.id, i.kind, i.value, now()
            from (values ('EMAIL', lower(new.email)), ('PHONE', new.phone), ('NAME', new.first_name || ' ' || new.last_name)) as i(kind, value)
           where i.value is not null and i.value not like 'erased-%'
          on conflict (customer_id, kind, value) do nothing;
        else
          insert into "customers"."customer_identifier" (id, customer_id, kind, value, first_seen_at)
          select gen_random_uuid(), new.customer_id, 'STREET', i.value, now()
            from (values (new.line1), (new.line2)) as i(value)
           where i.value is not null and i.value <> '' and i.value not like 'erased-%'
          on conflict (customer_id, kind, value) do nothing;
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "customer_identifiers" after insert or update of email, phone, first_name, last_name on "customers"."customer" for each row execute function "customers"."record_customer_identifiers"();`);
    this.addSql(`create trigger "customer_address_identifiers" after insert or update of line1, line2 on "customers"."customer_address" for each row execute function "customers"."record_customer_identifiers"();`);
    // What profiles carry today.
    this.addSql(`insert into "customers"."customer_identifier" (id, customer_id, kind, value, first_seen_at)
      select gen_random_uuid(), c.id, i.kind, i.value, c.created_at
        from "customers"."customer" c
        cross join lateral (values ('EMAIL', lower(c.email)), ('PHONE', c.phone), ('NAME', c.first_name || ' ' || c.last_name)) as i(kind, value)
       where i.value is not null and i.value not like 'erased-%'
      union all
      select gen_random_uuid(), a.customer_id, 'STREET', i.value, now()
        from "customers"."customer_address" a cross join lateral (values (a.line1), (a.line2)) as i(value)
       where i.value is not null and i.value <> '' and i.value not like 'erased-%'
      on conflict (customer_id, kind, value) do nothing;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "customer_address_identifiers" on "customers"."customer_address";`);
    this.addSql(`drop trigger if exists "customer_identifiers" on "customers"."customer";`);
    this.addSql(`drop function if exists "customers"."record_customer_identifiers"();`);
    this.addSql(`drop table if exists "customers"."customer_identifier" cascade;`);
  }

}
