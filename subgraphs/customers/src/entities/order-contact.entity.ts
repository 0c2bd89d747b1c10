import { defineEntity, p } from '@mikro-orm/core';

/**
 * What the notifications need to know about an order, kept from the orders service's events
 * (`OrderPlaced`): later events name only the order, and messages speak of its number and total.
 * The flags make the milestones that several events may report (a hold) reach the customer once.
 */
export const OrderContactSchema = defineEntity({
  name: 'OrderContact',
  tableName: 'order_contact',
  properties: {
    orderId: p.uuid().primary(),
    number: p.string().length(32),
    customerId: p.uuid().nullable(),
    /** The address the order was placed with (a guest's only contact). */
    email: p.string().length(254).nullable(),
    totalAmount: p.integer().nullable(),
    currency: p.string().length(3).nullable(),
    confirmationSentAt: p.datetime().nullable(),
    /** Set while the customer has been told the order is on hold; cleared when it moves on. */
    holdNotifiedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class OrderContact extends OrderContactSchema.class {}
OrderContactSchema.setClass(OrderContact);
