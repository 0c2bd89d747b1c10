// The 360° customer view: one gateway query on Customer gathers the profile, addresses, segments
// and interactions (customers), orders, returns and figures (orders), shipments with their tracking
// status (fulfillment) and the shipping locations' names (inventory), and stays batched: the SQL statements
// per service are the same for 5 customers as for 50.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '@oms/platform';
import { CustomerAddress } from '../subgraphs/customers/src/entities/customer-address.entity.ts';
import { CustomerSegmentAssignment } from '../subgraphs/customers/src/entities/customer-segment-assignment.entity.ts';
import { CustomerSegment } from '../subgraphs/customers/src/entities/customer-segment.entity.ts';
import { Customer } from '../subgraphs/customers/src/entities/customer.entity.ts';
import { Interaction } from '../subgraphs/customers/src/entities/interaction.entity.ts';
import { Parcel } from '../subgraphs/fulfillment/src/entities/parcel.entity.ts';
import { Shipment } from '../subgraphs/fulfillment/src/entities/shipment.entity.ts';
import { OrderLine } from '../subgraphs/orders/src/entities/order-line.entity.ts';
import { Order } from '../subgraphs/orders/src/entities/order.entity.ts';
import { ReturnLine } from '../subgraphs/orders/src/entities/return-line.entity.ts';
import { Return } from '../subgraphs/orders/src/entities/return.entity.ts';
import { ADMIN } from './support/auth.ts';
import { ownStatements, startTestSystem, type TestSystem } from './support/system.ts';
import { ok } from './support/graphql.ts';

let system: TestSystem;

beforeAll(async () => {
  system = await startTestSystem();
});

afterAll(async () => {
  await system?.close();
});

const DAY = 24 * 3600 * 1000;
const WAREHOUSE = demoId('location', 'WH-LYON');
const SKU = 'TSHIRT-CLASSIC-WHT-M';

const VIEW = /* GraphQL */ `
  query Customer360($first: Int!) {
    customers(first: $first) {
      edges { node {
        id name email phone
        addresses { line1 city isDefaultShipping }
        segments { segment { code } assigned }
        interactions(first: 2) { edges { node { reason channel orders { number } } } }
        orders(first: 2) { edges { node { number status total { amount currency } } } }
        returns(first: 2) { edges { node { number status value { amount currency } } } }
        shipments(first: 2) { status carrier trackingNumber location { name } parcels { status trackingNumber } }
        lifetimeValue { amount currency }
        orderCount
        averageOrderValue { amount currency }
        returnRate
        lastOrderAt
      } }
    }
  }
`;

interface View {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  addresses: { line1: string; city: string; isDefaultShipping: boolean }[];
  segments: { segment: { code: string }; assigned: boolean }[] | null;
  interactions: { edges: { node: { reason: string; channel: string; orders: { number: string }[] } }[] };
  orders: { edges: { node: { number: string; status: string; total: { amount: number; currency: string } } }[] } | null;
  returns: { edges: { node: { number: string; status: string; value: { amount: number; currency: string } } }[] } | null;
  shipments: { status: string; carrier: string | null; trackingNumber: string | null; location: { name: string } | null; parcels: { status: string; trackingNumber: string | null }[] }[] | null;
  lifetimeValue: { amount: number; currency: string } | null;
  orderCount: number | null;
  averageOrderValue: { amount: number; currency: string } | null;
  returnRate: number | null;
  lastOrderAt: string | null;
}

