/** Input checks shared by the services: each failure is a DomainError with a stable code, nothing written. */
import { DomainError, isUuid } from '@oms/platform';

/** Largest quantity one line may ask for: far above any real order, far below integer overflow. */
export const MAX_LINE_QUANTITY = 100_000;

export function requireText(value: string, argument: string, maxLength: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > maxLength) {
    throw new DomainError('BAD_USER_INPUT', `${argument} must be 1 to ${maxLength} characters`, { argument });
  }
  return trimmed;
}

export function requireQuantity(quantity: number, sku: string, code = 'INVALID_QUANTITY'): number {
  if (!Number.isInteger(quantity) || quantity <= 0 || quantity > MAX_LINE_QUANTITY) {
    throw new DomainError(code, `Quantity of ${sku} must be a whole number from 1 to ${MAX_LINE_QUANTITY} (got ${quantity})`, {
      sku,
      quantity,
    });
  }
  return quantity;
}

export function requireLineCount(count: number, max: number, what = 'lines'): void {
  if (count === 0) throw new DomainError('BAD_USER_INPUT', `At least one of ${what} is required`, { argument: what });
  if (count > max) throw new DomainError('BAD_USER_INPUT', `At most ${max} ${what} per request (got ${count})`, { argument: what });
}

export function requireUuid(value: string, argument: string, code = 'BAD_USER_INPUT'): string {
  if (!isUuid(value)) throw new DomainError(code, `${argument} is not a valid id: ${value}`, { argument });
  return value;
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `No ${what} with id ${id}`, { id });
}
