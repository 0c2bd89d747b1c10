import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, type OrderStatus } from '../src/entities/order.entity.ts';
import { linesCancellableIn, orderLineStateMachine, orderStateMachine, pathTo } from '../src/domain/order-state.ts';

describe('order lifecycle', () => {
  it('runs the placement and fulfilment paths', () => {
    for (const status of ORDER_STATUSES) {
      const path = pathTo(status);
      expect(path[0]).toBe('CREATED');
      expect(path.at(-1)).toBe(status);
      for (let step = 1; step < path.length; step++) expect(orderStateMachine.canTransition(path[step - 1] as OrderStatus, path[step] as OrderStatus)).toBe(true);
    }
  });

  it('cancels until the first parcel leaves, never after', () => {
    for (const status of ['CREATED', 'CONFIRMED', 'ON_HOLD', 'BACKORDERED', 'ALLOCATED', 'RELEASED'] as const) {
      expect(orderStateMachine.canTransition(status, 'CANCELLED')).toBe(true);
    }
    for (const status of ['PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const) {
      expect(orderStateMachine.canTransition(status, 'CANCELLED')).toBe(false);
    }
    expect(() => orderStateMachine.assertTransition('DELIVERED', 'CANCELLED')).toThrow(expect.objectContaining({ code: 'INVALID_STATE_TRANSITION' }));
    expect(linesCancellableIn('PARTIALLY_SHIPPED')).toBe(true);
    expect(linesCancellableIn('SHIPPED')).toBe(false);
  });

  it('has final states and no way back from them', () => {
    expect(orderStateMachine.isFinal('DELIVERED')).toBe(true);
    expect(orderStateMachine.isFinal('CANCELLED')).toBe(true);
    expect(orderStateMachine.canTransition('SHIPPED', 'RELEASED')).toBe(false);
    expect(orderLineStateMachine.canTransition('SHIPPED', 'CANCELLED')).toBe(false);
    expect(orderLineStateMachine.canTransition('BACKORDERED', 'CANCELLED')).toBe(true);
  });
});
