import { isDomainError, type EntityManager, type Logger } from '@oms/platform';
import { Parcel } from '../../entities/parcel.entity.ts';
import { recordParcelTracking } from '../tracking.service.ts';
import { aftershipCarrierAdapter } from './aftership.adapter.ts';
import { CarrierPayloadError, type CarrierAdapter, type CarrierTrackingEvent, type WebhookHeaders } from './carrier-adapter.ts';
import { genericCarrierAdapter } from './generic.adapter.ts';

export const CARRIER_ADAPTERS: Readonly<Record<string, CarrierAdapter>> = {
  [genericCarrierAdapter.name]: genericCarrierAdapter,
  [aftershipCarrierAdapter.name]: aftershipCarrierAdapter,
};

export interface WebhookReply {
  status: number;
  body: Record<string, unknown>;
}

/**
 * The parcel a carrier event is about: by tracking number, and by carrier when two carriers happen
 * to use the same number. Null when unknown or ambiguous.
 */
async function parcelFor(em: EntityManager, event: CarrierTrackingEvent): Promise<Parcel | null> {
  const candidates = await em.find(Parcel, { trackingNumber: event.trackingNumber });
  if (candidates.length <= 1) return candidates[0] ?? null;
  return candidates.find((parcel) => parcel.carrierCode === event.carrierCode) ?? null;
}

/**
 * A carrier's webhook call, from raw bytes to recorded events: the adapter's signature check
 * (401, nothing recorded, when it fails), its format (400 when unreadable), then each event
 * recorded on its own (idempotent by the carrier's event id). Events for parcels we do not know
 * are acknowledged and reported, so the carrier does not retry them for ever.
 */
export async function handleCarrierWebhook(
  em: EntityManager,
  adapterName: string,
  rawBody: Buffer,
  headers: WebhookHeaders,
  secrets: Readonly<Record<string, string>>,
  logger?: Logger,
): Promise<WebhookReply> {
  const adapter = CARRIER_ADAPTERS[adapterName];
  const secret = secrets[adapterName];
  if (!adapter || !secret) return { status: 404, body: { error: `no carrier adapter ${adapterName}` } };
  if (!adapter.verify(rawBody, headers, secret)) {
    logger?.warn({ adapter: adapterName }, 'carrier webhook refused: bad signature');
    return { status: 401, body: { error: 'invalid signature' } };
  }
  let parsed;
  try {
    parsed = adapter.parse(rawBody);
  } catch (error) {
    if (error instanceof CarrierPayloadError) return { status: 400, body: { error: error.message } };
    throw error;
  }
  let recorded = 0;
  let duplicates = 0;
  const unknownParcels = new Set<string>();
  const rejected: { trackingNumber: string; reason: string }[] = [];
  // One parcel's events in the order they happened: fewer status flips along the way.
  const events = [...parsed.events].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  for (const event of events) {
    const parcel = await parcelFor(em.fork(), event);
    if (!parcel) {
      unknownParcels.add(event.trackingNumber);
      continue;
    }
    try {
      const outcome = await recordParcelTracking(em, parcel.id, adapter.name, event);
      if (outcome.duplicate) duplicates++;
      else recorded++;
    } catch (error) {
      if (!isDomainError(error)) throw error;
      rejected.push({ trackingNumber: event.trackingNumber, reason: error.message });
    }
  }
  if (unknownParcels.size > 0) logger?.info({ adapter: adapterName, trackingNumbers: [...unknownParcels] }, 'carrier events for unknown parcels');
  return {
    status: 200,
    body: { received: parsed.events.length + parsed.ignored.length, recorded, duplicates, unknownParcels: [...unknownParcels], ignored: parsed.ignored, rejected },
  };
}
