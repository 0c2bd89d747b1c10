import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiClient } from './api/client.ts';
import { humanize } from './ui/components.tsx';
import { CustomerDetail, CustomerList } from './screens/customers.tsx';
import { Dashboard } from './screens/dashboard.tsx';
import { Inventory } from './screens/inventory.tsx';
import { NewOrder } from './screens/new-order.tsx';
import { OrderDetail } from './screens/order-detail.tsx';
import { OrderList } from './screens/orders.tsx';
import { Reports } from './screens/reports.tsx';
import { ReturnPolicy } from './screens/return-policy.tsx';
import { SignIn } from './screens/sign-in.tsx';
import { Sourcing } from './screens/sourcing.tsx';
import { Store } from './screens/store.tsx';
import { loadSession, saveSession, SessionContext, type StaffSession } from './session.tsx';
import { ApiContext } from './ui/api-hooks.tsx';
import { Link, matchPath, Router, useRouter } from './ui/router.tsx';

interface Screen {
  path: string;
  title: string;
  /** Shown in the navigation and reachable only with this scope. */
  scope: string;
  /** Store work needs a store: admins choose one, associates have theirs. */
  nav?: boolean;
  render(params: Record<string, string>): ReactNode;
}

const SCREENS: readonly Screen[] = [
  { path: '/', title: 'Dashboard', scope: 'reports:read', render: () => <Dashboard /> },
  { path: '/orders', title: 'Orders', scope: 'orders:read', render: () => <OrderList /> },
  { path: '/orders/new', title: 'New order', scope: 'orders:write', nav: false, render: () => <NewOrder /> },
  { path: '/orders/:id', title: 'Order', scope: 'orders:read', nav: false, render: ({ id }) => <OrderDetail id={id ?? ''} /> },
  { path: '/sourcing', title: 'Sourcing rules', scope: 'sourcing:write', render: () => <Sourcing /> },
  { path: '/inventory', title: 'Inventory', scope: 'inventory:read', render: () => <Inventory /> },
  { path: '/customers', title: 'Customers', scope: 'customers:read', render: () => <CustomerList /> },
  { path: '/customers/:id', title: 'Customer', scope: 'customers:read', nav: false, render: ({ id }) => <CustomerDetail id={id ?? ''} /> },
  { path: '/store', title: 'Store', scope: 'fulfillment:write', render: () => <Store /> },
  { path: '/return-policy', title: 'Return policy', scope: 'returns:write', render: () => <ReturnPolicy /> },
  { path: '/reports', title: 'Reporting', scope: 'reports:read', render: () => <Reports /> },
];

function Shell({ session, onSignOut }: { session: StaffSession; onSignOut(): void }) {
  const { path, navigate } = useRouter();
  const scopes = useMemo(() => new Set(session.viewer.scopes), [session]);
  const allowed = SCREENS.filter((screen) => scopes.has(screen.scope));
  const navigation = allowed.filter((screen) => screen.nav !== false);
  const matched = allowed.map((screen) => ({ screen, params: matchPath(screen.path, path) })).find((entry) => entry.params);
  // Store associates start at their store's work; everyone else at the first screen they may open.
  const home = (session.viewer.storeId ? navigation.find((screen) => screen.path === '/store') : undefined) ?? navigation[0];

  useEffect(() => {
    // The dashboard is not every role's home (store associates start at their store).
    if (!matched && path === '/' && home) navigate(home.path, { replace: true });
  }, [matched, path, home, navigate]);

  useEffect(() => {
    document.title = `${matched?.screen.title ?? 'Not found'} · OMS console`;
  }, [matched]);

  const context = useMemo(() => ({ session, can: (scope: string) => scopes.has(scope), signOut: onSignOut }), [session, scopes, onSignOut]);
  const section = (screen: Screen) => (screen.path === '/' ? path === '/' : path === screen.path || path.startsWith(`${screen.path}/`));

  return (
    <SessionContext value={context}>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <div className="shell">
        <header className="sidebar">
          <div className="brand">OMS console</div>
          <nav aria-label="Main">
            <ul className="nav">
              {navigation.map((screen) => (
                <li key={screen.path}>
                  <Link to={screen.path} current={section(screen)}>
                    {screen.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="who">
            <div>
              <strong>{session.staff.name}</strong>
              <div className="muted-on-dark">{session.staff.roles.map(humanize).join(', ')}</div>
            </div>
            <button type="button" className="secondary" onClick={onSignOut}>
              Sign out
            </button>
          </div>
        </header>
        <main id="content" tabIndex={-1}>
          {matched ? (
            matched.screen.render(matched.params ?? {})
          ) : (
            <div className="panel">
              <h1>Not found</h1>
              <p>This page does not exist or your role cannot open it.</p>
              {home ? <Link to={home.path}>Go to {home.title}</Link> : null}
            </div>
          )}
        </main>
      </div>
    </SessionContext>
  );
}

export function App() {
  const [session, setSession] = useState<StaffSession | undefined>(loadSession);
  const [expired, setExpired] = useState(false);
  const api = useMemo(() => new ApiClient(session?.token), [session]);

  useEffect(() => {
    saveSession(session);
    if (!session) return undefined;
    // Sign out when the token expires, or as soon as the gateway refuses it.
    const timer = window.setTimeout(() => { setExpired(true); setSession(undefined); }, Math.min(2 ** 31 - 1, Math.max(0, Date.parse(session.expiresAt) - Date.now())));
    const stop = api.onUnauthorized(() => { setExpired(true); setSession(undefined); });
    // The client belongs to this session: its live connection ends with it.
    return () => { window.clearTimeout(timer); stop(); api.close(); };
  }, [session, api]);

  return (
    <Router>
      <ApiContext value={api}>
        {session ? (
          <Shell session={session} onSignOut={() => { setExpired(false); setSession(undefined); }} />
        ) : (
          <SignIn expired={expired} onSignedIn={(signedIn) => { setExpired(false); setSession(signedIn); }} />
        )}
      </ApiContext>
    </Router>
  );
}
