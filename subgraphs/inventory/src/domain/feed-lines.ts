/** Validation of inventory feed lines, in memory and in one pass: pure, no I/O. */
import type { FeedLineRejection, FeedMode } from '../entities/inventory-feed.entity.ts';

export interface FeedLine {
  sku: string;
  /** Location code, e.g. WH-LYON. */
  location: string;
  quantity: number;
}

export interface ValidFeedLine {
  /** 1-based position in the feed. */
  line: number;
  sku: string;
  locationId: string;
  quantity: number;
}

export interface FeedClassification {
  valid: ValidFeedLine[];
  rejected: FeedLineRejection[];
}

/**
 * Sorts feed lines into those to apply and those to report: unknown SKU or location, a negative
 * count in a snapshot, or a second line for a SKU × location already in the feed (the first wins:
 * a feed must say one thing per level).
 */
export function classifyFeedLines(
  lines: readonly FeedLine[],
  mode: FeedMode,
  knownSkus: ReadonlySet<string>,
  locationIdsByCode: ReadonlyMap<string, string>,
): FeedClassification {
  const valid: ValidFeedLine[] = [];
  const rejected: FeedLineRejection[] = [];
  const firstLineOf = new Map<string, number>();
  lines.forEach((input, index) => {
    const line = index + 1;
    const rejection = (reason: FeedLineRejection['reason'], message: string): FeedLineRejection => ({
      line,
      sku: input.sku,
      location: input.location,
      reason,
      message,
    });
    const locationId = locationIdsByCode.get(input.location);
    const key = `${input.sku}\u0000${locationId}`;
    const first = firstLineOf.get(key);
    if (!knownSkus.has(input.sku)) rejected.push(rejection('UNKNOWN_SKU', `Unknown SKU ${input.sku}`));
    else if (!locationId) rejected.push(rejection('UNKNOWN_LOCATION', `Unknown location ${input.location}`));
    else if (mode === 'SNAPSHOT' && input.quantity < 0) rejected.push(rejection('NEGATIVE_COUNT', `A count cannot be negative (${input.quantity})`));
    else if (first !== undefined) rejected.push(rejection('DUPLICATE_LINE', `${input.sku} at ${input.location} already appears on line ${first}`));
    else {
      firstLineOf.set(key, line);
      valid.push({ line, sku: input.sku, locationId, quantity: input.quantity });
    }
  });
  return { valid, rejected };
}

export function negativeResultRejection(line: ValidFeedLine, location: string): FeedLineRejection {
  return {
    line: line.line,
    sku: line.sku,
    location,
    reason: 'NEGATIVE_RESULT',
    message: `Applying ${line.quantity} would leave ${line.sku} at ${location} with a negative on hand`,
  };
}
