import { DomainError, type Principal } from '@oms/platform';
import type { FulfillmentContext } from '../context.ts';
import type { FulfillmentOrder } from '../entities/fulfillment-order.entity.ts';
import { canWork, notFound, type FulfillmentAccess } from './access.ts';
import { FulfillmentEvents, recordFulfillmentEvent } from './events.ts';
import { changeFulfillmentOrder } from './fulfillment-order.service.ts';
import { generatePickupCode, hashPickupCode } from './pickup-code.ts';

/**
 * New codes per fulfillment order: enough for a customer who lost a message or two, few enough
 * that re-issuing cannot flood their inbox. The column's check constraint repeats it.
 */
export const PICKUP_CODE_REISSUE_LIMIT = 5;

/**
 * The order's own customer, or staff and partners allowed to work fulfillment at its location
 * (store associates at their store only). Care agents lack fulfillment:write: the customer asks themselves.
 */
function authorizeReissue(principal: Principal, access: FulfillmentAccess, fo: FulfillmentOrder): void {
  // Someone else's order, or another store's, answers as missing; a role that never re-issues is refused.
  if (access.kind === 'customer') {
    if (fo.customerId !== access.customerId) throw notFound('fulfillment order', fo.id, 'fulfillmentOrderId');
    return;
  }
  const mayWrite = principal.kind === 'service' || ((principal.kind === 'staff' || principal.kind === 'partner') && principal.scopes.includes('fulfillment:write'));
  if (!mayWrite) throw new DomainError('FORBIDDEN', 'Re-issuing a pickup code needs the fulfillment:write scope', { requiredScope: 'fulfillment:write' });
  if (!canWork(access, fo.locationId, fo.channel)) throw notFound('fulfillment order', fo.id, 'fulfillmentOrderId');
}

/**
 * A customer lost their pickup message: a new code replaces the old one (only its HMAC is kept, so
 * the old code stops working at once) and travels once, in PickupCodeReissued, to the customers
 * service, which sends it in the same message as PickupReady. The deadline stays as it was.
 */
export function reissuePickupCode(ctx: FulfillmentContext, fulfillmentOrderId: string): Promise<FulfillmentOrder> {
  return changeFulfillmentOrder(
    ctx,
    fulfillmentOrderId,
    'reissuePickupCode',
    async (tx, fo) => {
      if (fo.status !== 'READY_FOR_PICKUP') {
        throw new DomainError('PICKUP_NOT_READY', `A ${fo.status} order is not waiting at the counter: there is no pickup code to re-issue`, {
          fulfillmentOrderId: fo.id,
          status: fo.status,
        });
      }
      if (fo.pickupCodeReissues >= PICKUP_CODE_REISSUE_LIMIT) {
        throw new DomainError('PICKUP_CODE_REISSUE_LIMIT', `The pickup code of this order was already re-issued ${PICKUP_CODE_REISSUE_LIMIT} times; please ask at the store`, {
          fulfillmentOrderId: fo.id,
          limit: PICKUP_CODE_REISSUE_LIMIT,
        });
      }
      const code = generatePickupCode();
      fo.pickupCodeHash = hashPickupCode(ctx.config.pickupCodeSecret, fo.id, code);
      fo.pickupCodeReissues += 1;
      recordFulfillmentEvent(tx, FulfillmentEvents.PickupCodeReissued, fo, {
        type: fo.type,
        deadline: fo.pickupDeadline?.toISOString() ?? null,
        code,
        reissue: fo.pickupCodeReissues,
      });
      return fo;
    },
    {
      authorize: (access, fo) => authorizeReissue(ctx.principal, access, fo),
      // Staff re-issues are audited with their actor; the count, never the code or its hash.
      auditDetails: (fo) => ({ pickupCodeReissues: fo.pickupCodeReissues }),
    },
  );
}
