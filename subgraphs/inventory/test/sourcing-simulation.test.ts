import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCING_RULES, type SourcingRules } from '../src/domain/sourcing-rules.ts';
import { planDifferences, planOrder, summarizePlans, type OrderPlan, type PlannedTake, type ReplayOrder } from '../src/domain/sourcing-simulation.ts';
import type { SnapshotLevel } from '../src/domain/sourcing-snapshot.ts';
import type { LocationProfile } from '../src/domain/sourcing.ts';

const take = (locationId: string, quantity: number, distanceKm: number | null, locationType: PlannedTake['locationType'] = 'WAREHOUSE'): PlannedTake => ({
  locationId,
  locationType,
  quantity,
  distanceKm,
});

const plan = (orderId: string, ...lines: { taken: PlannedTake[]; missing?: number; sku?: string }[]): OrderPlan => ({
  orderId,
  lines: lines.map((line, index) => ({
    lineId: `${orderId}-L${index}`,
    sku: line.sku ?? 'SKU',
    quantity: line.taken.reduce((total, entry) => total + entry.quantity, 0) + (line.missing ?? 0),
    taken: line.taken,
    missing: line.missing ?? 0,
  })),
});

describe('summarizePlans', () => {
  it('averages shipments per order, weights distance by units and counts store units', () => {
    const outcome = summarizePlans([
      plan('A', { taken: [take('WH', 3, 10)] }, { taken: [take('WH', 1, 10), take('ST', 1, 40, 'STORE')] }),
      plan('B', { taken: [take('ST', 4, 20, 'STORE')] }),
    ]);
    expect(outcome).toMatchObject({ ordersEvaluated: 2, shipmentsPerOrder: 1.5, unitsSourced: 9, unsourcedLineCount: 0, unsourcedLines: [] });
    // (3×10 + 1×10 + 1×40 + 4×20) / 9 units
    expect(outcome.averageDistanceKm).toBe(17.8);
    expect(outcome.storeShare).toBe(0.5556);
  });

  it('counts unsourced lines, samples them, and leaves unknown figures null', () => {
    const outcome = summarizePlans(
      [plan('A', { taken: [], missing: 2, sku: 'X' }), plan('B', { taken: [], missing: 1, sku: 'Y' }), plan('C', { taken: [take('WH', 1, null)] })],
      1,
    );
    expect(outcome).toMatchObject({ ordersEvaluated: 3, unsourcedLineCount: 2, unitsSourced: 1, averageDistanceKm: null, storeShare: 0 });
    expect(outcome.unsourcedLines).toEqual([{ orderId: 'A', lineId: 'A-L0', sku: 'X', quantity: 2 }]);
    expect(summarizePlans([])).toMatchObject({ ordersEvaluated: 0, shipmentsPerOrder: 0, averageDistanceKm: null, storeShare: null });
  });
});

describe('planDifferences', () => {
  it('lists the orders sourced elsewhere, in other quantities or not at all', () => {
    const current = [plan('same', { taken: [take('WH', 1, 5)] }), plan('moved', { taken: [take('WH', 2, 5)] }), plan('resplit', { taken: [take('WH', 2, 5)] }), plan('lost', { taken: [take('WH', 1, 5)] })];
    const candidate = [
      plan('same', { taken: [take('WH', 1, 5)] }),
      plan('moved', { taken: [take('ST', 2, 9, 'STORE')] }),
      plan('resplit', { taken: [take('WH', 1, 5), take('ST', 1, 9, 'STORE')] }),
      plan('lost', { taken: [], missing: 1 }),
    ];
    expect(planDifferences(current, candidate)).toEqual([
      { orderId: 'moved', currentLocationIds: ['WH'], candidateLocationIds: ['ST'] },
      { orderId: 'resplit', currentLocationIds: ['WH'], candidateLocationIds: ['WH', 'ST'] },
      { orderId: 'lost', currentLocationIds: ['WH'], candidateLocationIds: [] },
    ]);
  });
});

describe('planOrder', () => {
  const location = (id: string, type: LocationProfile['type'], latitude: number): LocationProfile => ({
    id,
    code: id,
    type,
    active: true,
    ships: type === 'WAREHOUSE',
    pickup: type === 'STORE',
    shipFromStore: true,
    channels: ['WEB'],
    latitude,
    longitude: 4.85,
  });
  const level = (profile: LocationProfile, available: number): SnapshotLevel => ({ location: profile, onHand: available, reserved: 0, safetyStock: 0, available });
  const levels = [level(location('WH', 'WAREHOUSE', 45.76), 2), level(location('ST', 'STORE', 45.9), 5)];
  const order: ReplayOrder = { orderId: 'O', channel: 'WEB', method: 'SHIP', pickupLocationId: null, point: { latitude: 45.76, longitude: 4.85 }, lines: [{ lineId: 'L', sku: 'S', quantity: 3 }] };

  it('plans like allocation, without touching the snapshot', async () => {
    const nearest = await planOrder(DEFAULT_SOURCING_RULES, order, () => levels, new Map());
    // The nearest location lacks the whole line: ST has it.
    expect(nearest.lines[0]!.taken.map((entry) => [entry.locationId, entry.quantity])).toEqual([['ST', 3]]);
    const complete: SourcingRules = { rules: [{ kind: 'LOCATION_TYPE_IN', types: ['WAREHOUSE'] }], splitPolicy: { kind: 'SHIP_COMPLETE' } };
    const short = await planOrder(complete, order, () => levels, new Map());
    expect(short.lines[0]).toMatchObject({ taken: [], missing: 3 });
    expect(levels.map((entry) => entry.available)).toEqual([2, 5]);
  });
});
