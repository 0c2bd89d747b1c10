import type { z } from 'zod';

/**
 * One event type as services agree on it: its name, the version of its payload and the payload's
 * schema. Producers build events through `eventPayload` (a payload that breaks its contract is a
 * defect, refused before it is written); consumers read them through `parseEvent`, and park an event
 * that does not parse (with the reason) instead of retrying it forever.
 */
export interface EventContract<T extends string, S extends z.ZodType> {
  readonly type: T;
  readonly version: number;
  readonly payload: S;
}

export function defineEvent<T extends string, S extends z.ZodType>(type: T, version: number, payload: S): EventContract<T, S> {
  return { type, version, payload };
}

export type PayloadOf<C> = C extends EventContract<string, infer S> ? z.infer<S> : never;

export type ParsedEvent<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The payload as its contract reads it, or why it does not (the first problem, with its path). */
export function parseEvent<S extends z.ZodType>(contract: EventContract<string, S>, event: { type: string; payload: unknown }): ParsedEvent<z.infer<S>> {
  if (event.type !== contract.type) return { ok: false, reason: `expected a ${contract.type} event, got ${event.type}` };
  const parsed = contract.payload.safeParse(event.payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const [issue] = parsed.error.issues;
  const path = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, reason: `${contract.type} v${contract.version} payload refused: ${path}${issue?.message ?? 'invalid'}` };
}

/** A payload checked against its contract before it is recorded; throws on a producer's defect. */
export function eventPayload<S extends z.ZodType>(contract: EventContract<string, S>, payload: z.input<S>): Record<string, unknown> {
  const parsed = contract.payload.safeParse(payload);
  if (!parsed.success) throw new Error(`${contract.type} v${contract.version}: the payload breaks its contract: ${parsed.error.message}`);
  // What was given is what travels (fields the contract does not name are kept for other consumers).
  return payload as Record<string, unknown>;
}
