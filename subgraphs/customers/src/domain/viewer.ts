import type { Principal, StaffRole } from '@oms/platform';

export interface ViewerDescription {
  kind: 'ANONYMOUS' | 'CUSTOMER' | 'STAFF' | 'PARTNER' | 'SERVICE';
  id: string | null;
  scopes: string[];
  roles: StaffRole[];
  storeId: string | null;
  channel: string | null;
}

/** Who is calling, as the gateway vouched for them. */
export function describeViewer(principal: Principal): ViewerDescription {
  const none = { scopes: [], roles: [], storeId: null, channel: null };
  switch (principal.kind) {
    case 'anonymous':
      return { ...none, kind: 'ANONYMOUS', id: null };
    case 'customer':
      return { ...none, kind: 'CUSTOMER', id: principal.customerId, scopes: [...principal.scopes] };
    case 'staff':
      return { ...none, kind: 'STAFF', id: principal.staffId, scopes: [...principal.scopes], roles: [...principal.roles], storeId: principal.storeId ?? null };
    case 'partner':
      return { ...none, kind: 'PARTNER', id: principal.keyId, scopes: [...principal.scopes], channel: principal.channel ?? null };
    case 'service':
      return { ...none, kind: 'SERVICE', id: principal.service };
  }
}
