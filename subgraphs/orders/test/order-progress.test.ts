import { describe, expect, it } from 'vitest';
import { amountDue, lineStatusAfter, openQuantity, orderStatusAfter, pricedRemainder, unitsValue, type PricedLineQuantities } from '../src/domain/order-progress.ts';
import { orderLineStateMachine, orderStateMachine } from '../src/domain/order-state.ts';

function line(overrides: Partial<PricedLineQuantities> = {}): PricedLineQuantities {
  return { quantity: 3, shippedQuantity: 0, cancelledQuantity: 0, status: 'OPEN', unitPrice: 1000, discount: 0, ...overrides };
}

const released = { status: 'RELEASED' as const, deliveryMethod: 'SHIP' as const, releasedAt: new Date() };

describe('order progress', () => {
  it('counts every unit as open, shipped or cancelled', () => {
    expect(openQuantity(line({ shippedQuantity: 1, cancelledQuantity: 1 }))).toBe(1);
    expect(lineStatusAfter(line({ shippedQuantity: 1 }))).toBe('OPEN');
    expect(lineStatusAfter(line({ shippedQuantity: 1, status: 'BACKORDERED' }))).toBe('BACKORDERED');
    expect(lineStatusAfter(line({ shippedQuantity: 1, cancelledQuantity: 2 }))).toBe('SHIPPED');
    expect(lineStatusAfter(line({ cancelledQuantity: 3 }))).toBe('CANCELLED');
  });

  it('moves a released order through partial shipment to shipped, and a collected pickup to delivered', () => {
    expect(orderStatusAfter(released, [line(), line()])).toBe('RELEASED');
    expect(orderStatusAfter(released, [line({ shippedQuantity: 3, status: 'SHIPPED' }), line()])).toBe('PARTIALLY_SHIPPED');
    expect(orderStatusAfter(released, [line({ shippedQuantity: 3 }), line({ shippedQuantity: 1, cancelledQuantity: 2 })])).toBe('SHIPPED');
    expect(orderStatusAfter({ ...released, deliveryMethod: 'PICKUP' }, [line({ shippedQuantity: 3 })])).toBe('DELIVERED');
    expect(orderStatusAfter(released, [line({ cancelledQuantity: 3 })])).toBe('CANCELLED');
    expect(orderStatusAfter({ ...released, status: 'DELIVERED' }, [line({ shippedQuantity: 3 })])).toBe('DELIVERED');
  });

  it('keeps an order on hold while units wait for stock, and before release changes only what placement decided', () => {
    const onHold = { ...released, status: 'ON_HOLD' as const };
    expect(orderStatusAfter(onHold, [line({ status: 'BACKORDERED', shippedQuantity: 1 })])).toBe('ON_HOLD');
    expect(orderStatusAfter(onHold, [line({ shippedQuantity: 1 })])).toBe('PARTIALLY_SHIPPED');
    expect(orderStatusAfter({ ...onHold, releasedAt: null }, [line()])).toBe('ON_HOLD');
    expect(orderStatusAfter({ ...released, status: 'BACKORDERED' }, [line({ status: 'BACKORDERED' })])).toBe('BACKORDERED');
    expect(orderStatusAfter({ ...released, status: 'BACKORDERED' }, [line()])).toBe('ALLOCATED');
    expect(orderStatusAfter({ ...released, status: 'ALLOCATED' }, [line(), line({ cancelledQuantity: 3 })])).toBe('ALLOCATED');
  });

  it('only ever takes transitions the tables allow', () => {
    const pairs = [
      ['RELEASED', 'PARTIALLY_SHIPPED'],
      ['RELEASED', 'DELIVERED'],
      ['RELEASED', 'ON_HOLD'],
      ['PARTIALLY_SHIPPED', 'ON_HOLD'],
      ['ON_HOLD', 'SHIPPED'],
      ['ON_HOLD', 'RELEASED'],
    ] as const;
    for (const [from, to] of pairs) expect(orderStateMachine.canTransition(from, to)).toBe(true);
    expect(orderStateMachine.canTransition('PARTIALLY_SHIPPED', 'CANCELLED')).toBe(false);
    expect(orderLineStateMachine.canTransition('OPEN', 'BACKORDERED')).toBe(true);
    expect(orderLineStateMachine.canTransition('BACKORDERED', 'SHIPPED')).toBe(true);
  });
});

describe('what the customer owes', () => {
  it('values units pro rata of the line net amount, rounded half to even', () => {
    const discounted = line({ quantity: 3, unitPrice: 1000, discount: 1 });
    expect(unitsValue(discounted, 1)).toBe(1000); // 2999 / 3 = 999.67
    expect(unitsValue(discounted, 3)).toBe(2999);
    expect(unitsValue(discounted, 0)).toBe(0);
  });

  it('owes the goods that left plus shipping, and the whole total once nothing is open', () => {
    const order = { total: 2 * 3000 + 490, shippingTotal: 490 };
    expect(amountDue(order, [line(), line()])).toBe(0);
    expect(amountDue(order, [line({ shippedQuantity: 1 }), line()])).toBe(1000 + 490);
    expect(amountDue(order, [line({ shippedQuantity: 3 }), line({ shippedQuantity: 2, cancelledQuantity: 1 })])).toBe(order.total);
    expect(amountDue(order, [line({ cancelledQuantity: 3 }), line({ cancelledQuantity: 3 })])).toBe(0);
  });

  it('prices what remains of a line after some of its units were cancelled', () => {
    expect(pricedRemainder(line({ cancelledQuantity: 3 }))).toBeNull();
    expect(pricedRemainder(line({ discount: 300 }))).toEqual({ gross: 3000, discount: 300 });
    expect(pricedRemainder(line({ cancelledQuantity: 1, discount: 300 }))).toEqual({ gross: 2000, discount: 200 });
  });
});
