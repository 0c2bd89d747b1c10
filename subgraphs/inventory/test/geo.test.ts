import { describe, expect, it } from 'vitest';
import { COUNTRY_POINTS, DEPARTEMENT_POINTS, deliveryPoint, departementPoint, haversineKm, isValidPoint } from '../src/domain/geo.ts';

const PARIS = { latitude: 48.8566, longitude: 2.3522 };
const LYON = { latitude: 45.764, longitude: 4.8357 };
const MARSEILLE = { latitude: 43.2965, longitude: 5.3698 };

describe('haversineKm', () => {
  it('measures known city distances within 1 %', () => {
    expect(haversineKm(PARIS, LYON)).toBeGreaterThan(388);
    expect(haversineKm(PARIS, LYON)).toBeLessThan(396);
    expect(haversineKm(LYON, MARSEILLE)).toBeGreaterThan(275);
    expect(haversineKm(LYON, MARSEILLE)).toBeLessThan(281);
  });

  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(PARIS, PARIS)).toBe(0);
    expect(haversineKm(PARIS, MARSEILLE)).toBeCloseTo(haversineKm(MARSEILLE, PARIS), 9);
  });

  it('handles antipodes and the date line', () => {
    expect(haversineKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(Math.PI * 6371.0088, 3);
    expect(haversineKm({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 })).toBeLessThan(112);
  });

  it('validates coordinates', () => {
    expect(isValidPoint(PARIS)).toBe(true);
    expect(isValidPoint({ latitude: 91, longitude: 0 })).toBe(false);
    expect(isValidPoint({ latitude: 0, longitude: Number.NaN })).toBe(false);
  });
});

describe('département lookup', () => {
  it('places a postal code in its département', () => {
    expect(haversineKm(departementPoint('75011')!, PARIS)).toBeLessThan(5);
    expect(haversineKm(departementPoint('69003')!, LYON)).toBeLessThan(5);
    expect(haversineKm(departementPoint('13001')!, MARSEILLE)).toBeLessThan(5);
    expect(departementPoint(' 33 000')).toEqual(DEPARTEMENT_POINTS['33']);
  });

  it('covers every metropolitan département, Corsica and the overseas ones', () => {
    for (let number = 1; number <= 95; number++) {
      expect(DEPARTEMENT_POINTS[String(number).padStart(2, '0')], `département ${number}`).toBeDefined();
    }
    expect(departementPoint('20000')).toBeDefined();
    expect(departementPoint('97400')).toEqual(DEPARTEMENT_POINTS['974']);
  });

  it('every point lies in France (metropolitan box) except overseas', () => {
    for (const [key, point] of Object.entries(DEPARTEMENT_POINTS)) {
      if (key.length === 3) continue;
      expect(point.latitude, key).toBeGreaterThan(41);
      expect(point.latitude, key).toBeLessThan(51.2);
      expect(point.longitude, key).toBeGreaterThan(-5.2);
      expect(point.longitude, key).toBeLessThan(9.6);
    }
  });

  it('answers undefined for what is not a French postal code', () => {
    expect(departementPoint('SW1A 1AA')).toBeUndefined();
    expect(departementPoint('7501')).toBeUndefined();
    expect(departementPoint('00000')).toBeUndefined();
    expect(departementPoint('97900')).toBeUndefined();
  });
});

describe('deliveryPoint', () => {
  it('prefers coordinates, then the département, then the country', () => {
    expect(deliveryPoint({ latitude: 1, longitude: 2, postalCode: '75001' })).toEqual({ latitude: 1, longitude: 2 });
    expect(deliveryPoint({ postalCode: '59000', country: 'FR' })).toEqual(DEPARTEMENT_POINTS['59']);
    expect(deliveryPoint({ postalCode: '59000' })).toEqual(DEPARTEMENT_POINTS['59']);
    expect(deliveryPoint({ postalCode: '99999', country: 'fr' })).toEqual(COUNTRY_POINTS['FR']);
    expect(deliveryPoint({ postalCode: '1000', country: 'BE' })).toEqual(COUNTRY_POINTS['BE']);
    expect(deliveryPoint({ country: 'JP' })).toBeUndefined();
  });

  it('ignores invalid coordinates', () => {
    expect(deliveryPoint({ latitude: 200, longitude: 2, postalCode: '13001' })).toEqual(DEPARTEMENT_POINTS['13']);
  });
});
