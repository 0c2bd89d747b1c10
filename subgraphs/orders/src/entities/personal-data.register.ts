import { definePersonalData } from '@oms/platform';

/**
 * The register of personal data of the orders schema: every text, JSON and array column, personal
 * (with how erasure treats it) or not (see `packages/platform/src/personal-data-register.ts`).
 * Amounts, currencies, dates, statuses, SKUs and ids are never personal: totals, payments, refunds,
 * tax and the store-credit ledger stay whole. Staff and service actors (`actor`, `created_by`…) name
 * staff accounts or ids, not the customer.
 */
export const ORDERS_PERSONAL_DATA = definePersonalData('orders', {
  order: {
    personal: {
      email: 'token', ship_to_name: 'token', ship_to_line1: 'token', ship_to_line2: 'token', ship_to_city: 'token',
      ship_to_postal_code: 'token', ship_to_region: 'token', billing_address: 'json',
    },
    notPersonal: [
      'carrier_code', 'channel', 'currency', 'delivery_method', 'number', 'promised_earliest', 'promised_latest', 'promotion_codes',
      'service_level', 'ship_to_country', 'status', 'tax_country',
    ],
  },
  order_line: { personal: {}, notPersonal: ['currency', 'sku_code', 'status'] },
  order_transition: { personal: { reason: 'scrub' }, notPersonal: ['actor', 'from_status', 'to_status'] },
  order_hold: { personal: { detail: 'scrub', reason: 'scrub', release_note: 'scrub' }, notPersonal: ['placed_by', 'released_by'] },
  order_pipeline_step: { personal: { detail: 'scrub' }, notPersonal: ['actor', 'outcome', 'step'] },
  // The key stays taken (a retry must not place the order again); the hash no longer fingerprints the request.
  idempotency_record: { personal: { request_hash: 'token' }, notPersonal: ['key', 'out_of_stock', 'scope'] },
  // A command in flight: its effects quote the reason staff gave (a cancellation's); its intents hold ids, amounts and provider references.
  command: { personal: { effects: 'json', fingerprint: 'token' }, notPersonal: ['intents', 'key', 'name', 'phase', 'scope', 'subject_id'] },
  payment: { personal: {}, notPersonal: ['currency', 'provider', 'reference', 'status'] },
  payment_operation: { personal: {}, notPersonal: ['currency', 'operation', 'outcome', 'provider_reference'] },
  refund: { personal: { reason: 'scrub' }, notPersonal: ['created_by', 'currency', 'method', 'provider_reference', 'source_key', 'status'] },
  store_credit_entry: { personal: { reason: 'scrub' }, notPersonal: ['currency', 'source_key'] },
  appeasement: { personal: { reason: 'scrub', request_hash: 'token' }, notPersonal: ['currency', 'granted_by', 'idempotency_key', 'method'] },
  exchange: { personal: {}, notPersonal: ['created_by', 'currency', 'payment_token', 'replacements', 'settlement', 'status'] },
  return: { personal: { rejection_reason: 'scrub' }, notPersonal: ['carrier', 'channel', 'currency', 'number', 'requested_by', 'status', 'tracking_number'] },
  return_line: { personal: {}, notPersonal: ['condition', 'disposition', 'reason_code', 'sku_code'] },
  return_policy_version: { personal: {}, notPersonal: ['created_by', 'rules'] },
  promotion: { personal: {}, notPersonal: ['code', 'currency', 'description', 'kind', 'scope', 'skus'] },
  risk_rule: { personal: {}, notPersonal: ['kind', 'parameters', 'updated_by'] },
});
