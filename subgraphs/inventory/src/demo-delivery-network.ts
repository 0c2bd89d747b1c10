import type { EntityManager } from '@oms/platform';
import { CarrierService } from './entities/carrier-service.entity.ts';
import { DeliveryHoliday } from './entities/delivery-holiday.entity.ts';
import { LocationDeliveryProfile } from './entities/location-delivery-profile.entity.ts';
import type { Location } from './entities/location.entity.ts';

const WEEKDAYS = [1, 2, 3, 4, 5];
const EU_NEIGHBOURS = ['BE', 'LU', 'DE', 'NL', 'IT', 'ES', 'CH', 'MC'];

/** French public holidays of the demo years: nothing ships or is delivered in France those days. */
const FRENCH_HOLIDAYS: readonly (readonly [date: string, name: string])[] = [
  ['2026-11-11', 'Armistice'],
  ['2026-12-25', 'Noël'],
  ['2027-01-01', "Jour de l'an"],
  ['2027-03-29', 'Lundi de Pâques'],
  ['2027-05-01', 'Fête du Travail'],
  ['2027-05-06', 'Ascension'],
  ['2027-05-08', 'Victoire 1945'],
  ['2027-05-17', 'Lundi de Pentecôte'],
  ['2027-07-14', 'Fête nationale'],
  ['2027-08-15', 'Assomption'],
  ['2027-11-01', 'Toussaint'],
  ['2027-11-11', 'Armistice'],
  ['2027-12-25', 'Noël'],
];

/**
 * The demo delivery network: a standard service priced by the shipping rate table, an express one
 * (next day in France, Saturday deliveries, 5 € more per parcel), warehouses that prepare in 4 h with
 * a 14:00 cut-off, stores that ship from their floor by 12:00 and have pickups ready in 2 h.
 */
export function seedDeliveryNetworkDemoData(em: EntityManager, locations: readonly Location[]): void {
  em.create(CarrierService, {
    carrierCode: 'COLISSIMO',
    carrierName: 'Colissimo',
    serviceLevel: 'STANDARD',
    active: true,
    deliveryDays: [1, 2, 3, 4, 5, 6],
    lanes: [
      { country: 'FR', postalCodePrefix: null, minDays: 2, maxDays: 3 },
      { country: 'FR', postalCodePrefix: '20', minDays: 3, maxDays: 5 },
      ...EU_NEIGHBOURS.map((country) => ({ country, postalCodePrefix: null, minDays: 3, maxDays: 5 })),
    ],
    rates: [],
    surcharge: 0,
    currency: 'EUR',
  });
  em.create(CarrierService, {
    carrierCode: 'CHRONOPOST',
    carrierName: 'Chronopost',
    serviceLevel: 'EXPRESS',
    active: true,
    deliveryDays: [1, 2, 3, 4, 5, 6],
    lanes: [
      { country: 'FR', postalCodePrefix: null, minDays: 1, maxDays: 1 },
      ...EU_NEIGHBOURS.map((country) => ({ country, postalCodePrefix: null, minDays: 1, maxDays: 2 })),
    ],
    rates: [],
    surcharge: 500,
    currency: 'EUR',
  });
  for (const location of locations) {
    const store = location.type === 'STORE';
    em.create(LocationDeliveryProfile, {
      location,
      timeZone: 'Europe/Paris',
      processingHours: store ? 2 : 4,
      cutoffTime: store ? '12:00' : '14:00',
      shipDays: store ? [1, 2, 3, 4, 5, 6] : WEEKDAYS,
      openingTime: '10:00',
      closingTime: '19:30',
      openDays: [1, 2, 3, 4, 5, 6],
      pickupPreparationMinutes: 120,
    });
  }
  for (const [date, name] of FRENCH_HOLIDAYS) em.create(DeliveryHoliday, { date, country: 'FR', locationId: null, name });
}
