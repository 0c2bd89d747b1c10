import { anythingDue, DomainError, inTransaction, type EntityManager } from '@oms/platform';
import type { FulfillmentContext } from '../context.ts';
import { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';
import { FulfillmentOrderLine } from '../entities/fulfillment-order-line.entity.ts';
import { canWork, notFound } from './access.ts';
import { FulfillmentEvents, lineQuantities, pickedQuantity, recordFulfillmentEvent, recordTransition } from './events.ts';
import { changeFulfillmentOrder, linesOf, transition } from './fulfillment-order.service.ts';
import { fulfillmentStateMachine } from './fulfillment-state.ts';
import { generatePickupCode, hashPickupCode, pickupCodeMatches } from './pickup-code.ts';
import { optionalText, requireInteger } from './validation.ts';

const DAY_MS = 24 * 3600 * 1000;

export interface ReadyForPickupCommand {
  fulfillmentOrderId: string;
  holdDays?: number | null;
}

/**
 * The order waits at the counter: a 6-digit code is issued (only its HMAC is kept here), the
 * collection deadline is set. The code travels once, in the PickupReady event, to the customers
 * service, which tells the customer; webhooks to other systems never carry it.
 */
export function markReadyForPickup(ctx: FulfillmentContext, command: ReadyForPickupCommand): Promise<FulfillmentOrder> {
  return changeFulfillmentOrder(
    ctx,
    command.fulfillmentOrderId,
    'markReadyForPickup',
    async (tx, fo) => {
      fulfillmentStateMachine(fo.type).assertTransition(fo.status, 'READY_FOR_PICKUP');
      const holdDays = requireInteger(command.holdDays ?? ctx.config.pickupHoldDays, 'holdDays', 1, 14);
      const code = generatePickupCode();
      const now = new Date();
      const from = await transition(tx, fo, 'READY_FOR_PICKUP', now);
      fo.pickupCodeHash = hashPickupCode(ctx.config.pickupCodeSecret, fo.id, code);
      fo.pickupDeadline = new Date(now.getTime() + holdDays * DAY_MS);
      recordTransition(tx, fo, from, { event: FulfillmentEvents.PickupReady, payload: { type: fo.type, deadline: fo.pickupDeadline.toISOString(), code } });
      return fo;
    },
    { auditDetails: (fo) => ({ pickupDeadline: fo.pickupDeadline?.toISOString() ?? null }) },
  );
}

/** Wrong codes per fulfillment order within the window, per process: guessing 10⁶ codes is not an option. */
const MAX_WRONG_CODES = 5;
const WRONG_CODE_WINDOW_MS = 15 * 60 * 1000;
const wrongCodes = new Map<string, { count: number; since: number }>();

function noteWrongCode(fulfillmentOrderId: string): void {
  const now = Date.now();
  if (wrongCodes.size > 10_000) for (const [id, entry] of wrongCodes) if (now - entry.since > WRONG_CODE_WINDOW_MS) wrongCodes.delete(id);
  const entry = wrongCodes.get(fulfillmentOrderId);
  if (!entry || now - entry.since > WRONG_CODE_WINDOW_MS) wrongCodes.set(fulfillmentOrderId, { count: 1, since: now });
  else entry.count++;
}

function assertNotLockedOut(fulfillmentOrderId: string): void {
  const entry = wrongCodes.get(fulfillmentOrderId);
  if (entry && Date.now() - entry.since <= WRONG_CODE_WINDOW_MS && entry.count >= MAX_WRONG_CODES) {
    throw new DomainError('PICKUP_CODE_LOCKED', 'Too many wrong pickup codes for this order; try again in 15 minutes', { fulfillmentOrderId });
  }
}

export interface ConfirmPickupCommand {
  fulfillmentOrderId: string;
  code: string;
  posTransactionReference?: string | null;
}

/** Hands the order over once the customer's code matches; a wrong code changes nothing. */
export async function confirmPickup(ctx: FulfillmentContext, command: ConfirmPickupCommand): Promise<FulfillmentOrder> {
  return changeFulfillmentOrder(ctx, command.fulfillmentOrderId, 'confirmPickup', async (tx, fo) => {
    fulfillmentStateMachine(fo.type).assertTransition(fo.status, 'PICKED_UP');
    assertNotLockedOut(fo.id);
    if (!pickupCodeMatches(ctx.config.pickupCodeSecret, fo.id, command.code, fo.pickupCodeHash)) {
      noteWrongCode(fo.id);
      ctx.logger.warn({ fulfillmentOrderId: fo.id }, 'wrong pickup code');
      throw new DomainError('PICKUP_CODE_INVALID', 'The pickup code does not match this order', { fulfillmentOrderId: fo.id });
    }
    const reference = optionalText(command.posTransactionReference, 'posTransactionReference', 120);
    if (fo.type === 'RESERVE_IN_STORE' && !reference) {
      throw new DomainError('BAD_USER_INPUT', 'Reserve in store: give the point-of-sale transaction that took the payment', { argument: 'posTransactionReference' });
    }
    wrongCodes.delete(fo.id);
    const lines = await linesOf(tx, fo);
    const from = await transition(tx, fo, 'PICKED_UP');
    fo.pickupCodeHash = null;
    fo.posTransactionReference = reference;
    recordTransition(tx, fo, from, {
      event: FulfillmentEvents.PickedUp,
      payload: {
        type: fo.type,
        lines: lineQuantities(lines, pickedQuantity),
        paymentCollectedInStore: fo.type === 'RESERVE_IN_STORE',
        posTransactionReference: reference,
      },
    });
    return fo;
  });
}

export interface CurbsideArrivalCommand {
  fulfillmentOrderId: string;
  parkingSpot?: string | null;
  vehicle?: string | null;
}

/** Curbside: the customer (or the store, on the phone with them) says they are outside. */
export function announceCurbsideArrival(ctx: FulfillmentContext, command: CurbsideArrivalCommand): Promise<FulfillmentOrder> {
  return changeFulfillmentOrder(
    ctx,
    command.fulfillmentOrderId,
    'announceCurbsideArrival',
    async (tx, fo) => {
      if (fo.type !== 'CURBSIDE') throw new DomainError('BAD_USER_INPUT', 'This order is not a curbside pickup', { type: fo.type });
      if (fo.status !== 'READY_FOR_PICKUP') {
        throw new DomainError('INVALID_STATE_TRANSITION', `A ${fo.status} order is not waiting for the customer`, { from: fo.status, to: 'CURBSIDE_ARRIVED' });
      }
      fo.curbsideArrivedAt = new Date();
      fo.curbsideParkingSpot = optionalText(command.parkingSpot, 'parkingSpot', 60);
      fo.curbsideVehicle = optionalText(command.vehicle, 'vehicle', 120);
      recordFulfillmentEvent(tx, FulfillmentEvents.CurbsideArrived, fo, {
        arrivedAt: fo.curbsideArrivedAt.toISOString(),
        parkingSpot: fo.curbsideParkingSpot,
        vehicle: fo.curbsideVehicle,
      });
      return fo;
    },
    {
      authorize: (access, fo) => {
        const own = access.kind === 'customer' && fo.customerId === access.customerId;
        if (!own && !canWork(access, fo.locationId, fo.channel)) throw notFound('fulfillment order', fo.id, 'fulfillmentOrderId');
      },
    },
  );
}

export interface PickupSweepOptions {
  /** Pickups whose deadline is at or before this instant expire (default: now). */
  asOf?: Date;
  /** Orders per transaction (default 100). */
  batchSize?: number;
}

/**
 * Expires pickups not collected by their deadline, in batches: the goods go back on the shelf
 * (PickupExpired: inventory releases the allocations, orders cancels the lines) and the customer is
 * told. `FOR UPDATE SKIP LOCKED` lets several instances sweep at once without expiring an order
 * twice, and skips one being handed over right now. Returns how many expired.
 */
export async function sweepExpiredPickups(em: EntityManager, options: PickupSweepOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? 100;
  const asOf = options.asOf ?? new Date();
  const due = `select 1 from fulfillment.fulfillment_order where status = 'READY_FOR_PICKUP' and pickup_deadline <= ?`;
  if (!(await anythingDue(em, due, [asOf]))) return 0;
  let total = 0;
  for (;;) {
    const expired = await inTransaction(em, async (tx) => {
      const due = await tx.execute<{ id: string }[]>(
        `select id from fulfillment.fulfillment_order
         where status = 'READY_FOR_PICKUP' and pickup_deadline <= ?
         order by pickup_deadline limit ? for update skip locked`,
        [asOf, batchSize],
      );
      if (due.length === 0) return 0;
      const orders = await tx.find(FulfillmentOrder, { id: { $in: due.map((row) => row.id) } });
      const lines = await tx.find(FulfillmentOrderLine, { fulfillmentOrderId: { $in: orders.map((fo) => fo.id) } }, { orderBy: { position: 'asc' } });
      for (const fo of orders) {
        const deadline = fo.pickupDeadline?.toISOString() ?? null;
        const from = await transition(tx, fo, 'EXPIRED');
        fo.pickupCodeHash = null;
        fo.cancellationReason = 'Not collected by the pickup deadline';
        const own = lines.filter((line) => line.fulfillmentOrderId === fo.id);
        recordTransition(tx, fo, from, { event: FulfillmentEvents.PickupExpired, payload: { type: fo.type, deadline, lines: lineQuantities(own, pickedQuantity) } });
      }
      return orders.length;
    });
    total += expired;
    if (expired < batchSize) return total;
  }
}
