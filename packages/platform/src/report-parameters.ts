import { DomainError } from './errors.ts';
import type { Principal } from './principal.ts';

/**
 * The parameters of a report (`Query.report`), shared by the services that contribute to it. The
 * orders service validates them and hands out an opaque key; every other service reads its fields of
 * the same `Report` entity from that key alone, so all of them report over the same orders.
 */

export const REPORT_DIMENSIONS = ['CHANNEL', 'LOCATION', 'DAY', 'STATUS'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

export const REPORT_CHANNELS = ['WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** The longest period one report covers: a year, leap day included. */
export const MAX_REPORT_DAYS = 366;
const DAY_MS = 86_400_000;

export interface ReportParameters {
  /** Orders placed from (inclusive) … */
  readonly from: Date;
  /** … to (exclusive). */
  readonly to: Date;
  /** Dimensions of the rows, in the caller's order, without repeats. */
  readonly groupBy: readonly ReportDimension[];
  /** Only these channels; empty: every channel. */
  readonly channels: readonly ReportChannel[];
  /** IANA name of the zone DAY buckets are cut in. */
  readonly timeZone: string;
  /** Money figures add up orders of this currency only (amounts of two currencies are never added). */
  readonly currency: string;
  /** Service level in hours from release; null: the fulfillment service's configured default. */
  readonly slaHours: number | null;
}

export interface ReportInputValues {
  from: Date;
  to: Date;
  groupBy?: readonly string[] | null | undefined;
  channels?: readonly string[] | null | undefined;
  timeZone?: string | null | undefined;
  currency?: string | null | undefined;
  slaHours?: number | null | undefined;
}

function badInput(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('BAD_USER_INPUT', message, details);
}

/**
 * The name given when it is an IANA time zone, else null. It is kept as given (the platform's
 * canonical form may be an older alias). Fixed offsets ("+02:00") are refused on purpose: PostgreSQL
 * reads POSIX offsets with the opposite sign, so the day buckets would silently be cut four hours off.
 */
export function knownTimeZone(name: string): string | null {
  if (name.length > 64 || !/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return null;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name;
  } catch {
    return null;
  }
}

/** Checks a report's input: from < to, at most 366 days, known dimensions, channels and time zone. */
export function reportParameters(input: ReportInputValues): ReportParameters {
  const { from, to } = input;
  if (!(from instanceof Date) || !(to instanceof Date) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
    throw badInput('from and to must be timestamps');
  }
  if (from.getTime() >= to.getTime()) throw badInput('from must be before to', { from: from.toISOString(), to: to.toISOString() });
  if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * DAY_MS) {
    throw badInput(`A report covers at most ${MAX_REPORT_DAYS} days`, { from: from.toISOString(), to: to.toISOString() });
  }
  const groupBy: ReportDimension[] = [];
  for (const dimension of input.groupBy ?? []) {
    if (!(REPORT_DIMENSIONS as readonly string[]).includes(dimension)) throw badInput(`Unknown dimension ${dimension}`, { dimension });
    if (!groupBy.includes(dimension as ReportDimension)) groupBy.push(dimension as ReportDimension);
  }
  const channels = [...new Set(input.channels ?? [])].sort();
  for (const channel of channels) {
    if (!(REPORT_CHANNELS as readonly string[]).includes(channel)) throw badInput(`Unknown channel ${channel}`, { channel });
  }
  const requestedZone = input.timeZone ?? 'UTC';
  const timeZone = knownTimeZone(requestedZone);
  if (!timeZone) throw badInput(`Unknown time zone ${requestedZone}: give an IANA name such as Europe/Paris`, { timeZone: requestedZone });
  const currency = (input.currency ?? 'EUR').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw badInput('currency must be an ISO 4217 code, e.g. EUR', { currency: input.currency });
  const slaHours = input.slaHours ?? null;
  if (slaHours !== null && (!Number.isSafeInteger(slaHours) || slaHours < 1 || slaHours > 24 * MAX_REPORT_DAYS)) {
    throw badInput(`slaHours must be a whole number of hours from 1 to ${24 * MAX_REPORT_DAYS}`, { slaHours });
  }
  return { from, to, groupBy, channels: channels as ReportChannel[], timeZone, currency, slaHours };
}

/**
 * What a principal may report on: a partner key bound to a channel sees that channel only (asking for
 * another is refused); a key bound to locations is refused, as sales figures span every location.
 */
export function reportParametersFor(principal: Principal, parameters: ReportParameters): ReportParameters {
  if (principal.kind !== 'partner') return parameters;
  if (principal.locationIds && principal.locationIds.length > 0) {
    throw new DomainError('FORBIDDEN', 'Reports cover every location: an API key bound to locations cannot run them');
  }
  if (!principal.channel) return parameters;
  const own = principal.channel as ReportChannel;
  if (parameters.channels.some((channel) => channel !== own)) {
    throw new DomainError('FORBIDDEN', `This API key reports on ${own} orders only`, { channel: own });
  }
  return { ...parameters, channels: [own] };
}

const KEY_VERSION = 1;

/** The opaque key of a report: the canonical parameters, base64url-encoded JSON. */
export function encodeReportKey(parameters: ReportParameters): string {
  const canonical = [
    KEY_VERSION,
    parameters.from.toISOString(),
    parameters.to.toISOString(),
    parameters.groupBy,
    parameters.channels,
    parameters.timeZone,
    parameters.currency,
    parameters.slaHours,
  ];
  return Buffer.from(JSON.stringify(canonical), 'utf8').toString('base64url');
}

/** Reads a key made by encodeReportKey, checking it again (a key is input like any other). */
export function decodeReportKey(key: string): ReportParameters {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(key, 'base64url').toString('utf8'));
  } catch {
    throw badInput('Not a report key');
  }
  if (!Array.isArray(decoded) || decoded.length !== 8 || decoded[0] !== KEY_VERSION) throw badInput('Not a report key');
  const [, from, to, groupBy, channels, timeZone, currency, slaHours] = decoded as unknown[];
  const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
  if (typeof from !== 'string' || typeof to !== 'string' || !strings(groupBy) || !strings(channels) || typeof timeZone !== 'string' || typeof currency !== 'string') {
    throw badInput('Not a report key');
  }
  if (slaHours !== null && typeof slaHours !== 'number') throw badInput('Not a report key');
  return reportParameters({ from: new Date(from), to: new Date(to), groupBy, channels, timeZone, currency, slaHours });
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document (RFC 4180): a header line, then one line per row, every line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
