import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Fields that hold a person's data wherever a log line carries them (as in the register of personal data). */
const PERSONAL_FIELDS = [
  'email', 'guestEmail', 'contactEmail', 'contactEmails', 'recipient', 'phone', 'firstName', 'lastName', 'fullName',
  'line1', 'line2', 'street', 'city', 'postalCode', 'address', 'shipTo', 'billingAddress', 'deliveryAddress',
  'notes', 'note', 'curbsideVehicle', 'vehicle', 'parkingSpot', 'pickupCode',
];

/**
 * Paths pino censors in every log line: the personal fields at the top level, one and two levels
 * down (`payload.email`, `event.payload.shipTo`), and in the variables of a logged GraphQL request.
 * Application logs never carry a person's data, whatever a handler logs by mistake. (Free-text
 * fields such as `reason` or `message` are not censored: they carry machine reasons and error
 * messages, which operators need; the code never logs customer-written text under them.)
 */
export const REDACTED_LOG_PATHS = PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`, `variables.input.${field}`, `variables.input.*.${field}`]);

export function createLogger(service: string, level: string = process.env['LOG_LEVEL'] ?? 'info', destination?: pino.DestinationStream): Logger {
  const options = { name: service, level, base: { service }, redact: { paths: REDACTED_LOG_PATHS, censor: '[personal data]' } };
  return destination ? pino(options, destination) : pino(options);
}
