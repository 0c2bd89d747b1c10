/**
 * GDPR for what the inventory service holds about a customer. It knows orders, not people: the
 * person's order ids come from the orders service (`@requires` on the export, the erasure request's
 * payload on erasure). What it keeps about them is where their stock was held and why, including
 * the delivery point distances were measured from: the coordinates of the person's address.
 */
import {
  ANY_ID_OF_LIST,
  idList,
  assertMayExportCustomerData,
  exportMentions,
  exportRows,
  groupRows,
  personAnonymizer,
  redactSchema,
  type CustomerErasureRequest,
  type EntityManager,
  type ErasureOutcome,
  type ErasureSubjectValues,
  type RequestContext,
} from '@oms/platform';
import { INVENTORY_PERSONAL_DATA } from '../entities/personal-data.register.ts';

/** The inventory section of a customer's export: sourcing decisions, allocations and cart holds of their orders, and free text quoting them. */
export async function exportCustomerInventory(ctx: RequestContext, customerId: string, orderIds: readonly string[], values: readonly string[] = []): Promise<Record<string, unknown>> {
  assertMayExportCustomerData(ctx.principal, customerId);
  const ids = idList(orderIds);
  const sourcingDecisions = await exportRows(ctx.em, `select to_jsonb(t) as row from inventory.sourcing_decision t where t.order_id = ${ANY_ID_OF_LIST} order by t.created_at`, [ids]);
  const allocations = await exportRows(ctx.em, `select to_jsonb(t) as row from inventory.allocation t where t.order_id = ${ANY_ID_OF_LIST} order by t.created_at`, [ids]);
  const reservations = await exportRows(ctx.em, `select to_jsonb(t) as row from inventory.reservation t where t.order_id = ${ANY_ID_OF_LIST} order by t.created_at`, [ids]);
  const reservationLines = await exportRows(
    ctx.em,
    `select to_jsonb(t) as row from inventory.reservation_line t where t.reservation_id in (select r.id from inventory.reservation r where r.order_id = ${ANY_ID_OF_LIST})`,
    [ids],
  );
  const linesOf = groupRows(reservationLines, 'reservationId');
  return {
    sourcingDecisions,
    allocations,
    reservations: reservations.map((reservation) => ({ ...reservation, lines: linesOf.get(String(reservation['id'])) ?? [] })),
    // Free text quoting the person (a stock adjustment's reason): what erasure scrubs by value.
    mentions: await exportMentions(ctx.em, INVENTORY_PERSONAL_DATA, values),
  };
}

/**
 * Erases the person from the inventory service as its register declares: the delivery coordinates
 * of their orders' sourcing decisions go (what was held where, and why, stays), free text staff
 * wrote (a stock adjustment's reason or reference quoting the person) loses their values, and so do
 * events about their orders in the outbox and the bus log. Stock figures are untouched.
 */
export async function eraseCustomerInventory(tx: EntityManager, request: CustomerErasureRequest, values: ErasureSubjectValues): Promise<ErasureOutcome> {
  const reservations = await tx.execute<{ id: string }[]>(`select id from inventory.reservation where order_id = ${ANY_ID_OF_LIST}`, [idList(request.orderIds)]);
  const anonymizer = personAnonymizer(values, { linkedIds: [request.customerId, ...request.orderIds, ...reservations.map((row) => row.id)], identifiers: [], personalValues: [] });
  return { changed: await redactSchema(tx, anonymizer, INVENTORY_PERSONAL_DATA), anonymizer };
}
