/**
 * What the fulfillment service reports about the goods, applied to stock: shipped or collected units
 * leave on hand and their holds, units not collected or no longer wanted are released, units missing
 * at the pick are written off. Each event once (the bus delivers at least once).
 */
import { FULFILLMENT_GOODS_EVENTS, parseGoodsNotice, type ParsedEvent } from '@oms/contracts';
import { claimEvent, type BusEvent, type EntityManager, type Logger } from '@oms/platform';
import { Allocation } from '../entities/allocation.entity.ts';
import { Location } from '../entities/location.entity.ts';
import { recordStockReleased, releaseAllocationUnits, takeUnits } from './allocation-units.ts';
import { lockOrder } from './allocation.service.ts';
import { inTransaction, sql, textArray, uuidArray } from './sql.ts';
import { StockJournal } from './stock-journal.ts';
import { applyStockChanges, type StockChange } from './stock-writer.ts';

/** The durable consumer of fulfillment events (one instance at a time, in order). */
export const FULFILLMENT_EVENTS_CONSUMER = 'inventory-fulfillment';

export const FulfillmentEventTypes = {
  ShipmentShipped: FULFILLMENT_GOODS_EVENTS.ShipmentShipped.type,
  PickedUp: FULFILLMENT_GOODS_EVENTS.PickedUp.type,
  PickupExpired: FULFILLMENT_GOODS_EVENTS.PickupExpired.type,
  FulfillmentOrderCancelled: FULFILLMENT_GOODS_EVENTS.FulfillmentOrderCancelled.type,
  FulfillmentLinesShortPicked: FULFILLMENT_GOODS_EVENTS.FulfillmentLinesShortPicked.type,
} as const;

export const FULFILLMENT_EVENT_TYPES: readonly string[] = Object.values(FulfillmentEventTypes);

interface NoticeLine {
  allocationId: string;
  sku: string;
  quantity: number;
}

/** The part of a fulfillment event stock cares about. */
export interface FulfillmentNotice {
  orderId: string;
  locationId: string;
  lines: NoticeLine[];
}

/** Reads the event through its contract (`packages/contracts`); an event that breaks it is parked (REJECTED) with the reason. */
export function parseFulfillmentNotice(event: Pick<BusEvent, 'type' | 'payload'>): ParsedEvent<FulfillmentNotice> {
  const parsed = parseGoodsNotice(event);
  if (!parsed.ok) return parsed;
  const { orderId, locationId, lines } = parsed.value;
  return locationId ? { ok: true, value: { orderId, locationId, lines } } : { ok: false, reason: 'locationId must be a UUID' };
}

/** Marks the event handled by this consumer, in the transaction of its effect; false when it already was. */
function claimFulfillmentEvent(tx: EntityManager, eventId: string, outcome: 'HANDLED' | 'REJECTED', detail: string | null = null): Promise<boolean> {
  return claimEvent(tx, 'inventory', FULFILLMENT_EVENTS_CONSUMER, eventId, outcome, detail);
}

async function allocationsOf(tx: EntityManager, notice: FulfillmentNotice): Promise<Map<string, Allocation>> {
  const ids = [...new Set(notice.lines.map((line) => line.allocationId))];
  if (ids.length === 0) return new Map();
  const found = await tx.find(Allocation, { id: { $in: ids }, orderId: notice.orderId }, { refresh: true });
  return new Map(found.map((allocation) => [allocation.id, allocation]));
}

/**
 * Keeps on hand from going below 0 (the CHECK would refuse the whole event, and the consumer would
 * stop on it): goods that left but were not counted are written off only down to 0, and the
 * ledger row says so. The levels are locked, so the figures hold until commit.
 */
async function withinOnHand(tx: EntityManager, changes: readonly StockChange[]): Promise<StockChange[]> {
  if (changes.length === 0) return [];
  const rows = await sql<{ sku_code: string; location_id: string; on_hand: number }>(
    tx,
    `select sl.sku_code, sl.location_id, sl.on_hand from inventory.stock_level sl
     join unnest(?::text[], ?::uuid[]) as pair(sku_code, location_id) on pair.sku_code = sl.sku_code and pair.location_id = sl.location_id
     order by sl.id for update of sl`,
    [textArray(changes.map((change) => change.sku)), uuidArray(changes.map((change) => change.locationId))],
  );
  const onHand = new Map(rows.map((row) => [`${row.sku_code}@${row.location_id}`, Number(row.on_hand)]));
  return changes.flatMap((change) => {
    const key = `${change.sku}@${change.locationId}`;
    const available = onHand.get(key);
    if (available === undefined) return [];
    const delta = Math.max(change.onHandDelta, -available);
    onHand.set(key, available + delta);
    if (delta === change.onHandDelta) return [change];
    return [{ ...change, onHandDelta: delta, reason: `${change.reason ?? ''} (${-change.onHandDelta} units, only ${available} on hand)`.trim() }];
  });
}

/**
 * Goods that left (shipped, or collected in store): held units leave both on hand and reserved and
 * their allocation becomes SHIPPED (a part of it when not all of it left). Units that were not held
 * any more (the allocation was released meanwhile) still left the shelf: on hand only.
 */
