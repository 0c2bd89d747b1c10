/**
 * The customer segments an order is sourced for. Segment-scoped sourcing rules need the customer's
 * segments, which the customers service owns; asking for them on every order would add a call to
 * the hot path of every retailer, so order capture asks only when inventory says (in the answer
 * to the price quote it fetches anyway) that some segment-scoped rule set is in force, and never
 * for a guest. The segments are an input to sourcing, not a condition of the sale: when they
 * cannot be had in time the order is sourced without them and the decision trace says so.
 */
import type { RequestContext } from '@oms/platform';
import { customerSegmentCodes } from './customers.client.ts';

/** What the allocation is told about the customer's segments (fields of AllocateOrderStockInput). */
export interface SegmentFacts {
  customerSegments: string[];
  customerSegmentsUnavailable: boolean;
}

const NO_SEGMENTS: SegmentFacts = { customerSegments: [], customerSegmentsUnavailable: false };

/** How long placement waits for the segments before sourcing without them. */
const LOOKUP_TIMEOUT_MS = 1_500;

type Caller = Pick<RequestContext, 'services' | 'requestId' | 'logger'>;

/**
 * The customer's segments when sourcing can use them; never rejects. `sourcingSegments` are the
 * segments the rule sets in force are scoped to (empty: nothing to ask).
 */
export async function segmentsForSourcing(ctx: Caller, customerId: string | null, sourcingSegments: readonly string[]): Promise<SegmentFacts> {
  if (customerId === null || sourcingSegments.length === 0) return NO_SEGMENTS;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${LOOKUP_TIMEOUT_MS} ms`)), LOOKUP_TIMEOUT_MS);
    });
    return { customerSegments: await Promise.race([customerSegmentCodes(ctx, customerId), timeout]), customerSegmentsUnavailable: false };
  } catch (error) {
    ctx.logger.warn({ err: error, customerId }, 'customer segments unavailable: the order is sourced without them');
    return { customerSegments: [], customerSegmentsUnavailable: true };
  } finally {
    clearTimeout(timer);
  }
}
