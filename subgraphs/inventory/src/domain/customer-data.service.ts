/**
 * GDPR for what the inventory service holds about a customer. It knows orders, not people: the
 * person's order ids come from the orders service (`@requires` on the export, the erasure request's
 * payload on erasure). What it keeps about them is where their stock was held and why, including
 * the delivery point distances were measured from: the coordinates of the person's address.
 */
import { Anonymizer, assertMayExportCustomerData, exportRows, groupRows, redactSchema, type CustomerErasureRequest, type EntityManager, type RequestContext } from '@oms/platform';

const ANY_ID = `any (array(select jsonb_array_elements_text(?::jsonb))::uuid[])`;

/** The inventory section of a customer's export: sourcing decisions, allocations and cart holds of their orders. */
export async function exportCustomerInventory(ctx: RequestContext, customerId: string, orderIds: readonly string[]): Promise<Record<string, unknown>> {
  assertMayExportCustomerData(ctx.principal, customerId);
  const ids = JSON.stringify(orderIds);
  const sourcingDecisions = await exportRows(ctx.em, `select to_jsonb(t) as row from inventory.sourcing_decision t where t.order_id = ${ANY_ID} order by t.created_at`, [ids]);
  const allocations = await exportRows(ctx.em, `select to_jsonb(t) as row from inventory.allocation t where t.order_id = ${ANY_ID} order by t.created_at`, [ids]);
  const reservations = await exportRows(ctx.em, `select to_jsonb(t) as row from inventory.reservation t where t.order_id = ${ANY_ID} order by t.created_at`, [ids]);
  const reservationLines = await exportRows(
    ctx.em,
    `select to_jsonb(t) as row from inventory.reservation_line t where t.reservation_id in (select r.id from inventory.reservation r where r.order_id = ${ANY_ID})`,
    [ids],
  );
  const linesOf = groupRows(reservationLines, 'reservationId');
  return {
    sourcingDecisions,
    allocations,
    reservations: reservations.map((reservation) => ({ ...reservation, lines: linesOf.get(String(reservation['id'])) ?? [] })),
  };
}

/**
 * Catalogue, stock, supply and configuration tables: they name SKUs and locations, never a person
 * (the stock ledger refers to orders by id only).
 */
const NO_PERSONAL_DATA = [
  'allocation', 'carrier_service', 'channel_setting', 'delivery_holiday', 'inventory_feed', 'location', 'location_delivery_profile',
  'price_list', 'price_list_entry', 'purchase_order', 'purchase_order_line', 'reservation_line', 'shipping_rate', 'shipping_zone',
  'sku', 'sku_substitute', 'sourcing_rule_set', 'stock_level', 'stock_movement', 'transfer', 'transfer_line',
];

/**
 * Erases the person from the inventory service: the delivery coordinates of their orders' sourcing
 * decisions go (what was held where, and why, stays), and so do personal fields of events about
 * their orders in the outbox and the bus log.
 */
export async function eraseCustomerInventory(tx: EntityManager, request: CustomerErasureRequest): Promise<Record<string, number>> {
  const reservations = await tx.execute<{ id: string }[]>(`select id from inventory.reservation where order_id = ${ANY_ID}`, [JSON.stringify(request.orderIds)]);
  const anonymizer = new Anonymizer({ linkedIds: [request.customerId, ...request.orderIds, ...reservations.map((row) => row.id)], identifiers: [], personalValues: [] });
  return redactSchema(tx, anonymizer, { schema: 'inventory', skipTables: NO_PERSONAL_DATA });
}
