/**
 * A person's data export (GDPR): `exportCustomerData` returns the `CustomerDataExport` entity,
 * whose sections the services contribute through federation, each from its own tables (this
 * service: `customers`; orders: `orders`, `orderIds`; fulfillment: `fulfillment`; inventory:
 * `inventory`, which `@requires` the order ids). The gateway gathers them in one operation.
 */
import { assertMayExportCustomerData, DomainError, exportMentions, exportRows, inTransaction, isUuid, recordAudit, type CustomerDataExportReference } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { CUSTOMERS_PERSONAL_DATA } from '../entities/personal-data.register.ts';
import { identifiersOf, identifierValues } from './customer-identifiers.ts';

export interface CustomerDataExportRoot extends CustomerDataExportReference {
  generatedAt: Date;
}

/** Starts an export: the caller may (the person, or staff with customers:write), the customer exists; staff reads are audited. */
export async function startCustomerDataExport(ctx: CustomersContext, customerId: string): Promise<CustomerDataExportRoot> {
  assertMayExportCustomerData(ctx.principal, customerId);
  if (!isUuid(customerId)) throw new DomainError('BAD_USER_INPUT', 'customerId must be a customer id.', { field: 'customerId' });
  const id = customerId.toLowerCase();
  const [customer] = await ctx.em.execute<{ id: string }[]>(`select id from customers.customer where id = ?`, [id]);
  if (!customer) throw new DomainError('NOT_FOUND', `No customer ${customerId}.`);
  if (ctx.principal.kind === 'staff' || ctx.principal.kind === 'partner') {
    // Who read a person's whole file is worth knowing; the entry holds no personal data.
    await inTransaction(ctx.em, async (tx) => {
      recordAudit(
        { em: tx, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
        { action: 'exportCustomerData', entityType: 'Customer', entityId: id, before: null, after: null },
      );
      await tx.flush();
    });
  }
  return { customerId: id, generatedAt: new Date() };
}

/**
 * This service's section: the profile, addresses, every consent decision, notes, segment
 * assignments, interactions, cases, the messages sent (never their secrets), what notifications
 * kept of the person's orders, the audit entries about the profile and its records, the webhook
 * deliveries that carried the person's data to partners, any erasure request, and the rows of the
 * register's free text that quote one of the person's identifiers (`mentions`).
 */
export async function exportCustomerSection(ctx: CustomersContext, customerId: string): Promise<Record<string, unknown>> {
  assertMayExportCustomerData(ctx.principal, customerId);
  const em = ctx.em;
  const of = (table: string, order: string) =>
    exportRows(em, `select to_jsonb(t) as row from customers.${table} t where t.customer_id = ? order by ${order}`, [customerId]);
  const [profile] = await exportRows(em, `select to_jsonb(t) as row from customers.customer t where t.id = ?`, [customerId]);
  const addresses = await of('customer_address', 't.is_default_shipping desc, t.id');
  const consents = await of('marketing_consent', 't.recorded_at');
  const notes = await of('customer_note', 't.created_at');
  const segments = await exportRows(
    em,
    `select to_jsonb(t) || jsonb_build_object('segment_code', s.code, 'segment_name', s.name) as row
       from customers.customer_segment_assignment t join customers.customer_segment s on s.id = t.segment_id
      where t.customer_id = ? order by t.assigned_at`,
    [customerId],
  );
  const interactions = await of('interaction', 't.created_at');
  const cases = await of('customer_case', 't.created_at');
  // Guest orders placed with the profile's email are the person's too: their contacts and messages with them.
  const guest = `(t.customer_id is null and lower(%s) = (select lower(c.email) from customers.customer c where c.id = ?))`;
  const notifications = await exportRows(
    em,
    `select to_jsonb(t) - 'secrets' as row from customers.notification t where t.customer_id = ? or ${guest.replace('%s', 't.recipient')} order by t.created_at`,
    [customerId, customerId],
  );
  const orderContacts = await exportRows(
    em,
    `select to_jsonb(t) as row from customers.order_contact t where t.customer_id = ? or ${guest.replace('%s', 't.email')} order by t.created_at`,
    [customerId, customerId],
  );
  const records = `select ?::text union all select id::text from customers.customer_address where customer_id = ?
                   union all select id::text from customers.interaction where customer_id = ?
                   union all select id::text from customers.customer_case where customer_id = ?`;
  const auditEntries = await exportRows(
    em,
    `select to_jsonb(t) as row from customers.audit_entry t where t.entity_id in (${records}) order by t.at`,
    [customerId, customerId, customerId, customerId],
  );
  const webhookDeliveries = await exportRows(
    em,
    `select to_jsonb(t) as row from customers.webhook_delivery t where t.body like ? order by t.created_at`,
    [`%${customerId}%`],
  );
  const erasureRequests = await of('erasure_request', 't.requested_at');
  // Free text anywhere in this service quoting the person: what erasure scrubs by value.
  const mentions = await exportMentions(em, CUSTOMERS_PERSONAL_DATA, identifierValues(await identifiersOf(em, customerId)));
  return { profile: profile ?? null, addresses, consents, notes, segments, interactions, cases, notifications, orderContacts, auditEntries, webhookDeliveries, erasureRequests, mentions };
}
