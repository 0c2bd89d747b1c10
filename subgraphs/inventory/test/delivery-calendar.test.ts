import { describe, expect, it } from 'vitest';
import {
  addDays,
  deliveryDate,
  dispatchDate,
  instantOf,
  isCivilDate,
  isoWeekday,
  localMoment,
  parseLocalTime,
  pickupReadyAt,
  type DispatchCalendar,
  type PickupCalendar,
  type WorkingDays,
} from '../src/domain/delivery-calendar.ts';

// November 2026: Friday 20, Saturday 21, Sunday 22, Monday 23, Tuesday 24; Paris is UTC+1.
const WEEKDAYS = [1, 2, 3, 4, 5];
const warehouse = (overrides: Partial<DispatchCalendar> = {}): DispatchCalendar => ({
  timeZone: 'Europe/Paris',
  weekdays: WEEKDAYS,
  holidays: new Set(),
  cutoffMinutes: 15 * 60,
  processingHours: 2,
  ...overrides,
});
const carrier = (holidays: string[] = [], weekdays = WEEKDAYS): WorkingDays => ({ weekdays, holidays: new Set(holidays) });
const store = (overrides: Partial<PickupCalendar> = {}): PickupCalendar => ({
  timeZone: 'Europe/Paris',
  weekdays: [1, 2, 3, 4, 5, 6],
  holidays: new Set(),
  openingMinutes: 10 * 60,
  closingMinutes: 19 * 60,
  preparationMinutes: 120,
  ...overrides,
});

describe('civil dates and local times', () => {
  it('adds days across month and year ends and knows weekdays', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekday('2026-11-20')).toBe(5);
    expect(isoWeekday('2026-11-22')).toBe(7);
    expect(isoWeekday('2026-11-23')).toBe(1);
  });

  it('validates dates and times', () => {
    expect(isCivilDate('2026-02-29')).toBe(false);
    expect(isCivilDate('2028-02-29')).toBe(true);
    expect(isCivilDate('2026-1-5')).toBe(false);
    expect(parseLocalTime('15:30')).toBe(930);
    expect(parseLocalTime('24:00')).toBeUndefined();
  });

  it('converts between instants and local moments, daylight saving included', () => {
    expect(localMoment(new Date('2026-11-20T13:30:00Z'), 'Europe/Paris')).toEqual({ date: '2026-11-20', minutes: 14 * 60 + 30 });
    expect(localMoment(new Date('2026-07-01T22:30:00Z'), 'Europe/Paris')).toEqual({ date: '2026-07-02', minutes: 30 });
    expect(instantOf('2026-11-20', 17 * 60, 'Europe/Paris').toISOString()).toBe('2026-11-20T16:00:00.000Z');
    expect(instantOf('2026-07-01', 17 * 60, 'Europe/Paris').toISOString()).toBe('2026-07-01T15:00:00.000Z');
    expect(instantOf('2026-11-20', 9 * 60, 'America/New_York').toISOString()).toBe('2026-11-20T14:00:00.000Z');
  });
});

