/** Which price list applies: pure rules, no I/O. */

export interface PriceListWindow {
  id: string;
  validFrom: Date;
  validTo?: Date | null | undefined;
  createdAt: Date;
}

export function isInForce(list: PriceListWindow, at: Date): boolean {
  return list.validFrom.getTime() <= at.getTime() && (list.validTo == null || list.validTo.getTime() > at.getTime());
}

/**
 * The list in force at `at` among the lists of one channel and currency: the one that started last
 * (a newer list supersedes an older one without having to close it); ties go to the newest created.
 */
export function priceListInForce<T extends PriceListWindow>(lists: readonly T[], at: Date): T | undefined {
  let best: T | undefined;
  for (const list of lists) {
    if (!isInForce(list, at)) continue;
    if (
      !best ||
      list.validFrom.getTime() > best.validFrom.getTime() ||
      (list.validFrom.getTime() === best.validFrom.getTime() && list.createdAt.getTime() > best.createdAt.getTime())
    ) {
      best = list;
    }
  }
  return best;
}

export function isCurrencyCode(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency);
}
