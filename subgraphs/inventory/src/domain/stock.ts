/** What can still be promised to a buyer: stock on hand less what is held for orders and the safety buffer, never negative. */
export function availableToSell(onHand: number, reserved: number, safetyStock: number): number {
  return Math.max(0, onHand - reserved - safetyStock);
}
