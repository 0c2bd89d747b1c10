import { DomainError, isUuid } from '@oms/platform';

export function requireId(value: string, argument: string, what = 'record'): string {
  if (!isUuid(value)) throw new DomainError('NOT_FOUND', `No ${what} with id ${value}`, { argument });
  return value.toLowerCase();
}

export function requireText(value: string | null | undefined, argument: string, maxLength: number): string {
  const text = (value ?? '').trim();
  if (text.length === 0 || text.length > maxLength) {
    throw new DomainError('BAD_USER_INPUT', `${argument} must be 1 to ${maxLength} characters`, { argument });
  }
  return text;
}

export function optionalText(value: string | null | undefined, argument: string, maxLength: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(value, argument, maxLength);
}

export function requireInteger(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new DomainError('BAD_USER_INPUT', `${argument} must be a whole number from ${min} to ${max}`, { argument, value });
  }
  return value;
}

export function requireCount(count: number, argument: string, min: number, max: number): void {
  if (count < min || count > max) throw new DomainError('BAD_USER_INPUT', `${argument} must have ${min} to ${max} entries`, { argument });
}

/** Carriers' tracking numbers: letters, digits and dashes. */
export function requireTrackingNumber(value: string, argument: string): string {
  const text = value.trim().toUpperCase();
  if (!/^[A-Z0-9-]{4,60}$/.test(text)) {
    throw new DomainError('BAD_USER_INPUT', `${argument} must be 4 to 60 letters, digits or dashes`, { argument });
  }
  return text;
}

/** How a carrier's name is matched: `Colissimo`, `colissimo` and `COLIS-SIMO` are the same carrier. */
export function carrierCodeOf(carrier: string): string {
  return carrier.toLowerCase().replace(/[^a-z0-9]/g, '');
}
