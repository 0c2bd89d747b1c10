import { useState, type FormEvent } from 'react';
import type { OrderFilter, OrderStatus, SalesChannel } from '../__generated__/graphql.ts';
import { ApiError } from '../api/client.ts';
import { ORDER_BY_NUMBER, ORDERS } from '../api/operations.ts';
import { useApi, useQuery } from '../ui/api-hooks.tsx';
import { DateTime, ErrorMessage, formatMoney, humanize, Loading, StatusBadge, TableScroll } from '../ui/components.tsx';
import { useSession } from '../session.tsx';
import { PageButtons, useCursorPages } from '../ui/paging.tsx';
import { Link, useRouter } from '../ui/router.tsx';

export const ORDER_STATUSES: readonly OrderStatus[] = ['CREATED', 'CONFIRMED', 'ON_HOLD', 'BACKORDERED', 'ALLOCATED', 'RELEASED', 'PARTIALLY_SHIPPED', 'SHIPPED', 'DELIVERED', 'CANCELLED'];
export const CHANNELS: readonly SalesChannel[] = ['WEB', 'MOBILE', 'STORE', 'CALL_CENTER', 'MARKETPLACE'];
const PAGE_SIZE = 25;

export function OrderList() {
  const api = useApi();
  const { can } = useSession();
  const { navigate, search } = useRouter();
  const [status, setStatus] = useState(search.get('status') ?? '');
  const [channel, setChannel] = useState(search.get('channel') ?? '');
  const [placedAfter, setPlacedAfter] = useState('');
  const [number, setNumber] = useState('');
  const pages = useCursorPages();
  const [lookupError, setLookupError] = useState<Error | undefined>();
  const [looking, setLooking] = useState(false);

  const filter: OrderFilter = {
    ...(status ? { status: [status as OrderStatus] } : {}),
    ...(channel ? { channel: [channel as SalesChannel] } : {}),
    ...(placedAfter ? { placedAfter: new Date(placedAfter).toISOString() } : {}),
  };
  const orders = useQuery(ORDERS, { first: PAGE_SIZE, after: pages.after, filter });

  const findByNumber = async (event: FormEvent) => {
    event.preventDefault();
    setLookupError(undefined);
    setLooking(true);
    try {
      const { orderByNumber } = await api.request(ORDER_BY_NUMBER, { number: number.trim().toUpperCase() });
      if (orderByNumber) navigate(`/orders/${orderByNumber.id}`);
      else setLookupError(new ApiError(`No order ${number.trim().toUpperCase()}`));
    } catch (caught) {
      setLookupError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      setLooking(false);
    }
  };

  return (
    <div>
      <div className="spread">
        <h1>Orders</h1>
        {can('orders:write') ? <Link to="/orders/new">New order</Link> : null}
      </div>
      <div className="panel stack">
        <form className="row" role="search" onSubmit={(event) => void findByNumber(event)}>
          <label>
            Order number
            <input value={number} onChange={(event) => setNumber(event.target.value)} placeholder="OMS-100042" required />
          </label>
          <button type="submit" disabled={looking}>
            {looking ? 'Finding…' : 'Open'}
          </button>
        </form>
        <ErrorMessage error={lookupError} title="Not found" />
        <div className="row" role="group" aria-label="Filters">
          <label>
            Status
            <select value={status} onChange={(event) => { setStatus(event.target.value); pages.reset(); }}>
              <option value="">Any status</option>
              {ORDER_STATUSES.map((value) => <option key={value} value={value}>{humanize(value)}</option>)}
            </select>
          </label>
          <label>
            Channel
            <select value={channel} onChange={(event) => { setChannel(event.target.value); pages.reset(); }}>
              <option value="">Any channel</option>
              {CHANNELS.map((value) => <option key={value} value={value}>{humanize(value)}</option>)}
            </select>
          </label>
          <label>
            Placed after
            <input type="date" value={placedAfter} onChange={(event) => { setPlacedAfter(event.target.value); pages.reset(); }} />
          </label>
        </div>
      </div>
      <ErrorMessage error={orders.error} onRetry={orders.refetch} title="Could not load orders" />
      <div className="panel">
        {orders.loading && !orders.data ? <Loading what="orders" /> : null}
        {orders.data ? (
          orders.data.orders.edges.length === 0 ? <p className="muted">No order matches these filters.</p> : (
            <TableScroll label="Orders">
              <table>
                <caption className="muted" style={{ textAlign: 'left' }}>{orders.loading ? 'Refreshing…' : `Page ${pages.page}`}</caption>
                <thead>
                  <tr><th>Number</th><th>Status</th><th>Channel</th><th>Customer</th><th>Delivery</th><th>Placed</th><th className="num">Total</th></tr>
                </thead>
                <tbody>
                  {orders.data.orders.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td><Link to={`/orders/${node.id}`}>{node.number}</Link></td>
                      <td><StatusBadge status={node.status} /></td>
                      <td>{humanize(node.channel)}</td>
                      <td>{node.customer?.name ?? node.email}</td>
                      <td>{humanize(node.deliveryMethod)}</td>
                      <td><DateTime value={node.placedAt} /></td>
                      <td className="num">{formatMoney(node.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        ) : null}
        <PageButtons pages={pages} pageInfo={orders.data?.orders.pageInfo} />
      </div>
    </div>
  );
}
