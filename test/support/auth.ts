import { DEVELOPMENT_JWT_SECRET, signJwt, type StaffRole } from '@oms/platform';

const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);

/** A bearer token for a staff member, as the customers service's sign-in issues them. */
export function staffToken(roles: StaffRole[] = ['ADMIN'], options: { staffId?: string; storeId?: string } = {}): string {
  return signJwt(
    {
      sub: options.staffId ?? `staff-${roles.join('-').toLowerCase()}`,
      kind: 'staff',
      roles,
      ...(options.storeId ? { storeId: options.storeId } : {}),
      iss: 'oms',
      iat: now(),
      exp: now() + HOUR,
    },
    DEVELOPMENT_JWT_SECRET,
  );
}

/** A bearer token for a storefront customer. */
export function customerToken(customerId: string): string {
  return signJwt({ sub: customerId, kind: 'customer', iss: 'oms', iat: now(), exp: now() + HOUR }, DEVELOPMENT_JWT_SECRET);
}

export const ADMIN = staffToken(['ADMIN'], { staffId: 'test-admin' });
