/**
 * Date arithmetic of delivery promises: pure functions over civil dates (`YYYY-MM-DD`) and local
 * times in IANA time zones, no I/O. A location dispatches on its ship days once an order is
 * prepared and before its cut-off; a carrier then needs a number of its delivery days; a store has
 * a pickup order ready some minutes after it is placed, within opening hours. Holidays are dates on
 * which nothing happens at that place.
 */

export const MINUTES_PER_DAY = 24 * 60;
/** Far enough to cross any run of closed days; a calendar with no working day at all fails instead of looping. */
const MAX_DAYS_SEARCHED = 366;

export type CivilDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isCivilDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Minutes after midnight of a local `HH:MM`, or undefined when it is not one. */
export function parseLocalTime(value: string): number | undefined {
  const match = TIME.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function utcOf(date: CivilDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const next = utcOf(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: CivilDate): number {
  const day = utcOf(date).getUTCDay();
  return day === 0 ? 7 : day;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export interface LocalMoment {
  date: CivilDate;
  /** Minutes after local midnight (seconds dropped). */
  minutes: number;
}

/** The local date and time of an instant in a time zone. */
export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${parts['year']}-${parts['month']}-${parts['day']}`, minutes: Number(parts['hour']) * 60 + Number(parts['minute']) };
}

/** Offset of the zone from UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return asUtc - (instant - (instant % 1000));
}

/**
 * The instant of a local date and time in a zone. Twice corrected, because the offset at the guess
 * may differ from the offset at the answer around a daylight-saving change; a local time that does
 * not exist (skipped forward) comes out as the same wall time after the change.
 */
export function instantOf(date: CivilDate, minutes: number, timeZone: string): Date {
  const wall = utcOf(date).getTime() + minutes * 60_000;
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** The days a place works: some weekdays, minus its holidays. */
export interface WorkingDays {
  /** ISO weekdays (1 = Monday). */
  weekdays: readonly number[];
  holidays: ReadonlySet<CivilDate>;
}

export function isWorkingDay(calendar: WorkingDays, date: CivilDate): boolean {
  return calendar.weekdays.includes(isoWeekday(date)) && !calendar.holidays.has(date);
}

/** The first working day on or after `date`. */
export function nextWorkingDay(calendar: WorkingDays, date: CivilDate): CivilDate {
  let day = date;
  for (let step = 0; step < MAX_DAYS_SEARCHED; step += 1) {
    if (isWorkingDay(calendar, day)) return day;
    day = addDays(day, 1);
  }
  throw new RangeError(`no working day within ${MAX_DAYS_SEARCHED} days of ${date}`);
}

/** When a location sends parcels out. */
export interface DispatchCalendar extends WorkingDays {
  timeZone: string;
  /** Local minutes after midnight: an order prepared by then leaves the same day. */
  cutoffMinutes: number;
  processingHours: number;
}

/**
 * The local date on which an order placed at `now` leaves the location. Preparation takes
 * `processingHours`, counted on ship days only (nobody prepares parcels on a closed day); an order
 * prepared by the cut-off leaves that day, one prepared later leaves on the next ship day.
 */
export function dispatchDate(now: Date, calendar: DispatchCalendar): CivilDate {
  let { date, minutes } = localMoment(now, calendar.timeZone);
  let remaining = Math.round(calendar.processingHours * 60);
  for (let step = 0; step < MAX_DAYS_SEARCHED; step += 1) {
    if (isWorkingDay(calendar, date)) {
      const leftToday = MINUTES_PER_DAY - minutes;
      if (remaining <= leftToday) {
        if (minutes + remaining <= calendar.cutoffMinutes) return date;
        // Prepared after the cut-off: it waits for the next ship day's collection.
        return nextWorkingDay(calendar, addDays(date, 1));
      }
      remaining -= leftToday;
    }
    date = addDays(date, 1);
    minutes = 0;
  }
  throw new RangeError(`no dispatch day within ${MAX_DAYS_SEARCHED} days`);
}

/**
 * The date a parcel that left on `dispatch` arrives after `transitDays` of the carrier's delivery
 * days (weekdays it delivers, minus the destination's holidays). Zero days is same-day delivery.
 */
export function deliveryDate(dispatch: CivilDate, transitDays: number, carrier: WorkingDays): CivilDate {
  let day = dispatch;
  let left = transitDays;
  for (let step = 0; left > 0; step += 1) {
    if (step >= MAX_DAYS_SEARCHED) throw new RangeError(`no delivery day within ${MAX_DAYS_SEARCHED} days of ${dispatch}`);
    day = addDays(day, 1);
    if (isWorkingDay(carrier, day)) left -= 1;
  }
  return day;
}

/** When a store hands over pickup orders. */
export interface PickupCalendar extends WorkingDays {
  timeZone: string;
  openingMinutes: number;
  closingMinutes: number;
  /** How long a pickup order takes to be ready once the store is open. */
  preparationMinutes: number;
}

/**
 * When a pickup order placed at `now` is ready: `preparationMinutes` after now (or after opening,
 * before the store opens), on an open day, and never after closing; an order that cannot be ready
 * before today's closing is ready on the next open day, that long after opening. Undefined when the
 * preparation does not fit in a day's opening hours.
 */
export function pickupReadyAt(now: Date, calendar: PickupCalendar): Date | undefined {
  if (calendar.openingMinutes + calendar.preparationMinutes > calendar.closingMinutes) return undefined;
  let { date, minutes } = localMoment(now, calendar.timeZone);
  for (let step = 0; step < MAX_DAYS_SEARCHED; step += 1) {
    if (isWorkingDay(calendar, date)) {
      const ready = Math.max(minutes, calendar.openingMinutes) + calendar.preparationMinutes;
      if (ready <= calendar.closingMinutes) return instantOf(date, ready, calendar.timeZone);
    }
    date = addDays(date, 1);
    minutes = 0;
  }
  return undefined;
}
