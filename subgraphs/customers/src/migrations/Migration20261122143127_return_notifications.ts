import { Migration } from '@mikro-orm/migrations';

export class Migration20261122143127_return_notifications extends Migration {

  override name = 'Migration20261122143127_return_notifications';

  override up(): void | Promise<void> {
    this.addSql(`alter table "customers"."notification" drop constraint if exists "notification_template_check";`);
    this.addSql(`alter table "customers"."notification" add constraint "notification_template_check" check ("template" in ('ORDER_CONFIRMED', 'ORDER_ON_HOLD', 'ORDER_HOLD_RELEASED', 'ORDER_SHIPPED', 'ORDER_DELIVERED', 'PICKUP_READY', 'PICKED_UP', 'PICKUP_EXPIRED', 'ORDER_CANCELLED', 'ORDER_REFUNDED', 'ORDER_EDITED', 'ORDER_ALTERNATIVE_ACCEPTED', 'RETURN_REQUESTED', 'RETURN_APPROVED', 'RETURN_REJECTED', 'RETURN_IN_TRANSIT', 'RETURN_RECEIVED', 'RETURN_INSPECTED', 'RETURN_CLOSED', 'EXCHANGE_CREATED', 'APPEASEMENT_GRANTED'));`);
  }

  override down(): void | Promise<void> {
    // Messages of the new templates cannot satisfy the old constraint: they go with it.
    this.addSql(`delete from "customers"."notification" where "template" in ('ORDER_EDITED', 'ORDER_ALTERNATIVE_ACCEPTED', 'RETURN_REQUESTED', 'RETURN_APPROVED', 'RETURN_REJECTED', 'RETURN_IN_TRANSIT', 'RETURN_RECEIVED', 'RETURN_INSPECTED', 'RETURN_CLOSED', 'EXCHANGE_CREATED', 'APPEASEMENT_GRANTED');`);
    this.addSql(`alter table "customers"."notification" drop constraint if exists "notification_template_check";`);
    this.addSql(`alter table "customers"."notification" add constraint "notification_template_check" check ("template" in ('ORDER_CONFIRMED', 'ORDER_ON_HOLD', 'ORDER_HOLD_RELEASED', 'ORDER_SHIPPED', 'ORDER_DELIVERED', 'PICKUP_READY', 'PICKED_UP', 'PICKUP_EXPIRED', 'ORDER_CANCELLED', 'ORDER_REFUNDED'));`);
  }

}
