import { describe, expect, it } from 'vitest';
import { FULFILLMENT_ORDER_STATUSES, FULFILLMENT_TYPES, type FulfillmentOrderStatus } from '../src/entities/fulfillment-order.entity.ts';
import {
  DROPSHIP_TRANSITIONS,
  flowOf,
  fulfillmentStateMachine,
  fulfillmentTypeOf,
  isOpen,
  PICKUP_TRANSITIONS,
  SHIP_TRANSITIONS,
  shipmentStatusBeforeShipping,
} from '../src/domain/fulfillment-state.ts';

const path = (type: (typeof FULFILLMENT_TYPES)[number], ...statuses: FulfillmentOrderStatus[]) => {
  const machine = fulfillmentStateMachine(type);
  for (let index = 1; index < statuses.length; index++) machine.assertTransition(statuses[index - 1]!, statuses[index]!);
};

describe('fulfillment order transitions', () => {
  it('every table names every status, and only known ones', () => {
    for (const table of [SHIP_TRANSITIONS, PICKUP_TRANSITIONS, DROPSHIP_TRANSITIONS]) {
      expect(Object.keys(table).sort()).toEqual([...FULFILLMENT_ORDER_STATUSES].sort());
      for (const targets of Object.values(table)) for (const target of targets) expect(FULFILLMENT_ORDER_STATUSES).toContain(target);
    }
  });

  it('ship: CREATED → ACCEPTED → PICKING → PICKED → PACKED → SHIPPED', () => {
    expect(() => path('SHIP', 'CREATED', 'ACCEPTED', 'PICKING', 'PICKED', 'PACKED', 'SHIPPED')).not.toThrow();
    expect(() => path('SHIP_FROM_STORE', 'CREATED', 'ACCEPTED', 'PICKING', 'PICKED', 'PACKED', 'SHIPPED')).not.toThrow();
  });

  it('pickup: PICKED → READY_FOR_PICKUP → PICKED_UP or EXPIRED; no packing, no shipping', () => {
    for (const type of ['PICKUP', 'RESERVE_IN_STORE', 'CURBSIDE'] as const) {
      expect(() => path(type, 'CREATED', 'ACCEPTED', 'PICKING', 'PICKED', 'READY_FOR_PICKUP', 'PICKED_UP')).not.toThrow();
      expect(() => path(type, 'READY_FOR_PICKUP', 'EXPIRED')).not.toThrow();
      expect(() => path(type, 'PICKED', 'PACKED')).toThrow(/cannot go from PICKED to PACKED/);
      expect(() => path(type, 'PICKED', 'SHIPPED')).toThrow();
    }
  });

  it('dropship: sent to the vendor, which may accept, reject or ship', () => {
    expect(() => path('DROPSHIP', 'CREATED', 'SENT_TO_VENDOR', 'ACCEPTED', 'SHIPPED')).not.toThrow();
    expect(() => path('DROPSHIP', 'SENT_TO_VENDOR', 'SHIPPED')).not.toThrow();
    expect(() => path('DROPSHIP', 'SENT_TO_VENDOR', 'REJECTED')).not.toThrow();
    expect(() => path('DROPSHIP', 'ACCEPTED', 'PICKING')).toThrow();
  });

  it('rejection only before picking starts', () => {
    expect(fulfillmentStateMachine('SHIP').canTransition('CREATED', 'REJECTED')).toBe(true);
    expect(fulfillmentStateMachine('SHIP').canTransition('ACCEPTED', 'REJECTED')).toBe(true);
    expect(fulfillmentStateMachine('SHIP').canTransition('PICKING', 'REJECTED')).toBe(false);
    expect(fulfillmentStateMachine('PICKUP').canTransition('PICKED', 'REJECTED')).toBe(false);
  });

  it('an invalid transition fails with INVALID_STATE_TRANSITION and names both states', () => {
    try {
      path('SHIP', 'CREATED', 'SHIPPED');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_STATE_TRANSITION', details: { from: 'CREATED', to: 'SHIPPED' } });
    }
  });

  it('final states are final in every flow; open ones can always be cancelled', () => {
    for (const type of FULFILLMENT_TYPES) {
      const machine = fulfillmentStateMachine(type);
      for (const status of ['SHIPPED', 'PICKED_UP', 'EXPIRED', 'REJECTED', 'CANCELLED'] as const) {
        expect(machine.isFinal(status)).toBe(true);
        expect(isOpen(status)).toBe(false);
      }
      for (const status of FULFILLMENT_ORDER_STATUSES) {
        if (machine.nextStates(status).length > 0) expect(machine.canTransition(status, 'CANCELLED')).toBe(true);
      }
    }
  });

  it('maps each type to its flow', () => {
    expect(FULFILLMENT_TYPES.map(flowOf)).toEqual(['SHIP', 'SHIP', 'PICKUP', 'PICKUP', 'PICKUP', 'DROPSHIP']);
  });
});

describe('fulfillment type from delivery method and location', () => {
  it.each([
    ['SHIP', 'WAREHOUSE', false, 'SHIP'],
    ['SHIP', 'STORE', false, 'SHIP_FROM_STORE'],
    ['SHIP', 'DROPSHIP_VENDOR', false, 'DROPSHIP'],
    ['PICKUP', 'STORE', true, 'PICKUP'],
    ['RESERVE_IN_STORE', 'STORE', true, 'RESERVE_IN_STORE'],
    ['CURBSIDE', 'STORE', true, 'CURBSIDE'],
    // Stock elsewhere travels to the pickup store.
    ['PICKUP', 'WAREHOUSE', false, 'SHIP'],
    ['PICKUP', 'STORE', false, 'SHIP_FROM_STORE'],
    ['CURBSIDE', 'DROPSHIP_VENDOR', false, 'DROPSHIP'],
  ] as const)('%s at a %s (pickup location: %s) → %s', (method, locationType, atPickup, expected) => {
    expect(fulfillmentTypeOf(method, locationType, atPickup)).toBe(expected);
  });
});

describe('shipment status while the order is worked on', () => {
  it('follows the fulfillment order until it ships', () => {
    expect(shipmentStatusBeforeShipping('CREATED')).toBe('PENDING');
    expect(shipmentStatusBeforeShipping('SENT_TO_VENDOR')).toBe('PENDING');
    expect(shipmentStatusBeforeShipping('ACCEPTED')).toBe('PENDING');
    expect(shipmentStatusBeforeShipping('PICKING')).toBe('PICKING');
    expect(shipmentStatusBeforeShipping('PICKED')).toBe('PICKING');
    expect(shipmentStatusBeforeShipping('PACKED')).toBe('PACKED');
    expect(shipmentStatusBeforeShipping('REJECTED')).toBe('CANCELLED');
    expect(shipmentStatusBeforeShipping('CANCELLED')).toBe('CANCELLED');
    // From SHIPPED on, the carrier's events decide.
    expect(shipmentStatusBeforeShipping('SHIPPED')).toBeUndefined();
  });
});
