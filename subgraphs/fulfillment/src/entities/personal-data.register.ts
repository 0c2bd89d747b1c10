import { definePersonalData } from '@oms/platform';

/**
 * The register of personal data of the fulfillment schema (see
 * `packages/platform/src/personal-data-register.ts`). Fulfillment orders, shipments and parcels stay
 * (what left which location when, with which carrier); the person's contact data, ship-to address,
 * curbside details and what staff, carriers or vendors wrote about them do not.
 */
export const FULFILLMENT_PERSONAL_DATA = definePersonalData('fulfillment', {
  fulfillment_order: {
    personal: {
      email: 'token', ship_to: 'json', curbside_vehicle: 'null', curbside_parking_spot: 'null',
      cancellation_reason: 'scrub', rejection_reason: 'scrub', pickup_code_hash: 'null',
    },
    notPersonal: ['channel', 'order_number', 'pos_transaction_reference', 'status', 'type'],
  },
  tracking_event: { personal: { message: 'scrub', location: 'scrub' }, notPersonal: ['external_id', 'source', 'status'] },
  webhook_delivery: { personal: { payload: 'json', last_error: 'scrub' }, notPersonal: ['event', 'status'] },
  fulfillment_order_line: { personal: {}, notPersonal: ['allocation_kind', 'sku_code'] },
  shipment: { personal: {}, notPersonal: ['carrier', 'service_level', 'status', 'tracking_number'] },
  parcel: { personal: {}, notPersonal: ['carrier', 'carrier_code', 'label_reference', 'service_level', 'status', 'tracking_number'] },
  pick_wave: { personal: {}, notPersonal: ['created_by', 'status'] },
  bin_location: { personal: {}, notPersonal: ['bin_code', 'sku_code'] },
  location_profile: { personal: {}, notPersonal: ['type'] },
  dropship_vendor: { personal: {}, notPersonal: ['signing_secret', 'webhook_url'] },
});
