import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DashboardOrdersQuery, OrderActivitySubscription } from '../__generated__/graphql.ts';
import { DASHBOARD_ORDERS, DASHBOARD_QUEUES, ORDER_ACTIVITY } from '../api/operations.ts';
import { useApi, useQuery, useSubscription } from '../ui/api-hooks.tsx';
import { BarChart, ColumnChart, type Datum } from '../ui/charts.tsx';
import { ErrorMessage, formatMoney, humanize, LiveIndicator, Loading } from '../ui/components.tsx';
import { Link } from '../ui/router.tsx';

type TodayOrder = DashboardOrdersQuery['orders']['edges'][number]['node'];

/** Ship orders not shipped this long after release count as late. */
export const SHIPPING_SLA_HOURS = 24;
const MINUTES_SHOWN = 60;
/** Today's orders are read page by page up to this many (the live feed adds the rest). */
const MAX_PAGES = 20;

function startOfToday(): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Datum[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([label, value]) => ({ label: humanize(label), value }));
}

/** Today's orders, kept current by the order feed. */
function useTodaysOrders() {
  const api = useApi();
  const [orders, setOrders] = useState<Map<string, TodayOrder>>(new Map());
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | undefined>();
  const [truncated, setTruncated] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const load = async () => {
      setLoading(true);
      setError(undefined);
      const found = new Map<string, TodayOrder>();
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const { orders: connection }: DashboardOrdersQuery = await api.request(DASHBOARD_ORDERS, { after, placedAfter: startOfToday().toISOString() }, controller.signal);
        for (const { node } of connection.edges) found.set(node.id, node);
        after = connection.pageInfo.endCursor;
        if (!connection.pageInfo.hasNextPage) break;
        if (page === MAX_PAGES - 1) setTruncated(true);
      }
      setOrders((live) => new Map([...found, ...live]));
      setLoading(false);
    };
    load().catch((caught: unknown) => {
      if (controller.signal.aborted) return;
      setError(caught instanceof Error ? caught : new Error(String(caught)));
      setLoading(false);
    });
    return () => controller.abort();
  }, [api, generation]);

  const apply = useCallback((activity: OrderActivitySubscription['orderActivity']) => {
    setOrders((previous) => {
      const next = new Map(previous);
      const known = next.get(activity.order.id);
      if (known) next.set(known.id, { ...known, status: activity.order.status, allocations: activity.order.allocations ?? known.allocations });
      else if (Date.parse(activity.order.placedAt) >= startOfToday().getTime()) next.set(activity.order.id, activity.order);
      return next;
    });
  }, []);

  return { orders: [...orders.values()], loading, error, truncated, apply, refetch: () => setGeneration((value) => value + 1) };
}

