import { TRACKING_STATUSES, type TrackingStatus } from '../../entities/parcel.entity.ts';
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

export const GENERIC_SIGNATURE_HEADER = 'x-carrier-signature';
const MAX_EVENTS = 500;

/**
 * Our documented format, for carriers and integrators that can send JSON:
 *
 *     POST /webhooks/carriers/generic
 *     X-Carrier-Signature: sha256=<hex HMAC-SHA256 of the raw body with the shared secret>
 *     { "events": [ { "eventId": "c-123", "trackingNumber": "6A123…", "carrier": "Colissimo",
 *                     "status": "IN_TRANSIT", "occurredAt": "2026-11-20T08:15:00Z",
 *                     "location": "Lyon PFC", "message": "…", "estimatedDelivery": "2026-11-21T18:00:00Z" } ] }
 *
 * status is one of our tracking statuses; eventId makes redelivery harmless; at most 500 events.
 */
export const genericCarrierAdapter: CarrierAdapter = {
  name: 'generic',
  verify(rawBody, headers, secret) {
    const header = headerValue(headers, GENERIC_SIGNATURE_HEADER);
    const hex = header?.startsWith('sha256=') ? header.slice('sha256='.length) : undefined;
    if (!hex || !/^[0-9a-f]{64}$/i.test(hex)) return false;
    return sameSignature(hmacSha256(secret, rawBody), Buffer.from(hex, 'hex'));
  },
  parse(rawBody) {
    const body = parseJson(rawBody);
    const entries = isRecord(body) && Array.isArray(body['events']) ? body['events'] : isRecord(body) && 'eventId' in body ? [body] : undefined;
    if (!entries) throw new CarrierPayloadError('expected { "events": [...] }');
    if (entries.length > MAX_EVENTS) throw new CarrierPayloadError(`at most ${MAX_EVENTS} events per call`);
    const parsed: ParsedWebhook = { events: [], ignored: [] };
    entries.forEach((entry: unknown, index) => {
      if (!isRecord(entry)) return parsed.ignored.push({ index, reason: 'not an object' });
      const externalId = stringOrNull(entry['eventId']);
      const trackingNumber = stringOrNull(entry['trackingNumber']);
      const status = entry['status'];
      const occurredAt = instantOrNull(entry['occurredAt']);
      if (!externalId) return parsed.ignored.push({ index, reason: 'eventId is required' });
      if (!trackingNumber) return parsed.ignored.push({ index, reason: 'trackingNumber is required' });
      if (typeof status !== 'string' || !(TRACKING_STATUSES as readonly string[]).includes(status)) {
        return parsed.ignored.push({ index, reason: `status must be one of ${TRACKING_STATUSES.join(', ')}` });
      }
      if (!occurredAt) return parsed.ignored.push({ index, reason: 'occurredAt must be an ISO-8601 time' });
      const carrier = stringOrNull(entry['carrier']);
      parsed.events.push({
        externalId,
        trackingNumber: trackingNumber.toUpperCase(),
        carrierCode: carrier ? carrierCodeOf(carrier) : null,
        status: status as TrackingStatus,
        occurredAt,
        location: stringOrNull(entry['location']),
        message: stringOrNull(entry['message']),
        estimatedDelivery: instantOrNull(entry['estimatedDelivery']),
      });
      return undefined;
    });
    return parsed;
  },
};
