/**
 * GDPR for what the orders service holds about a customer: their section of the data export, the
 * check that blocks erasure while an order or a return is still open, and the erasure itself.
 * Financial records stay (amounts, currencies, dates, statuses); who the person was does not.
 */
import {
  assertMayExportCustomerData,
  exportMentions,
  personAnonymizer,
  exportRows,
  groupRows,
  redactSchema,
  requireService,
  type CustomerErasureRequest,
  type ErasureOutcome,
  type ErasureSubjectValues,
  type EntityManager,
  type RequestContext,
} from '@oms/platform';
import { ORDERS_PERSONAL_DATA } from '../entities/personal-data.register.ts';

/** Orders past which nothing more happens to them; any other status is still open. */
const CLOSED_ORDER_STATUSES = ['DELIVERED', 'CANCELLED'];
/** Returns that are settled one way or another. */
const CLOSED_RETURN_STATUSES = ['REJECTED', 'REFUNDED', 'CLOSED'];

export interface CustomerErasureCheck {
  /** Numbers of the orders that block erasure (open, or with an open return), oldest first. */
  openOrderNumbers: string[];
  /** Every order of the customer. */
  orderIds: string[];
}

/**
 * The person's orders: those of their profile, and the guest orders placed under any email the
 * profile has carried (the same person, without an account), matched case-insensitively.
 * Parameters: customer id, emails.
 */
const PERSONS_ORDERS = `(o.customer_id = ? or (o.customer_id is null and lower(o.email) = any (array(select lower(jsonb_array_elements_text(?::jsonb))))))`;
const personsOrders = (customerId: string, emails: readonly string[]) => [customerId, JSON.stringify(emails.map((email) => email.trim()).filter((email) => email.length > 0))];

/** Internal (customers service, before recording an erasure request). */
export async function customerErasureCheck(ctx: RequestContext, customerId: string, emails: readonly string[]): Promise<CustomerErasureCheck> {
  requireService(ctx.principal);
  const rows = await ctx.em.execute<{ id: string; number: string; open: boolean }[]>(
    `select o.id, o.number,
            (o.status <> all (array(select jsonb_array_elements_text(?::jsonb)))
             or exists (select 1 from orders."return" r where r.order_id = o.id and r.status <> all (array(select jsonb_array_elements_text(?::jsonb))))) as open
       from orders."order" o where ${PERSONS_ORDERS} order by o.placed_at, o.number`,
    [JSON.stringify(CLOSED_ORDER_STATUSES), JSON.stringify(CLOSED_RETURN_STATUSES), ...personsOrders(customerId, emails)],
  );
  return { openOrderNumbers: rows.filter((row) => row.open).map((row) => row.number), orderIds: rows.map((row) => row.id) };
}

/** Ids of the person's orders: what the inventory and fulfillment sections are about (they know orders, not customers). */
export async function exportedOrderIds(ctx: RequestContext, customerId: string, emails: readonly string[]): Promise<string[]> {
  assertMayExportCustomerData(ctx.principal, customerId);
  const rows = await ctx.em.execute<{ id: string }[]>(`select o.id from orders."order" o where ${PERSONS_ORDERS} order by o.placed_at, o.number`, personsOrders(customerId, emails));
  return rows.map((row) => row.id);
}

/**
 * The orders service's section of a customer's export: every column of the person's orders with
 * their lines, payments (and provider calls), timeline, holds and pipeline; returns with their
 * lines, refunds, the store-credit ledger, appeasements and exchanges; guest orders placed with the
 * person's emails included, and the rows of the register's free text that quote the person
 * (`mentions`). A statement per table, whatever the number of orders.
 */