async function shipUnits(tx: EntityManager, journal: StockJournal, notice: FulfillmentNotice, reason: string, logger: Logger): Promise<void> {
  const allocations = await allocationsOf(tx, notice);
  const now = new Date();
  const changes: StockChange[] = [];
  for (const line of notice.lines) {
    const allocation = allocations.get(line.allocationId);
    if (!allocation) {
      logger.warn({ orderId: notice.orderId, allocationId: line.allocationId }, 'shipped units of an unknown allocation; stock unchanged');
      continue;
    }
    const held = allocation.status === 'ALLOCATED' && allocation.kind === 'STOCK' ? Math.min(line.quantity, allocation.quantity) : 0;
    const place = { sku: allocation.sku.code, locationId: allocation.location.id, kind: 'SHIPMENT' as const, reference: notice.orderId };
    if (held > 0) {
      takeUnits(tx, allocation, held, 'SHIPPED', now);
      changes.push({ ...place, onHandDelta: -held, reservedDelta: -held, reason });
    }
    if (line.quantity > held) {
      logger.warn({ orderId: notice.orderId, allocationId: allocation.id, status: allocation.status, units: line.quantity - held }, 'units left that were not held');
      changes.push({ ...place, onHandDelta: -(line.quantity - held), reservedDelta: 0, reason: `${reason} (not held: allocation ${allocation.status.toLowerCase()})` });
    }
  }
  await applyStockChanges(tx, journal, await withinOnHand(tx, changes));
}

/** Units not collected or no longer to be fulfilled: what their allocations still hold is released. */
async function releaseUnits(tx: EntityManager, journal: StockJournal, notice: FulfillmentNotice, reason: string): Promise<void> {
  const allocations = await allocationsOf(tx, notice);
  const taken = new Map<Allocation, number>();
  for (const line of notice.lines) {
    const allocation = allocations.get(line.allocationId);
    if (!allocation || allocation.status !== 'ALLOCATED') continue;
    const quantity = Math.min(line.quantity, allocation.quantity - (taken.get(allocation) ?? 0));
    if (quantity > 0) taken.set(allocation, (taken.get(allocation) ?? 0) + quantity);
  }
  const released = await releaseAllocationUnits(tx, journal, [...taken].map(([allocation, quantity]) => ({ allocation, quantity })), {
    reason,
    reference: notice.orderId,
  });
  recordStockReleased(tx, notice.orderId, reason, released);
}

/**
 * Units missing at the pick are not on the shelf: on hand goes down by the shortfall (an
 * ADJUSTMENT). Their hold stays until the orders service re-sources them (`reallocateOrderLines`
 * releases it), so `reserved` always matches the allocations.
 */
async function writeOffShortPick(tx: EntityManager, journal: StockJournal, notice: FulfillmentNotice): Promise<void> {
  const allocations = await allocationsOf(tx, notice);
  const placeOf = (line: NoticeLine) => {
    const allocation = allocations.get(line.allocationId);
    return allocation ? { sku: allocation.sku.code, locationId: allocation.location.id } : { sku: line.sku, locationId: notice.locationId };
  };
  const places = notice.lines.map(placeOf);
  const codes = new Map(
    (await tx.find(Location, { id: { $in: [...new Set(places.map((place) => place.locationId))] } })).map((location) => [location.id, location.code]),
  );
  const changes = notice.lines.map((line, index): StockChange => {
    const place = places[index]!;
    return {
      ...place,
      onHandDelta: -line.quantity,
      reservedDelta: 0,
      kind: 'ADJUSTMENT',
      reason: `short pick at ${codes.get(place.locationId) ?? place.locationId}`,
      reference: notice.orderId,
    };
  });
  await applyStockChanges(tx, journal, await withinOnHand(tx, changes));
}

export type HandlingOutcome = 'HANDLED' | 'DUPLICATE' | 'REJECTED';

/** Applies one fulfillment event to stock, once. Malformed events are recorded as REJECTED (and logged), never retried. */
export async function handleFulfillmentEvent(em: EntityManager, event: BusEvent, logger: Logger): Promise<HandlingOutcome> {
  const parsed = parseFulfillmentNotice(event);
  return inTransaction(em, async (tx) => {
    if (!parsed.ok) {
      if (!(await claimFulfillmentEvent(tx, event.id, 'REJECTED', parsed.reason))) return 'DUPLICATE';
      logger.error({ eventId: event.id, type: event.type, reason: parsed.reason }, 'fulfillment event refused');
      return 'REJECTED';
    }
    if (!(await claimFulfillmentEvent(tx, event.id, 'HANDLED'))) return 'DUPLICATE';
    const notice = parsed.value;
    if (notice.lines.length === 0) return 'HANDLED';
    // Serialised with the order's allocation, release and re-sourcing.
    await lockOrder(tx, notice.orderId);
    const journal = new StockJournal(tx);
    switch (event.type) {
      case FulfillmentEventTypes.ShipmentShipped:
        await shipUnits(tx, journal, notice, `shipment ${String(event.payload['shipmentId'] ?? event.aggregateId)}`, logger);
        break;
      case FulfillmentEventTypes.PickedUp:
        await shipUnits(tx, journal, notice, 'collected in store', logger);
        break;
      case FulfillmentEventTypes.PickupExpired:
        await releaseUnits(tx, journal, notice, 'not collected by the pickup deadline');
        break;
      case FulfillmentEventTypes.FulfillmentOrderCancelled: {
        const reason = event.payload['reason'];
        await releaseUnits(tx, journal, notice, typeof reason === 'string' && reason.trim() !== '' ? reason.slice(0, 500) : 'fulfillment order cancelled');
        break;
      }
      case FulfillmentEventTypes.FulfillmentLinesShortPicked:
        await writeOffShortPick(tx, journal, notice);
        break;
      default:
        return 'HANDLED';
    }
    journal.publish();
    return 'HANDLED';
  });
}
