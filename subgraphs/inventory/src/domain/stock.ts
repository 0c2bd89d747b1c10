/** What can still be promised to a buyer: stock on hand less what is held for orders and the safety buffer, never negative. */
export function availableToSell(onHand: number, reserved: number, safetyStock: number): number {
  return Math.max(0, onHand - reserved - safetyStock);
}

/**
 * Available to sell through one channel at one location: the channel's own safety buffer is kept
 * back on top of the level's safety stock.
 */
export function channelAvailableToSell(onHand: number, reserved: number, safetyStock: number, channelBuffer: number): number {
  return availableToSell(onHand, reserved, safetyStock + channelBuffer);
}