describe('the 360° customer view', () => {
  const family = `Panorama${randomUUID().replaceAll(/[^a-f]/g, '').slice(0, 6)}`;
  const segmentCode = `VIEW_${randomUUID().replaceAll(/[^A-Fa-f]/g, '').slice(0, 8).toUpperCase()}`;

  beforeAll(async () => {
    // 50 customers, newest of all, each with an address, a segment, two delivered orders (one line
    // each), a refunded return of one unit, a delivered shipment with its parcel and an interaction.
    const customers = system.subgraphs.customers.orm.em.fork();
    const orders = system.subgraphs.orders.orm.em.fork();
    const fulfillment = system.subgraphs.fulfillment.orm.em.fork();
    const segment = customers.create(CustomerSegment, { code: segmentCode, name: 'Panorama', rule: null, createdAt: new Date(), updatedAt: new Date() });
    const future = Date.now() + DAY;
    for (let index = 0; index < 50; index++) {
      const customer = customers.create(Customer, {
        firstName: `Person${index}`,
        lastName: family,
        email: `${family.toLowerCase()}-${index}@example.com`,
        phone: `+3361000${String(index).padStart(4, '0')}`,
        tags: [],
        createdAt: new Date(future + index),
        updatedAt: new Date(),
      });
      customers.create(CustomerAddress, { customer, line1: `${index} quai du Panorama`, city: 'Lyon', postalCode: '69002', country: 'FR', isDefaultShipping: true, isDefaultBilling: true });
      customers.create(CustomerSegmentAssignment, { customer, segment, assignedBy: 'service:test', assignedAt: new Date() });
      const placed: Order[] = [];
      for (let nth = 0; nth < 2; nth++) {
        const placedAt = new Date(Date.now() - (10 - nth) * DAY);
        const order = orders.create(Order, {
          number: `V-${index}-${nth}-${randomUUID().slice(0, 6)}`,
          status: 'DELIVERED',
          channel: 'WEB',
          customerId: customer.id,
          email: customer.email,
          currency: 'EUR',
          subtotal: 2_000 + nth * 1_000,
          shippingTotal: 0,
          taxTotal: 0,
          total: 2_000 + nth * 1_000,
          placedAt,
          createdAt: placedAt,
        });
        const line = orders.create(OrderLine, { order, lineNumber: 1, skuCode: SKU, quantity: 2, unitPrice: 1_000 + nth * 500, currency: 'EUR', status: 'SHIPPED', shippedQuantity: 2 });
        placed.push(order);
        if (nth === 0) {
          const refunded = orders.create(Return, {
            number: `RMA-V-${index}-${randomUUID().slice(0, 6)}`,
            order,
            customerId: customer.id,
            channel: 'WEB',
            status: 'REFUNDED',
            currency: 'EUR',
            value: 1_000,
            requiresApproval: false,
            policyVersion: 1,
            requestedBy: `customer:${customer.id}`,
            receivedLocationId: WAREHOUSE,
            receivedAt: new Date(),
          });
          orders.create(ReturnLine, { return: refunded, orderLine: line, skuCode: SKU, quantity: 1, receivedQuantity: 1, reasonCode: 'WRONG_SIZE', condition: 'NEW_UNOPENED', disposition: 'RESTOCK', value: 1_000 });
        }
        const shipment = fulfillment.create(Shipment, {
          orderId: order.id,
          customerId: customer.id,
          locationId: WAREHOUSE,
          carrier: 'Colissimo',
          trackingNumber: `6V${index}${nth}${Date.now()}`,
          status: 'DELIVERED',
          shippedAt: new Date(placedAt.getTime() + DAY),
          deliveredAt: new Date(placedAt.getTime() + 2 * DAY),
        });
        fulfillment.create(Parcel, { shipmentId: shipment.id, sequence: 1, status: 'DELIVERED', carrier: 'Colissimo', carrierCode: 'colissimo', trackingNumber: shipment.trackingNumber, weightGrams: 500 });
      }
      customers.create(Interaction, {
        customer,
        channel: 'CALL',
        reason: `Where is my parcel ${index}`,
        agent: 'staff:test-admin',
        orderIds: [placed[1]!.id],
        returnIds: [],
        createdAt: new Date(),
      });
    }
    await orders.flush();
    await fulfillment.flush();
    await customers.flush();
  });

  async function view(first: number): Promise<{ customers: View[]; statements: Record<string, number> }> {
    let customers: View[] = [];
    const statements = await ownStatements(async () => {
      system.statements.reset();
      customers = ok(await system.query<{ customers: { edges: { node: View }[] } }>(VIEW, { first }, ADMIN)).customers.edges.map((edge) => edge.node);
      return system.statements.snapshot();
    });
    return { customers, statements };
  }

  it('gathers one customer’s whole picture from all four services in one query', async () => {
    const { customers } = await view(1);
    const [customer] = customers;
    expect(customer).toMatchObject({
      name: `Person49 ${family}`,
      email: `${family.toLowerCase()}-49@example.com`,
      phone: '+33610000049',
      addresses: [{ line1: '49 quai du Panorama', city: 'Lyon', isDefaultShipping: true }],
      // Assigned by staff (rule-based segments may add more).
      segments: expect.arrayContaining([{ segment: { code: segmentCode }, assigned: true }]),
      // customers: the interaction; orders: the number of the order it is about.
      interactions: { edges: [{ node: { reason: 'Where is my parcel 49', channel: 'CALL', orders: [{ number: expect.stringMatching(/^V-49-1-/) }] } }] },
      lifetimeValue: { amount: 2_000 + 3_000, currency: 'EUR' },
      orderCount: 2,
      averageOrderValue: { amount: 2_500, currency: 'EUR' },
      returnRate: 0.25,
    });
    expect(customer!.orders!.edges.map((edge) => edge.node)).toEqual([
      { number: expect.stringMatching(/^V-49-1-/), status: 'DELIVERED', total: { amount: 3_000, currency: 'EUR' } },
      { number: expect.stringMatching(/^V-49-0-/), status: 'DELIVERED', total: { amount: 2_000, currency: 'EUR' } },
    ]);
    expect(customer!.returns!.edges).toEqual([{ node: { number: expect.stringMatching(/^RMA-V-49-/), status: 'REFUNDED', value: { amount: 1_000, currency: 'EUR' } } }]);
    // fulfillment: shipments and their parcels' tracking status; inventory: the location's name.
    expect(customer!.shipments).toHaveLength(2);
    for (const shipment of customer!.shipments!) {
      expect(shipment).toMatchObject({ status: 'DELIVERED', carrier: 'Colissimo', location: { name: expect.stringMatching(/\S/) }, parcels: [{ status: 'DELIVERED', trackingNumber: shipment.trackingNumber }] });
    }
    expect(Date.parse(customer!.lastOrderAt!)).toBeGreaterThan(Date.now() - 10 * DAY);
  });

  it('costs the same SQL statements per service for 50 customers as for 5', async () => {
    const five = await view(5);
    const fifty = await view(50);
    expect(fifty.customers).toHaveLength(50);
    expect(fifty.customers.every((customer) => customer.name.endsWith(family) && customer.orders?.edges.length === 2 && customer.shipments?.length === 2)).toBe(true);
    // Only the services this query reaches count: others' background work (relays, sweeps) runs meanwhile.
    for (const service of ['customers', 'orders', 'fulfillment', 'inventory']) {
      expect(fifty.statements[service], service).toBe(five.statements[service]);
    }
    // Small constants: customers (page, addresses, segments, assignments, interactions), orders
    // (orders, returns, figures, the interactions' orders), fulfillment (shipments, parcels),
    // inventory (locations).
    // (Measured: 5, 5, 2 and 1.)
    expect(fifty.statements['customers']).toBeLessThanOrEqual(6);
    expect(fifty.statements['orders']).toBeLessThanOrEqual(5);
    expect(fifty.statements['fulfillment']).toBeLessThanOrEqual(2);
    expect(fifty.statements['inventory']).toBeLessThanOrEqual(1);
  });
});
