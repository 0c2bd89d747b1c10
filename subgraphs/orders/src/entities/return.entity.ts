import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order, SALES_CHANNELS } from './order.entity.ts';
import { ReturnLine } from './return-line.entity.ts';

export const RETURN_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'IN_TRANSIT', 'RECEIVED', 'INSPECTED', 'REFUNDED', 'CLOSED'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

/** A return (RMA) of some units of one order's lines, from request to refund. */
export const ReturnSchema = defineEntity({
  name: 'Return',
  tableName: 'return',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    /** Human-facing number printed on the return label, e.g. RMA-100042. */
    number: p.string().length(32).unique(),
    order: () => p.manyToOne(Order).index(),
    /** The order's customer (plain id, resolved through federation); null for a guest order. */
    customerId: p.uuid().nullable(),
    /** Where the return was asked for (a store desk, the care console, the storefront…). */
    channel: p.enum(SALES_CHANNELS),
    status: p.enum(RETURN_STATUSES),
    currency: p.string().length(3),
    /** What the requested units cost the customer, when requested. */
    value: p.integer().check('value >= 0'),
    requiresApproval: p.boolean(),
    /** The policy version the request was checked against. */
    policyVersion: p.integer(),
    requestedBy: p.string().length(120),
    rejectionReason: p.string().length(500).nullable(),
    carrier: p.string().length(60).nullable(),
    trackingNumber: p.string().length(60).nullable(),
    /** Where the goods came back: any location of the inventory service (plain id). */
    receivedLocationId: p.uuid().nullable(),
    receivedAt: p.datetime().nullable(),
    inspectedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    lines: () => p.oneToMany(ReturnLine).mappedBy('return'),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
  indexes: [{ properties: ['customerId', 'createdAt', 'id'] }, { properties: ['createdAt', 'id'] }],
  checks: [
    {
      // Goods that came back came back somewhere.
      name: 'return_received_check',
      expression: (columns) => `(${columns.receivedAt} is null) = (${columns.receivedLocationId} is null)`,
    },
  ],
});

export class Return extends ReturnSchema.class {}
ReturnSchema.setClass(Return);
