import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Location } from './location.entity.ts';
import { PurchaseOrderLine } from './purchase-order-line.entity.ts';
import { Sku } from './sku.entity.ts';

export const ALLOCATION_STATUSES = ['ALLOCATED', 'RELEASED', 'SHIPPED'] as const;
export type AllocationStatus = (typeof ALLOCATION_STATUSES)[number];

export const ALLOCATION_KINDS = ['STOCK', 'PRESELL'] as const;
export type AllocationKind = (typeof ALLOCATION_KINDS)[number];

/**
 * Stock of one order line held at one location. A STOCK allocation counts in the level's `reserved`;
 * a PRESELL one is a promise against a purchase order line and counts there (`quantityPromised`)
 * until the goods arrive and it becomes a STOCK allocation.
 */
export const AllocationSchema = defineEntity({
  name: 'Allocation',
  tableName: 'allocation',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    // Orders live in the orders service: plain ids.
    orderId: p.uuid().index(),
    orderLineId: p.uuid(),
    sku: () => p.manyToOne(Sku),
    location: () => p.manyToOne(Location),
    quantity: p.integer().check('quantity > 0'),
    status: p.enum(ALLOCATION_STATUSES),
    kind: p.enum(ALLOCATION_KINDS),
    promisedAt: p.datetime().nullable(),
    /** The inbound supply a PRESELL allocation waits for (kept after it converts, for the record). */
    purchaseOrderLine: () => p.manyToOne(PurchaseOrderLine).nullable().index(),
    /** The cart hold this allocation was converted from, if any. */
    reservationId: p.uuid().nullable(),
    distanceKm: p.double().$type<number>().runtimeType('number').nullable(),
    releasedAt: p.datetime().nullable(),
    /**
     * When the orders service confirmed the order exists (reconciliation asks about allocations
     * older than ALLOCATION_RECONCILE_AFTER_MS without it, and releases those of orders never placed).
     */
    orderConfirmedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [
    { properties: ['sku', 'kind', 'status'] },
    // A store's orders (its associates' scope): the orders with an allocation at a location.
    { properties: ['location', 'orderId'] },
    // Reconciliation looks for unconfirmed allocations by age.
    {
      name: 'allocation_unconfirmed_index',
      expression: `create index "allocation_unconfirmed_index" on "inventory"."allocation" ("created_at") where "status" = 'ALLOCATED' and "order_confirmed_at" is null`,
    },
  ],
  checks: [
    {
      name: 'allocation_presell_check',
      expression: "kind <> 'PRESELL' or (purchase_order_line_id is not null and promised_at is not null)",
    },
  ],
});

export class Allocation extends AllocationSchema.class {}
AllocationSchema.setClass(Allocation);
