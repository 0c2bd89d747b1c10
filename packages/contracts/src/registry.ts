import type { z } from 'zod';
import { CUSTOMERS_EVENTS } from './customers.ts';
import { parseEvent, type EventContract, type ParsedEvent } from './event-contract.ts';
import { FULFILLMENT_EVENTS } from './fulfillment.ts';
import { INVENTORY_EVENTS } from './inventory.ts';
import { ORDERS_EVENTS } from './orders.ts';

/** Every event type any service publishes, with its contract. */
export const EVENT_CONTRACTS = { ...ORDERS_EVENTS, ...INVENTORY_EVENTS, ...FULFILLMENT_EVENTS, ...CUSTOMERS_EVENTS } as const;

export type EventType = keyof typeof EVENT_CONTRACTS;

export function isEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_CONTRACTS, type);
}

/** Any published event read through the contract of its type; an event of no known type is refused. */
export function parseAnyEvent(event: { type: string; payload: unknown }): ParsedEvent<Record<string, unknown>> {
  if (!isEventType(event.type)) return { ok: false, reason: `${event.type} is not an event type of the OMS` };
  const contract: EventContract<string, z.ZodType> = EVENT_CONTRACTS[event.type];
  const parsed = parseEvent(contract, event);
  return parsed.ok ? { ok: true, value: parsed.value as Record<string, unknown> } : parsed;
}
