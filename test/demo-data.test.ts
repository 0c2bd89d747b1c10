// What a newcomer sees first must be true: the demo orders look like orders the OMS really
// processed, and every service tells the same story about them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { ADMIN, staffToken } from './support/auth.ts';
import { ok } from './support/graphql.ts';
import { startTestSystem, type TestSystem } from './support/system.ts';

let system: TestSystem;
const CARE = staffToken(['CARE_AGENT'], { staffId: 'demo-data-care' });

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

interface DemoOrder {
  id: string;
  number: string;
  status: string;
  channel: string;
  placedAt: string;
  lines: { id: string; sku: { code: string }; quantity: number }[];
  allocations: { sku: string; quantity: number; status: string; location: { code: string } }[];
  sourcingDecision: { ruleSetName: string; decidedAt: string; lines: { lineId: string; chosen: { location: { code: string }; quantity: number }[] }[] } | null;
  holds: { id: string; reason: string; releasedAt: string | null }[];
  fulfillmentOrders: { status: string; createdAt: string; location: { code: string } }[];
  timeline: { from: string | null; to: string; at: string }[];
}

const ORDERS = /* GraphQL */ `
  {
    orders(first: 50) {
      edges {
        node {
          id number status channel placedAt
          lines { id sku { code } quantity }
          allocations { sku quantity status location { code } }
          sourcingDecision { ruleSetName decidedAt lines { lineId chosen { location { code } quantity } } }
          holds { id reason releasedAt }
          fulfillmentOrders { status createdAt location { code } }
          timeline { from to at }
        }
      }
    }
  }
`;

async function demoOrders(): Promise<DemoOrder[]> {
  const data = await ok(system.query<{ orders: { edges: { node: DemoOrder }[] } }>(ORDERS, {}, ADMIN));
  return data.orders.edges.map((edge) => edge.node).filter((order) => /^OMS-1000\d\d$/.test(order.number));
}

const time = (iso: string) => new Date(iso).getTime();

describe('demo data on a fresh install', () => {
  it('gives every demo order a sourcing decision whose choices are the stock it holds', async () => {
    const orders = await demoOrders();
    expect(orders).toHaveLength(9);
    for (const order of orders) {
      expect(order.sourcingDecision, `${order.number} has a decision`).not.toBeNull();
      const decision = order.sourcingDecision!;
      // Decided when the order was placed, under the rules then in force.
      expect(Math.abs(time(decision.decidedAt) - time(order.placedAt)), order.number).toBeLessThan(60_000);
      const chosen = decision.lines.flatMap((line) => line.chosen.map((take) => ({ line: line.lineId, at: take.location.code, quantity: take.quantity })));
      const lineOf = new Map(order.lines.map((line) => [line.id, line.sku.code]));
      expect(chosen.map((take) => `${lineOf.get(take.line)}@${take.at}×${take.quantity}`).sort(), order.number).toEqual(
        order.allocations.map((allocation) => `${allocation.sku}@${allocation.location.code}×${allocation.quantity}`).sort(),
      );
    }
  });

  it('holds stock exactly for the units not yet shipped or cancelled', async () => {
    for (const order of await demoOrders()) {
      const statuses = new Set(order.allocations.map((allocation) => allocation.status));
      if (order.status === 'CANCELLED') expect([...statuses], order.number).toEqual(['RELEASED']);
      if (order.status === 'DELIVERED' || order.status === 'SHIPPED') expect([...statuses], order.number).toEqual(['SHIPPED']);
      if (['ALLOCATED', 'ON_HOLD', 'RELEASED'].includes(order.status)) expect([...statuses], order.number).toEqual(['ALLOCATED']);
    }
  });

  it('moves each order on, releases it to fulfillment and ships it only after it was placed', async () => {
    for (const order of await demoOrders()) {
      const placed = time(order.placedAt);
      const steps = order.timeline.filter((step) => step.from !== step.to);
      expect(steps[0]?.to, order.number).toBe('CREATED');
      expect(steps.at(-1)?.to, order.number).toBe(order.status);
      for (const [index, step] of steps.entries()) {
        expect(time(step.at), `${order.number} ${step.to}`).toBeGreaterThanOrEqual(index === 0 ? placed : time(steps[index - 1]!.at));
      }
      for (const fo of order.fulfillmentOrders) expect(time(fo.createdAt), order.number).toBeGreaterThan(placed);
      const released = steps.find((step) => step.to === 'RELEASED');
      if (released) expect(order.fulfillmentOrders.every((fo) => time(fo.createdAt) >= time(released.at) - 60_000), order.number).toBe(true);
      expect(order.fulfillmentOrders.length > 0, order.number).toBe(released !== undefined);
    }
  });

  // Fulfillment reports by the channel and placement day it was given for each order: they must be the order's.
  it('reports the same channels and days in sales and fulfillment', async () => {
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const from = new Date(Date.now() - 60 * 86_400_000).toISOString();
    const data = await ok(
      system.query<{ report: { sales: { rows: { channel: string; day: string; units: number }[] }; fulfillment: { rows: { channel: string; day: string; unitsReleased: number }[] } } }>(
        `query($input: ReportInput!) { report(input: $input) { sales { rows { channel day units } } fulfillment { rows { channel day unitsReleased } } } }`,
        { input: { from, to, groupBy: ['CHANNEL', 'DAY'] } },
        ADMIN,
      ),
    );
    const sales = new Map(data.report.sales.rows.map((row) => [`${row.channel} ${row.day}`, row.units]));
    expect(data.report.fulfillment.rows.length).toBeGreaterThan(0);
    for (const row of data.report.fulfillment.rows) {
      const key = `${row.channel} ${row.day}`;
      expect(sales.has(key), `${key} has sales`).toBe(true);
      expect(row.unitsReleased, key).toBeLessThanOrEqual(sales.get(key)!);
    }
  });

  it('puts every ON_HOLD order under a hold that staff can release', async () => {
    const held = (await demoOrders()).filter((order) => order.status === 'ON_HOLD');
    expect(held.map((order) => order.number)).toEqual(['OMS-100008']);
    for (const order of held) expect(order.holds.filter((hold) => hold.releasedAt === null).length, order.number).toBeGreaterThan(0);
    const released = await ok(
      system.query<{ releaseOrderHold: { status: string } }>(
        `mutation($input: ReleaseOrderHoldInput!) { releaseOrderHold(input: $input) { status } }`,
        { input: { orderId: demoId('order', 7), reason: 'address confirmed by the marketplace' } },
        CARE,
      ),
    );
    expect(['ALLOCATED', 'RELEASED']).toContain(released.releaseOrderHold.status);
  });

  it('lets a dry run replay the demo orders', async () => {
    const data = await ok(
      system.query<{ simulateSourcing: { inForce: { ordersEvaluated: number }; candidate: { ordersEvaluated: number } } }>(
        `query($input: SimulateSourcingInput!) { simulateSourcing(input: $input) { inForce { ordersEvaluated } candidate { ordersEvaluated } } }`,
        {
          input: {
            rules: [{ kind: 'SERVES_CHANNEL' }, { kind: 'PREFER_LOCATION_TYPE', types: ['STORE'] }, { kind: 'NEAREST' }],
            splitPolicy: { kind: 'ALLOW_SPLIT' },
            scope: {},
            lastOrders: 50,
          },
        },
        ADMIN,
      ),
    );
    expect(data.simulateSourcing.inForce.ordersEvaluated).toBeGreaterThanOrEqual(9);
    expect(data.simulateSourcing.candidate.ordersEvaluated).toBe(data.simulateSourcing.inForce.ordersEvaluated);
  });
});
