import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { PurchaseOrder } from './purchase-order.entity.ts';
import { Sku } from './sku.entity.ts';

/**
 * One SKU of a purchase order. Units not yet received may be promised to presell orders;
 * the CHECK keeps received + promised within what was ordered, whatever the code does.
 */
export const PurchaseOrderLineSchema = defineEntity({
  name: 'PurchaseOrderLine',
  tableName: 'purchase_order_line',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    purchaseOrder: () => p.manyToOne(PurchaseOrder),
    sku: () => p.manyToOne(Sku).index(),
    quantityOrdered: p.integer().check('quantity_ordered > 0'),
    quantityReceived: p.integer().default(0),
    quantityPromised: p.integer().default(0),
  },
  uniques: [{ properties: ['purchaseOrder', 'sku'] }],
  checks: [
    {
      name: 'purchase_order_line_quantities_check',
      expression: 'quantity_received >= 0 and quantity_promised >= 0 and quantity_received + quantity_promised <= quantity_ordered',
    },
  ],
});

export class PurchaseOrderLine extends PurchaseOrderLineSchema.class {}
PurchaseOrderLineSchema.setClass(PurchaseOrderLine);
