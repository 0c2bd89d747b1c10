import { DomainError } from '@oms/platform';

/** One line of one order in a wave, in wave order (oldest order first). */
export interface WaveLine {
  fulfillmentOrderId: string;
  orderNumber: string;
  lineId: string;
  skuCode: string;
  /** What is still to pick: ordered minus cancelled. */
  quantity: number;
}

export interface BinAssignment {
  skuCode: string;
  binCode: string;
  walkSequence: number;
}

export interface PickListSplit {
  fulfillmentOrderId: string;
  orderNumber: string;
  quantity: number;
}

export interface PickListEntry {
  skuCode: string;
  binCode: string | null;
  walkSequence: number | null;
  quantity: number;
  split: PickListSplit[];
}

/**
 * The wave's pick list: one entry per SKU (and its bin) with the total to pick, in walking order
 * (walk sequence, then bin code); SKUs without a bin come last, by code. Each entry says how the
 * quantity splits over the orders, oldest first, for sorting after the walk.
 */
export function buildPickList(lines: readonly WaveLine[], bins: readonly BinAssignment[]): PickListEntry[] {
  const binOf = new Map(bins.map((bin) => [bin.skuCode, bin]));
  const entries = new Map<string, PickListEntry>();
  for (const line of lines) {
    if (line.quantity <= 0) continue;
    let entry = entries.get(line.skuCode);
    if (!entry) {
      const bin = binOf.get(line.skuCode);
      entry = { skuCode: line.skuCode, binCode: bin?.binCode ?? null, walkSequence: bin?.walkSequence ?? null, quantity: 0, split: [] };
      entries.set(line.skuCode, entry);
    }
    entry.quantity += line.quantity;
    const share = entry.split.find((split) => split.fulfillmentOrderId === line.fulfillmentOrderId);
    if (share) share.quantity += line.quantity;
    else entry.split.push({ fulfillmentOrderId: line.fulfillmentOrderId, orderNumber: line.orderNumber, quantity: line.quantity });
  }
  return [...entries.values()].sort(walkingOrder);
}

function walkingOrder(a: PickListEntry, b: PickListEntry): number {
  if (a.walkSequence === null || b.walkSequence === null) {
    if (a.walkSequence !== b.walkSequence) return a.walkSequence === null ? 1 : -1;
    return a.skuCode.localeCompare(b.skuCode);
  }
  return (
    a.walkSequence - b.walkSequence ||
    (a.binCode ?? '').localeCompare(b.binCode ?? '') ||
    a.skuCode.localeCompare(b.skuCode)
  );
}

export interface WaveShortage {
  skuCode: string;
  missingQuantity: number;
}

/**
 * Charges the units missing in a walk to the wave's lines: the newest orders lose first, so the
 * customers who waited longest still get theirs. Returns the short quantity per line id.
 */
export function distributeShortages(lines: readonly WaveLine[], shortages: readonly WaveShortage[]): Map<string, number> {
  const missingBySku = new Map<string, number>();
  for (const shortage of shortages) {
    if (!Number.isInteger(shortage.missingQuantity) || shortage.missingQuantity < 0) {
      throw new DomainError('BAD_USER_INPUT', `missingQuantity of ${shortage.skuCode} must be a whole number ≥ 0`, { skuCode: shortage.skuCode });
    }
    missingBySku.set(shortage.skuCode, (missingBySku.get(shortage.skuCode) ?? 0) + shortage.missingQuantity);
  }
  const short = new Map<string, number>();
  for (const [skuCode, missing] of missingBySku) {
    const candidates = lines.filter((line) => line.skuCode === skuCode && line.quantity > 0);
    const wanted = candidates.reduce((total, line) => total + line.quantity, 0);
    if (missing > wanted) {
      throw new DomainError('BAD_USER_INPUT', `The wave needs ${wanted} of ${skuCode}; ${missing} cannot be missing`, { skuCode, wanted, missing });
    }
    let left = missing;
    for (const line of [...candidates].reverse()) {
      if (left === 0) break;
      const taken = Math.min(left, line.quantity);
      short.set(line.lineId, (short.get(line.lineId) ?? 0) + taken);
      left -= taken;
    }
  }
  return short;
}
