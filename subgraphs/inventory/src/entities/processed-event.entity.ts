import { defineEntity, p } from '@mikro-orm/core';

/**
 * Events a durable consumer of this service has handled, written in the transaction of the effect:
 * a redelivered event (the bus delivers at least once) finds its row and changes nothing.
 */
export const ProcessedEventSchema = defineEntity({
  name: 'ProcessedEvent',
  tableName: 'processed_event',
  properties: {
    consumer: p.string().length(100).primary(),
    eventId: p.uuid().primary(),
    /** HANDLED, or REJECTED for an event that could not be used (logged with the reason). */
    outcome: p.string().length(20),
    detail: p.string().length(500).nullable(),
    processedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ProcessedEvent extends ProcessedEventSchema.class {}
ProcessedEventSchema.setClass(ProcessedEvent);
