import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { Order } from './order.entity.ts';

export const PIPELINE_STEPS = ['VALIDATE', 'RISK_CHECK', 'PAYMENT_AUTHORIZATION', 'SOURCE_AND_ALLOCATE', 'RELEASE'] as const;
export type PipelineStepName = (typeof PIPELINE_STEPS)[number];

export const PIPELINE_OUTCOMES = ['PASSED', 'HELD', 'SCHEDULED', 'FAILED'] as const;
export type PipelineOutcome = (typeof PIPELINE_OUTCOMES)[number];

/** One step of an order's way from capture to fulfillment, append-only (Order.pipeline). */
export const OrderPipelineStepSchema = defineEntity({
  name: 'OrderPipelineStep',
  tableName: 'order_pipeline_step',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    order: () => p.manyToOne(Order),
    /** 1, 2, … per order: the steps of a placement share one instant. */
    position: p.integer(),
    step: p.enum(PIPELINE_STEPS),
    outcome: p.enum(PIPELINE_OUTCOMES),
    detail: p.string().length(500).nullable(),
    actor: p.string().length(120),
    at: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ properties: ['order', 'position'] }],
});

export class OrderPipelineStep extends OrderPipelineStepSchema.class {}
OrderPipelineStepSchema.setClass(OrderPipelineStep);
