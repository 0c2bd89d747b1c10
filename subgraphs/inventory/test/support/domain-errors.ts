import { isDomainError } from '@oms/platform';

/** The message of the BAD_USER_INPUT error `call` throws; fails when it throws nothing or anything else. */
export function badInput(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    if (isDomainError(error) && error.code === 'BAD_USER_INPUT') return error.message;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}
