import type { EntityManager } from '@oms/platform';
import type { Order } from '../entities/order.entity.ts';

/** What a reason or detail column holds. */
const MAX_TEXT_LENGTH = 500;

/** A reason or detail as its column holds it: cut, with an ellipsis, when longer. */
export function shortened(text: string): string {
  return text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH - 1)}…` : text;
}

/**
 * A numbered log of an order (its timeline, its pipeline) appended to within a unit of work: each
 * row takes the position after the last one stored. The order row should be locked, so no one else
 * writes the next position.
 */
export abstract class OrderLog {
  protected readonly em: EntityManager;
  protected readonly order: Order;
  #position: number;

  protected constructor(em: EntityManager, order: Order, lastPosition: number) {
    this.em = em;
    this.order = order;
    this.#position = lastPosition;
  }

  /** The position of the row written now. */
  protected nextPosition(): number {
    this.#position += 1;
    return this.#position;
  }
}
