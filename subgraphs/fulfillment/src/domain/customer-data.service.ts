/**
 * GDPR for what the fulfillment service holds about a customer: their section of the data export
 * and the erasure. Fulfillment orders, shipments and parcels stay (what left which location when,
 * with which carrier); the person's contact data, ship-to address and curbside details do not.
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
import { FULFILLMENT_PERSONAL_DATA } from '../entities/personal-data.register.ts';

/**
 * The fulfillment section of a customer's export: every fulfillment order of theirs (ship-to,
 * pickup and curbside details, never the pickup code's hash) with its lines, the shipments with
 * their parcels, contents and tracking history, the messages sent to dropship vendors for them, and
 * free text anywhere in the service that quotes them (`mentions`).
 */
export async function exportCustomerFulfillment(ctx: RequestContext, customerId: string, orderIds: readonly string[] = [], values: readonly string[] = []): Promise<Record<string, unknown>> {
  assertMayExportCustomerData(ctx.principal, customerId);
  const em = ctx.em;
  // The person's: by their customer id, or by one of their orders (guest orders placed with their email have none).
  const person = [customerId, idList(orderIds)];
  const ofPerson = `(t.customer_id = ? or t.order_id = ${ANY_ID_OF_LIST})`;
  const ofCustomer = `select t.id from fulfillment.fulfillment_order t where ${ofPerson}`;
  const fulfillmentOrders = await exportRows(
    em,
    `select to_jsonb(t) - 'pickup_code_hash' as row from fulfillment.fulfillment_order t where ${ofPerson} order by t.created_at`,
    person,
  );
  const lines = await exportRows(em, `select to_jsonb(t) as row from fulfillment.fulfillment_order_line t where t.fulfillment_order_id in (${ofCustomer}) order by t.position`, person);
  const vendorMessages = await exportRows(em, `select to_jsonb(t) as row from fulfillment.webhook_delivery t where t.fulfillment_order_id in (${ofCustomer}) order by t.created_at`, person);
  const shipments = await exportRows(em, `select to_jsonb(t) as row from fulfillment.shipment t where ${ofPerson} order by t.created_at`, person);
  const ofShipments = `select t.id from fulfillment.shipment t where ${ofPerson}`;
  const parcels = await exportRows(em, `select to_jsonb(p) as row from fulfillment.parcel p where p.shipment_id in (${ofShipments}) order by p.sequence`, person);
  const ofParcels = `select p.id from fulfillment.parcel p where p.shipment_id in (${ofShipments})`;
  const items = await exportRows(em, `select to_jsonb(i) as row from fulfillment.parcel_item i where i.parcel_id in (${ofParcels})`, person);
  const tracking = await exportRows(em, `select to_jsonb(e) as row from fulfillment.tracking_event e where e.parcel_id in (${ofParcels}) order by e.occurred_at`, person);
  const linesOf = groupRows(lines, 'fulfillmentOrderId');
  const messagesOf = groupRows(vendorMessages, 'fulfillmentOrderId');
  const itemsOf = groupRows(items, 'parcelId');
  const trackingOf = groupRows(tracking, 'parcelId');
  const parcelsOf = groupRows(
    parcels.map((parcel) => ({ ...parcel, items: itemsOf.get(String(parcel['id'])) ?? [], trackingEvents: trackingOf.get(String(parcel['id'])) ?? [] })),
    'shipmentId',
  );
  return {
    fulfillmentOrders: fulfillmentOrders.map((fo) => ({ ...fo, lines: linesOf.get(String(fo['id'])) ?? [], vendorMessages: messagesOf.get(String(fo['id'])) ?? [] })),
    shipments: shipments.map((shipment) => ({ ...shipment, parcels: parcelsOf.get(String(shipment['id'])) ?? [] })),
    // Free text anywhere in this service quoting the person: what erasure scrubs by value.
    mentions: await exportMentions(em, FULFILLMENT_PERSONAL_DATA, values),
  };
}

interface ErasedFulfillmentOrder {
  id: string;
  order_id: string;
  email: string;
  ship_to: Record<string, unknown> | null;
  curbside_vehicle: string | null;
}

/**
 * Erases the person from the fulfillment service as its register declares: ship-to addresses and
 * emails of their fulfillment orders become tokens, curbside details and the pickup code's hash go,
 * cancellation and rejection reasons and carriers' tracking messages lose the person's values
 * (wherever quoted), and so do the vendor messages, outbox and bus-log events about them.
 */
export async function eraseCustomerFulfillment(tx: EntityManager, request: CustomerErasureRequest, values: ErasureSubjectValues): Promise<ErasureOutcome> {
  const fulfillmentOrders = await tx.execute<ErasedFulfillmentOrder[]>(
    `select id, order_id, email, ship_to, curbside_vehicle from fulfillment.fulfillment_order where customer_id = ? or order_id = ${ANY_ID_OF_LIST}`,
    [request.customerId, idList(request.orderIds)],
  );
  const orderIds = [...new Set([...request.orderIds, ...fulfillmentOrders.map((fo) => fo.order_id)])];
  const shipments = await tx.execute<{ id: string }[]>(
    `select id from fulfillment.shipment where customer_id = ? or order_id = ${ANY_ID_OF_LIST}
     union all select p.id from fulfillment.parcel p join fulfillment.shipment s on s.id = p.shipment_id where s.customer_id = ? or s.order_id = ${ANY_ID_OF_LIST}`,
    [request.customerId, idList(orderIds), request.customerId, idList(orderIds)],
  );
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const anonymizer = personAnonymizer(values, {
    linkedIds: [request.customerId, ...orderIds, ...fulfillmentOrders.map((fo) => fo.id), ...shipments.map((row) => row.id)],
    identifiers: fulfillmentOrders.map((fo) => fo.email),
    personalValues: fulfillmentOrders.flatMap((fo) => {
      const name = text(fo.ship_to?.['name']);
      return [name, ...(name?.split(/\s+/) ?? []), text(fo.ship_to?.['line1']), text(fo.ship_to?.['line2']), fo.curbside_vehicle];
    }),
  });
  return { changed: await redactSchema(tx, anonymizer, FULFILLMENT_PERSONAL_DATA), anonymizer };
}
