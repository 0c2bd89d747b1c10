import { createHash } from 'node:crypto';

/**
 * A stable UUID for a named demo record, so each subgraph seeds its own share of the demo
 * data and the cross-service references (customer ids in orders, order ids in fulfillment) agree.
 */
export function demoId(kind: string, key: string | number): string {
  const hex = createHash('sha256').update(`oms-demo:${kind}:${key}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The instant demo data counts back from: now, to the minute, so that the services seeding side by
 * side at start-up name the same instants for the same demo events.
 */
export function demoClock(): number {
  return Math.floor(Date.now() / 60_000) * 60_000;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a record, so lookups answer null without a query. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
