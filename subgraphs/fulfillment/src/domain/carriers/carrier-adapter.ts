import { createHmac, timingSafeEqual } from 'node:crypto';
import type { TrackingStatus } from '../../entities/parcel.entity.ts';

export type WebhookHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** One tracking event as a carrier adapter reads it from a webhook body. */
export interface CarrierTrackingEvent {
  trackingNumber: string;
  /** The carrier as the payload names it, normalized like Parcel.carrierCode; null when it does not say. */
  carrierCode: string | null;
  /** Unique per adapter; the same id again is a duplicate. */
  externalId: string;
  status: TrackingStatus;
  occurredAt: Date;
  location: string | null;
  message: string | null;
  estimatedDelivery: Date | null;
}

/** What an adapter made of a payload: events to record, and entries it could not use (and why). */
export interface ParsedWebhook {
  events: CarrierTrackingEvent[];
  ignored: { index: number; reason: string }[];
}

/** A carrier (or carrier aggregator) webhook format: how its signature is checked and its body read. */
export interface CarrierAdapter {
  readonly name: string;
  verify(rawBody: Buffer, headers: WebhookHeaders, secret: string): boolean;
  /** Throws CarrierPayloadError when the body is not in the adapter's format at all. */
  parse(rawBody: Buffer): ParsedWebhook;
}

export class CarrierPayloadError extends Error {
  override readonly name = 'CarrierPayloadError';
}

export function headerValue(headers: WebhookHeaders, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = headers[name.toLowerCase()];
    const text = Array.isArray(value) ? value[0] : value;
    if (text) return text.trim();
  }
  return undefined;
}

export function hmacSha256(secret: string, body: Buffer): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** Constant-time comparison of a received signature with the expected one. */
export function sameSignature(expected: Buffer, given: Buffer): boolean {
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function parseJson(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw new CarrierPayloadError('body is not valid JSON');
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** An ISO-8601 instant; one without a zone is read as UTC. Null when unreadable. */
export function instantOrNull(value: unknown): Date | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  const zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(text) || !/T\d/.test(text) ? text : `${text}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? null : date;
}
