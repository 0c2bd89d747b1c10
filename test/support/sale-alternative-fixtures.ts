/** What the save-the-sale tests (at checkout and after placement) read of an alternative. */

/** The fields both `OutOfStock.alternatives` and `Order.saleAlternatives` are checked by. */
export const SALE_ALTERNATIVE_FIELDS = 'id kind rank description deliveryMethod pickupLocation { id } distanceKm lines { sku quantity replacesSku } requiresAddress';

export interface SaleAlternative {
  id: string;
  kind: string;
  rank: number;
  description: string;
  deliveryMethod: string;
  pickupLocation: { id: string } | null;
  distanceKm: number | null;
  lines: { sku: string; quantity: number; replacesSku: string | null }[];
  requiresAddress: boolean;
}
