/** Not enough stock: an expected outcome, reported as a typed result after the transaction rolled back. */

export interface StockShortfall {
  sku: string;
  requested: number;
  available: number;
}

/** Thrown inside a transaction to roll everything back; the caller turns it into a typed result. */
export class ShortageSignal extends Error {
  readonly failedSkus: readonly string[];

  constructor(failedSkus: readonly string[]) {
    super(`not enough stock for ${failedSkus.join(', ')}`);
    this.failedSkus = failedSkus;
  }
}

export function isShortageSignal(error: unknown): error is ShortageSignal {
  return error instanceof ShortageSignal;
}

/**
 * The lines to report: those asking for more than is available now, and always the ones that
 * failed during the attempt (a race may have freed stock since).
 */
export function shortfallsToReport(requested: readonly StockShortfall[], failedSkus: readonly string[]): StockShortfall[] {
  const failed = new Set(failedSkus);
  const report = requested.filter((line) => line.requested > line.available || failed.has(line.sku));
  return report.length > 0 ? report : [...requested];
}
