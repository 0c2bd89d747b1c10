// The signed-in staff member: token (kept for this browser tab only), who they are and the scopes
// the gateway grants them, from which the navigation is built.
import { createContext, use } from 'react';
import type { StaffRole, ViewerQuery } from './__generated__/graphql.ts';

export interface StaffSession {
  token: string;
  expiresAt: string;
  staff: { id: string; name: string; email: string; roles: StaffRole[]; storeId: string | null };
  viewer: ViewerQuery['viewer'];
}

const STORAGE_KEY = 'oms-console-session';

export function loadSession(): StaffSession | undefined {
  try {
    const stored = window.sessionStorage.getItem(STORAGE_KEY);
    if (!stored) return undefined;
    const session = JSON.parse(stored) as StaffSession;
    return Date.parse(session.expiresAt) > Date.now() ? session : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(session: StaffSession | undefined): void {
  if (session) window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  else window.sessionStorage.removeItem(STORAGE_KEY);
}

export interface SessionContextValue {
  session: StaffSession;
  can(scope: string): boolean;
  signOut(): void;
}

export const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function useSession(): SessionContextValue {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in console');
  return session;
}
