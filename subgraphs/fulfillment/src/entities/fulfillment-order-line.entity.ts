import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { FulfillmentOrder } from './fulfillment-order.entity.ts';

export const ALLOCATION_KINDS = ['STOCK', 'PRESELL'] as const;
export type AllocationKind = (typeof ALLOCATION_KINDS)[number];

export const FulfillmentOrderLineSchema = defineEntity({
  name: 'FulfillmentOrderLine',
  tableName: 'fulfillment_order_line',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    fulfillmentOrderId: () => p.manyToOne(FulfillmentOrder).mapToPk().fieldName('fulfillment_order_id'),
    position: p.integer(),
    // The orders service's line and the inventory service's allocation: plain ids.
    orderLineId: p.uuid(),
    allocationId: p.uuid(),
    skuCode: p.string().length(64),
    allocationKind: p.enum(ALLOCATION_KINDS).default('STOCK'),
    quantity: p.integer().check('quantity > 0'),
    pickedQuantity: p.integer().nullable(),
    cancelledQuantity: p.integer().default(0),
  },
  uniques: [{ properties: ['fulfillmentOrderId', 'allocationId'] }, { properties: ['fulfillmentOrderId', 'position'] }],
  checks: [
    {
      // Never more picked or cancelled than ordered.
      name: 'fulfillment_order_line_quantities_check',
      expression: (columns) =>
        `${columns.cancelledQuantity} >= 0 and ${columns.cancelledQuantity} <= ${columns.quantity}` +
        ` and (${columns.pickedQuantity} is null or (${columns.pickedQuantity} >= 0` +
        ` and ${columns.pickedQuantity} + ${columns.cancelledQuantity} <= ${columns.quantity}))`,
    },
  ],
});

export class FulfillmentOrderLine extends FulfillmentOrderLineSchema.class {}
FulfillmentOrderLineSchema.setClass(FulfillmentOrderLine);
