import { DomainError } from './errors.ts';
import type { Principal } from './principal.ts';

/** Internal operations (`@inaccessible` fields) answer only other services of the OMS. */
export function requireService(principal: Principal): void {
  if (principal.kind !== 'service') {
    throw new DomainError('FORBIDDEN', 'This operation is internal to the OMS services.');
  }
}
