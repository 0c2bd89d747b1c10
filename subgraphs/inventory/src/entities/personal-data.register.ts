import { definePersonalData } from '@oms/platform';

/**
 * The register of personal data of the inventory schema (see
 * `packages/platform/src/personal-data-register.ts`). Inventory knows orders, not people: what it
 * keeps about a person is the delivery point of their orders' sourcing decisions, and what staff
 * write in free text (a stock adjustment's reason or reference may quote a customer). Stock figures
 * are never personal.
 */
export const INVENTORY_PERSONAL_DATA = definePersonalData('inventory', {
  sourcing_decision: {
    personal: { notes: 'json', delivery_latitude: 'null', delivery_longitude: 'null' },
    notPersonal: ['channel', 'customer_segment', 'customer_segments', 'delivery_country', 'delivery_method', 'delivery_region', 'lines', 'rule_set_name', 'split_policy'],
  },
  stock_movement: { personal: { reason: 'scrub', reference: 'scrub' }, notPersonal: ['kind', 'sku_code'] },
  transfer: { personal: { reference: 'scrub' }, notPersonal: ['status'] },
  reallocation: { personal: {}, notPersonal: ['outcome', 'reference'] },
  reservation: { personal: {}, notPersonal: ['cart_id', 'channel', 'status'] },
  reservation_line: { personal: {}, notPersonal: ['sku_code'] },
  allocation: { personal: {}, notPersonal: ['kind', 'sku_code', 'status'] },
  stock_level: { personal: {}, notPersonal: ['sku_code'] },
  sku: { personal: {}, notPersonal: ['attributes', 'code', 'name'] },
  sku_substitute: { personal: {}, notPersonal: ['sku_code', 'substitute_code'] },
  location: { personal: {}, notPersonal: ['channels', 'city', 'code', 'country', 'line1', 'name', 'postal_code', 'region', 'type'] },
  location_delivery_profile: { personal: {}, notPersonal: ['closing_time', 'cutoff_time', 'open_days', 'opening_time', 'ship_days', 'time_zone'] },
  carrier_service: { personal: {}, notPersonal: ['carrier_code', 'carrier_name', 'currency', 'delivery_days', 'lanes', 'rates', 'service_level'] },
  channel_setting: { personal: {}, notPersonal: ['channel'] },
  delivery_holiday: { personal: {}, notPersonal: ['country', 'date', 'name'] },
  inventory_feed: { personal: {}, notPersonal: ['feed_id', 'mode', 'rejected_lines', 'source'] },
  price_list: { personal: {}, notPersonal: ['channel', 'currency', 'name'] },
  price_list_entry: { personal: {}, notPersonal: ['sku_code'] },
  purchase_order: { personal: {}, notPersonal: ['number', 'status', 'supplier'] },
  purchase_order_line: { personal: {}, notPersonal: ['sku_code'] },
  shipping_rate: { personal: {}, notPersonal: ['created_by', 'currency', 'zone'] },
  shipping_zone: { personal: {}, notPersonal: ['created_by', 'destination', 'origin_country', 'zone'] },
  sourcing_rule_set: {
    personal: {},
    notPersonal: ['channel', 'created_by', 'customer_segment', 'name', 'region', 'retired_by', 'rules', 'scope_key', 'split_policy'],
  },
  transfer_line: { personal: {}, notPersonal: ['sku_code'] },
});