export async function exportCustomerOrders(ctx: RequestContext, customerId: string, emails: readonly string[], values: readonly string[] = []): Promise<Record<string, unknown>> {
  assertMayExportCustomerData(ctx.principal, customerId);
  const em = ctx.em;
  // The person's orders, guest orders placed with their email included: resolved once, then named by id.
  const ids = JSON.stringify(await exportedOrderIds(ctx, customerId, emails));
  const byCustomer = `select o.id from orders."order" o where o.id = any (array(select jsonb_array_elements_text(?::jsonb))::uuid[])`;
  const orders = await exportRows(em, `select to_jsonb(t) as row from orders."order" t where t.id in (${byCustomer}) order by t.placed_at, t.number`, [ids]);
  // One statement after the other: an export is rare and must not take a request's share of the pool.
  const rowsOf = (table: string, order: string) =>
    exportRows(em, `select to_jsonb(t) as row from orders.${table} t where t.order_id in (${byCustomer}) order by ${order}`, [ids]);
  const lines = await rowsOf('order_line', 't.line_number');
  const payments = await rowsOf('payment', 't.created_at');
  const operations = await exportRows(
    em,
    `select to_jsonb(t) as row from orders.payment_operation t where t.payment_id in (select p.id from orders.payment p where p.order_id in (${byCustomer})) order by t.at`,
    [ids],
  );
  const timeline = await rowsOf('order_transition', 't.position');
  const holds = await rowsOf('order_hold', 't.placed_at');
  const pipeline = await rowsOf('order_pipeline_step', 't.position');
  const returns = await rowsOf('"return"', 't.created_at');
  const returnLines = await exportRows(
    em,
    `select to_jsonb(t) as row from orders.return_line t where t.return_id in (select r.id from orders."return" r where r.order_id in (${byCustomer}))`,
    [ids],
  );
  const refunds = await exportRows(
    em,
    `select to_jsonb(t) as row from orders.refund t where t.customer_id = ? or t.order_id in (${byCustomer}) order by t.created_at`,
    [customerId, ids],
  );
  const storeCredit = await exportRows(em, `select to_jsonb(t) as row from orders.store_credit_entry t where t.customer_id = ? order by t.created_at`, [customerId]);
  // Hashes and one-time payment tokens are the service's own machinery, not data about the person.
  const appeasements = await exportRows(
    em,
    `select to_jsonb(t) - 'request_hash' as row from orders.appeasement t where t.order_id in (${byCustomer}) order by t.created_at`,
    [ids],
  );
  const exchanges = await exportRows(
    em,
    `select to_jsonb(t) - 'payment_token' as row from orders.exchange t where t.original_order_id in (${byCustomer}) order by t.created_at`,
    [ids],
  );
  const linesOf = groupRows(lines, 'orderId');
  const operationsOf = groupRows(operations, 'paymentId');
  const paymentsOf = groupRows(payments.map((payment) => ({ ...payment, operations: operationsOf.get(String(payment['id'])) ?? [] })), 'orderId');
  const timelineOf = groupRows(timeline, 'orderId');
  const holdsOf = groupRows(holds, 'orderId');
  const pipelineOf = groupRows(pipeline, 'orderId');
  const returnLinesOf = groupRows(returnLines, 'returnId');
  return {
    orders: orders.map((order) => {
      const id = String(order['id']);
      return { ...order, lines: linesOf.get(id) ?? [], payments: paymentsOf.get(id) ?? [], timeline: timelineOf.get(id) ?? [], holds: holdsOf.get(id) ?? [], pipeline: pipelineOf.get(id) ?? [] };
    }),
    returns: returns.map((found) => ({ ...found, lines: returnLinesOf.get(String(found['id'])) ?? [] })),
    refunds,
    storeCredit,
    appeasements,
    exchanges,
    // Free text anywhere in this service quoting the person: what erasure scrubs by value.
    mentions: await exportMentions(em, ORDERS_PERSONAL_DATA, values),
  };
}

interface ErasedOrderRow {
  id: string;
  email: string;
  ship_to_name: string | null;
  ship_to_line1: string | null;
  ship_to_line2: string | null;
  billing_address: Record<string, unknown> | null;
}

function namesIn(fullName: string | null | undefined): string[] {
  return fullName ? [fullName, ...fullName.split(/\s+/)] : [];
}

/**
 * Erases the person from the orders service as its register declares: their orders (guest orders
 * placed under any email the profile carried included) keep numbers, lines, amounts, currencies,
 * dates and statuses, but email, ship-to and billing addresses become tokens; free text (reasons,
 * notes, ledger reasons) loses the person's values wherever they are quoted; outbox and bus-log
 * events about them lose their personal fields; placeOrder's idempotency records of their orders
 * no longer hash their request.
 */
export async function eraseCustomerOrders(tx: EntityManager, request: CustomerErasureRequest, values: ErasureSubjectValues): Promise<ErasureOutcome> {
  // The orders listed when erasure was asked, and any guest order placed under one of the emails since.
  const orders = await tx.execute<ErasedOrderRow[]>(
    `select id, email, ship_to_name, ship_to_line1, ship_to_line2, billing_address from orders."order" o
      where ${PERSONS_ORDERS} or id = any (array(select jsonb_array_elements_text(?::jsonb))::uuid[])`,
    [...personsOrders(request.customerId, values.emails), JSON.stringify(request.orderIds)],
  );
  const orderIds = orders.map((order) => order.id);
  const related = await tx.execute<{ id: string }[]>(
    `select id from orders."return" where customer_id = ? or order_id = any (array(select jsonb_array_elements_text(?::jsonb))::uuid[])
     union all select id from orders.exchange where customer_id = ?
     union all select id from orders.refund where customer_id = ?`,
    [request.customerId, JSON.stringify(orderIds), request.customerId, request.customerId],
  );
  const billing = orders.map((order) => order.billing_address ?? {});
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const anonymizer = personAnonymizer(values, {
    linkedIds: [request.customerId, ...orderIds, ...related.map((row) => row.id)],
    identifiers: orders.map((order) => order.email),
    personalValues: [
      ...orders.flatMap((order) => [...namesIn(order.ship_to_name), order.ship_to_line1, order.ship_to_line2]),
      ...billing.flatMap((address) => [...namesIn(text(address['name'])), text(address['line1']), text(address['line2'])]),
    ],
  });
  return { changed: await redactSchema(tx, anonymizer, ORDERS_PERSONAL_DATA), anonymizer };
}