export function Dashboard() {
  const today = useTodaysOrders();
  const queues = useQuery(DASHBOARD_QUEUES, {});
  const [now, setNow] = useState(() => Date.now());
  const [lastEvent, setLastEvent] = useState<string | undefined>();
  const live = useSubscription(ORDER_ACTIVITY, {}, ({ orderActivity }) => {
    today.apply(orderActivity);
    setLastEvent(`${orderActivity.order.number} ${orderActivity.kind === 'PLACED' ? 'placed' : `→ ${humanize(orderActivity.to)}`}`);
    // Holds and shipments change with order statuses: refresh the queues too.
    if (orderActivity.kind === 'STATUS_CHANGED') queues.refetch();
  });

  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);

  const perMinute = useMemo(() => {
    const end = Math.floor(now / 60_000);
    const buckets: Datum[] = [];
    for (let minute = end - MINUTES_SHOWN + 1; minute <= end; minute += 1) {
      buckets.push({ label: new Date(minute * 60_000).toTimeString().slice(0, 5), value: 0 });
    }
    for (const order of today.orders) {
      const index = Math.floor(Date.parse(order.placedAt) / 60_000) - (end - MINUTES_SHOWN + 1);
      const bucket = buckets[index];
      if (bucket) bucket.value += 1;
    }
    return buckets;
  }, [today.orders, now]);

  const revenue = today.orders.filter((order) => order.status !== 'CANCELLED').reduce((sum, order) => sum + order.total.amount, 0);
  const currency = today.orders[0]?.total.currency ?? 'EUR';
  const sources = useMemo(() => {
    const units = new Map<string, number>();
    const byType = new Map<string, number>();
    for (const order of today.orders) {
      for (const allocation of order.allocations ?? []) {
        units.set(allocation.location.name, (units.get(allocation.location.name) ?? 0) + allocation.quantity);
        byType.set(allocation.location.type, (byType.get(allocation.location.type) ?? 0) + allocation.quantity);
      }
    }
    return {
      top: [...units.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([label, value]) => ({ label, value })),
      byType: [...byType.entries()].map(([label, value]) => ({ label: humanize(label), value })),
    };
  }, [today.orders]);

  const late = (queues.data?.openFulfillment.edges ?? []).filter(({ node }) => now - Date.parse(node.createdAt) > SHIPPING_SLA_HOURS * 3_600_000);
  const stockOuts = (queues.data?.skus.edges ?? []).filter(({ node }) => node.availableToSell === 0);
  const onHold = queues.data?.onHold.edges ?? [];

  return (
    <div>
      <div className="spread">
        <h1>Dashboard</h1>
        <div className="row" style={{ alignItems: 'center' }}>
          <LiveIndicator status={live.status} error={live.error} />
          {lastEvent ? <span className="muted">Latest: {lastEvent}</span> : null}
        </div>
      </div>
      <ErrorMessage error={today.error} onRetry={today.refetch} title="Could not load today’s orders" />
      <ErrorMessage error={queues.error} onRetry={queues.refetch} title="Could not load queues" />
      <div className="grid" style={{ marginBottom: '1rem' }}>
        <section className="panel" aria-labelledby="kpi-orders">
          <div className="kpi-label" id="kpi-orders">Orders today</div>
          <div className="kpi" data-testid="orders-today">{today.loading ? '…' : today.orders.length}</div>
          {today.truncated ? <div className="muted">first {MAX_PAGES * 100} shown</div> : null}
        </section>
        <section className="panel" aria-labelledby="kpi-revenue">
          <div className="kpi-label" id="kpi-revenue">Revenue today</div>
          <div className="kpi">{today.loading ? '…' : formatMoney({ amount: revenue, currency })}</div>
        </section>
        <section className="panel" aria-labelledby="kpi-hold">
          <div className="kpi-label" id="kpi-hold">On hold</div>
          <div className="kpi">{queues.loading && !queues.data ? '…' : `${onHold.length}${queues.data?.onHold.pageInfo.hasNextPage ? '+' : ''}`}</div>
        </section>
        <section className="panel" aria-labelledby="kpi-late">
          <div className="kpi-label" id="kpi-late">Late shipments (over {SHIPPING_SLA_HOURS} h)</div>
          <div className="kpi">{queues.loading && !queues.data ? '…' : late.length}</div>
        </section>
        <section className="panel" aria-labelledby="kpi-stockouts">
          <div className="kpi-label" id="kpi-stockouts">Stock-outs</div>
          <div className="kpi">{queues.loading && !queues.data ? '…' : stockOuts.length}</div>
        </section>
      </div>
      <section className="panel" aria-labelledby="per-minute">
        <h2 id="per-minute">Orders per minute (last hour)</h2>
        {today.loading ? <Loading what="orders" /> : <ColumnChart title="Orders per minute" data={perMinute} />}
      </section>
      <div className="grid-2">
        <section className="panel" aria-labelledby="by-status">
          <h2 id="by-status">Today by status</h2>
          {today.loading ? <Loading what="orders" /> : today.orders.length === 0 ? <p className="muted">No orders yet today.</p> : <BarChart title="Orders today by status" data={countBy(today.orders, (order) => order.status)} />}
        </section>
        <section className="panel" aria-labelledby="by-channel">
          <h2 id="by-channel">Today by channel</h2>
          {today.loading ? <Loading what="orders" /> : today.orders.length === 0 ? <p className="muted">No orders yet today.</p> : <BarChart title="Orders today by channel" data={countBy(today.orders, (order) => order.channel)} />}
        </section>
        <section className="panel" aria-labelledby="sources">
          <h2 id="sources">Top sources today (units)</h2>
          {sources.top.length === 0 ? <p className="muted">Nothing allocated yet today.</p> : (
            <>
              <BarChart title="Units by location type" data={sources.byType} />
              <BarChart title="Units by location" data={sources.top} />
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="attention">
          <h2 id="attention">Needs attention</h2>
          {queues.loading && !queues.data ? <Loading what="queues" /> : (
            <div className="stack">
              <div>
                <h3>On hold</h3>
                {onHold.length === 0 ? <p className="muted">No order is on hold.</p> : (
                  <ul>{onHold.slice(0, 8).map(({ node }) => <li key={node.id}><Link to={`/orders/${node.id}`}>{node.number}</Link> · {humanize(node.channel)}</li>)}</ul>
                )}
              </div>
              <div>
                <h3>Late shipments</h3>
                {late.length === 0 ? <p className="muted">Every shipment is within {SHIPPING_SLA_HOURS} h.</p> : (
                  <ul>{late.slice(0, 8).map(({ node }) => <li key={node.id}>{node.orderNumber} · {node.location.name} · {humanize(node.status)}</li>)}</ul>
                )}
              </div>
              <div>
                <h3>Stock-outs</h3>
                {stockOuts.length === 0 ? <p className="muted">No SKU is out of stock.</p> : (
                  <ul>{stockOuts.slice(0, 8).map(({ node }) => <li key={node.code}>{node.code} · {node.name}</li>)}</ul>
                )}
              </div>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
