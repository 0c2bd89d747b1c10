import { createHash } from 'node:crypto';
import type { TrackingStatus } from '../../entities/parcel.entity.ts';
import { carrierCodeOf } from '../validation.ts';
import {
  CarrierPayloadError,
  headerValue,
  hmacSha256,
  instantOrNull,
  isRecord,
  parseJson,
  sameSignature,
  stringOrNull,
  type CarrierAdapter,
  type ParsedWebhook,
} from './carrier-adapter.ts';

/** AfterShip signs the raw body: base64 HMAC-SHA256 in this header. */
export const AFTERSHIP_SIGNATURE_HEADER = 'aftership-hmac-sha256';

/**
 * An AfterShip checkpoint's tag (and subtag) in our terms; null for what says nothing about the
 * parcel's progress (Pending: the aggregator has no information yet).
 */
export function mapAftershipTag(tag: string, subtag?: string | null): TrackingStatus | null {
  switch (tag) {
    case 'InfoReceived':
      return 'LABEL_CREATED';
    case 'InTransit':
      // InTransit_002: the carrier has collected the parcel (first scan).
      return subtag === 'InTransit_002' ? 'PICKED_UP' : 'IN_TRANSIT';
    case 'OutForDelivery':
      return 'OUT_FOR_DELIVERY';
    case 'AvailableForPickup':
      // Waiting at a pickup point for the customer: the last leg, not yet delivered.
      return 'OUT_FOR_DELIVERY';
    case 'Delivered':
      return 'DELIVERED';
    case 'AttemptFail':
      return 'EXCEPTION';
    case 'Exception':
      // Exception_011: the parcel is back with the sender.
      return subtag === 'Exception_011' ? 'RETURNED_TO_SENDER' : 'EXCEPTION';
    case 'Expired':
      // The aggregator stopped tracking without a final status: someone must look.
      return 'EXCEPTION';
    default:
      return null;
  }
}

function checkpointLocation(checkpoint: Record<string, unknown>): string | null {
  const location = stringOrNull(checkpoint['location']);
  if (location) return location;
  const parts = [checkpoint['city'], checkpoint['state'], checkpoint['country_name'] ?? checkpoint['country_iso3']].map(stringOrNull).filter((part) => part !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * AfterShip (carrier aggregator) tracking webhooks: `{ msg: { tracking_number, slug, expected_delivery,
 * checkpoints: [{ checkpoint_time, tag, subtag, message, location }] } }`. Every delivery carries the
 * whole checkpoint history: a checkpoint's identity (slug, number, time, tag, message) is its event id,
 * so the ones already recorded are recognised as duplicates.
 */
export const aftershipCarrierAdapter: CarrierAdapter = {
  name: 'aftership',
  verify(rawBody, headers, secret) {
    const header = headerValue(headers, AFTERSHIP_SIGNATURE_HEADER, `x-${AFTERSHIP_SIGNATURE_HEADER}`);
    if (!header) return false;
    return sameSignature(hmacSha256(secret, rawBody), Buffer.from(header, 'base64'));
  },
  parse(rawBody) {
    const body = parseJson(rawBody);
    const msg = isRecord(body) ? body['msg'] : undefined;
    if (!isRecord(msg)) throw new CarrierPayloadError('expected { "msg": { "tracking_number", "slug", "checkpoints" } }');
    const trackingNumber = stringOrNull(msg['tracking_number']);
    if (!trackingNumber) throw new CarrierPayloadError('msg.tracking_number is required');
    const slug = stringOrNull(msg['slug']);
    const checkpoints = Array.isArray(msg['checkpoints']) ? msg['checkpoints'] : [];
    const expectedDelivery = instantOrNull(msg['expected_delivery']);
    const parsed: ParsedWebhook = { events: [], ignored: [] };
    checkpoints.forEach((checkpoint: unknown, index) => {
      if (!isRecord(checkpoint)) return parsed.ignored.push({ index, reason: 'not an object' });
      const tag = stringOrNull(checkpoint['tag']) ?? '';
      const subtag = stringOrNull(checkpoint['subtag']);
      const status = mapAftershipTag(tag, subtag);
      if (!status) return parsed.ignored.push({ index, reason: `tag ${tag || '(none)'} carries no progress` });
      const occurredAt = instantOrNull(checkpoint['checkpoint_time']);
      if (!occurredAt) return parsed.ignored.push({ index, reason: 'checkpoint_time must be an ISO-8601 time' });
      const message = stringOrNull(checkpoint['message']);
      const identity = [slug ?? '', trackingNumber.toUpperCase(), occurredAt.toISOString(), tag, subtag ?? '', message ?? ''].join('|');
      parsed.events.push({
        externalId: createHash('sha256').update(identity).digest('hex'),
        trackingNumber: trackingNumber.toUpperCase(),
        carrierCode: slug ? carrierCodeOf(slug) : null,
        status,
        occurredAt,
        location: checkpointLocation(checkpoint),
        message,
        estimatedDelivery: null,
      });
      return undefined;
    });
    // The aggregator's estimate belongs to the newest checkpoint.
    const newest = parsed.events.reduce<(typeof parsed.events)[number] | undefined>((latest, event) => (!latest || event.occurredAt > latest.occurredAt ? event : latest), undefined);
    if (newest && expectedDelivery) newest.estimatedDelivery = expectedDelivery;
    return parsed;
  },
};