describe('dispatchDate', () => {
  it('ships the same day when the order is prepared before the cut-off', () => {
    // 11:00 local + 2 h = 13:00 ≤ 15:00
    expect(dispatchDate(new Date('2026-11-19T10:00:00Z'), warehouse())).toBe('2026-11-19');
  });

  it('ships the next ship day when preparation ends after the cut-off', () => {
    // Thursday 14:00 local + 2 h = 16:00 > 15:00 → Friday
    expect(dispatchDate(new Date('2026-11-19T13:00:00Z'), warehouse())).toBe('2026-11-20');
  });

  it('an order exactly at the cut-off still leaves that day', () => {
    expect(dispatchDate(new Date('2026-11-19T12:00:00Z'), warehouse())).toBe('2026-11-19');
  });

  it('skips the weekend after a Friday cut-off and for orders placed on the weekend', () => {
    expect(dispatchDate(new Date('2026-11-20T15:00:00Z'), warehouse())).toBe('2026-11-23');
    expect(dispatchDate(new Date('2026-11-21T09:00:00Z'), warehouse())).toBe('2026-11-23');
  });

  it('skips holidays of the location', () => {
    expect(dispatchDate(new Date('2026-11-20T15:00:00Z'), warehouse({ holidays: new Set(['2026-11-23']) }))).toBe('2026-11-24');
    // Armistice (Wednesday 11 November): an order placed that morning leaves on Thursday.
    expect(dispatchDate(new Date('2026-11-11T08:00:00Z'), warehouse({ holidays: new Set(['2026-11-11']) }))).toBe('2026-11-12');
  });

  it('counts processing hours on ship days only', () => {
    // Friday 16:00 local, 24 h: 8 h on Friday, 16 h on Monday → ready Monday 16:00, after the cut-off → Tuesday.
    expect(dispatchDate(new Date('2026-11-20T15:00:00Z'), warehouse({ processingHours: 24 }))).toBe('2026-11-24');
    // No processing: 14:59 local leaves the same day.
    expect(dispatchDate(new Date('2026-11-19T13:59:00Z'), warehouse({ processingHours: 0 }))).toBe('2026-11-19');
  });

  it('reads the clock in the location time zone, not in UTC', () => {
    // 23:30 UTC on Thursday is already Friday 00:30 in Paris.
    expect(dispatchDate(new Date('2026-11-19T23:30:00Z'), warehouse())).toBe('2026-11-20');
  });

  it('fails rather than loops for a location that never ships', () => {
    expect(() => dispatchDate(new Date('2026-11-19T10:00:00Z'), warehouse({ weekdays: [] }))).toThrow(RangeError);
  });
});

describe('deliveryDate', () => {
  it('counts the carrier delivery days after dispatch', () => {
    expect(deliveryDate('2026-11-19', 1, carrier())).toBe('2026-11-20');
    expect(deliveryDate('2026-11-19', 2, carrier())).toBe('2026-11-23');
    expect(deliveryDate('2026-11-20', 1, carrier())).toBe('2026-11-23');
    expect(deliveryDate('2026-11-20', 0, carrier())).toBe('2026-11-20');
  });

  it('delivers on Saturdays when the carrier does', () => {
    expect(deliveryDate('2026-11-20', 1, carrier([], [1, 2, 3, 4, 5, 6]))).toBe('2026-11-21');
  });

  it('skips the destination holidays', () => {
    expect(deliveryDate('2026-12-24', 1, carrier(['2026-12-25']))).toBe('2026-12-28');
  });
});

describe('pickupReadyAt', () => {
  it('is ready after the preparation time within opening hours', () => {
    // Friday 15:00 local + 2 h = 17:00
    expect(pickupReadyAt(new Date('2026-11-20T14:00:00Z'), store())?.toISOString()).toBe('2026-11-20T16:00:00.000Z');
  });

  it('starts preparing at opening for an order placed before the store opens', () => {
    // 07:00 local → opening 10:00 + 2 h = 12:00
    expect(pickupReadyAt(new Date('2026-11-20T06:00:00Z'), store())?.toISOString()).toBe('2026-11-20T11:00:00.000Z');
  });

  it('is never ready after closing: a late order is ready the next open day', () => {
    // Saturday 18:00 local: 20:00 > 19:00, Sunday closed → Monday 12:00
    expect(pickupReadyAt(new Date('2026-11-21T17:00:00Z'), store())?.toISOString()).toBe('2026-11-23T11:00:00.000Z');
  });

  it('skips the store holidays', () => {
    expect(pickupReadyAt(new Date('2026-11-10T18:30:00Z'), store({ holidays: new Set(['2026-11-11']) }))?.toISOString()).toBe('2026-11-12T11:00:00.000Z');
  });

  it('has no answer when the preparation cannot fit in a day', () => {
    expect(pickupReadyAt(new Date('2026-11-20T06:00:00Z'), store({ preparationMinutes: 10 * 60 }))).toBeUndefined();
  });
});
