import { definePersonalData } from '@oms/platform';

/**
 * The register of personal data of the customers schema (see
 * `packages/platform/src/personal-data-register.ts`). The profile keeps its id (orders still name
 * it) with tokens for names and email; the care record, addresses, consents, segment assignments
 * and the history of identifiers go whole; messages, webhook bodies and the audit log lose the
 * person's values. Staff accounts, API keys and partner subscriptions are the retailer's, not a
 * customer's.
 */
export const CUSTOMERS_PERSONAL_DATA = definePersonalData('customers', {
  customer: {
    personal: { email: 'token', first_name: 'token', last_name: 'token', phone: 'null', tags: 'scrub' },
    notPersonal: ['preferred_channel', 'preferred_language'],
  },
  customer_identifier: { personal: { value: 'token' }, notPersonal: ['kind'], deleteRows: true },
  customer_address: {
    personal: { line1: 'token', line2: 'token', city: 'token', postal_code: 'token', region: 'token', label: 'token' },
    notPersonal: ['country'],
    deleteRows: true,
  },
  customer_note: { personal: { body: 'scrub' }, notPersonal: ['author'], deleteRows: true },
  // Interactions before the cases they belong to.
  interaction: { personal: { notes: 'scrub', reason: 'scrub', outcome: 'scrub' }, notPersonal: ['agent', 'channel', 'order_ids', 'return_ids'], deleteRows: true },
  customer_case: { personal: { subject: 'scrub' }, notPersonal: ['opened_by', 'status'], deleteRows: true },
  marketing_consent: { personal: { source: 'scrub' }, notPersonal: ['channel', 'purpose', 'recorded_by'], deleteRows: true },
  customer_segment_assignment: { personal: {}, notPersonal: ['assigned_by'], deleteRows: true },
  order_contact: { personal: { email: 'token' }, notPersonal: ['currency', 'number'] },
  notification: {
    personal: { recipient: 'token', subject: 'scrub', body: 'scrub', secrets: 'json', last_error: 'scrub' },
    notPersonal: ['channel', 'language', 'provider_message_id', 'status', 'template'],
  },
  webhook_delivery: { personal: { body: 'json', last_error: 'scrub' }, notPersonal: ['event_type', 'status'] },
  webhook_attempt: { personal: { error: 'scrub' }, notPersonal: [] },
  audit_entry: {
    personal: { before: 'json', after: 'json', client_ip: 'null' },
    notPersonal: ['action', 'actor', 'actor_kind', 'entity_id', 'entity_type', 'request_id', 'service'],
  },
  erasure_request: { personal: { reason: 'scrub' }, notPersonal: ['order_ids', 'requested_by', 'status'] },
  erasure_confirmation: { personal: {}, notPersonal: ['subgraph'] },
  customer_segment: { personal: {}, notPersonal: ['code', 'name', 'rule'] },
  staff_member: { personal: {}, notPersonal: ['email', 'name', 'password_hash', 'roles'] },
  api_key: { personal: {}, notPersonal: ['channel', 'created_by', 'location_ids', 'name', 'prefix', 'previous_secret_hash', 'scopes', 'secret_hash'] },
  webhook_subscription: { personal: {}, notPersonal: ['created_by', 'description', 'event_types', 'signing_secret', 'url'] },
});
