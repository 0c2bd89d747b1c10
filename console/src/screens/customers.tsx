import { useState, type FormEvent, type ReactNode } from 'react';
import type { AppeasementMethod, CaseStatus, Customer360Query, InteractionChannel, ReturnItemCondition, ReturnReasonCode } from '../__generated__/graphql.ts';
import { CUSTOMER_360, CUSTOMERS, GRANT_APPEASEMENT, LINK_INTERACTION_TO_CASE, LOG_INTERACTION, REQUEST_RETURN } from '../api/operations.ts';
import { useSession } from '../session.tsx';
import { Cases, useCustomerCases } from './cases.tsx';
import { CustomerPrivacy } from './customer-privacy.tsx';
import { Notifications } from './notifications.tsx';
import { ReturnsPanel } from './returns.tsx';
import { useMutation, useQuery } from '../ui/api-hooks.tsx';
import { ConfirmDialog, DateTime, ErrorMessage, formatDateTime, formatMoney, humanize, Loading, Notice, StatusBadge, TableScroll } from '../ui/components.tsx';
import { PageButtons, useCursorPages } from '../ui/paging.tsx';
import { Link, useRouter } from '../ui/router.tsx';

type Customer = NonNullable<Customer360Query['customer']>;
type CustomerOrder = NonNullable<Customer['orders']>['edges'][number]['node'];
type CustomerInteraction = Customer['interactions']['edges'][number]['node'];
type CaseChoice = { id: string; subject: string; status: CaseStatus };

const REASONS: readonly ReturnReasonCode[] = ['DAMAGED', 'DEFECTIVE', 'WRONG_ITEM', 'WRONG_SIZE', 'NOT_AS_DESCRIBED', 'CHANGED_MIND', 'ARRIVED_LATE', 'OTHER'];
const CONDITIONS: readonly ReturnItemCondition[] = ['NEW_UNOPENED', 'OPENED', 'USED', 'DAMAGED'];
const INTERACTION_CHANNELS: readonly InteractionChannel[] = ['CALL', 'EMAIL', 'CHAT', 'STORE_VISIT'];

export function CustomerList() {
  const { search: params, navigate } = useRouter();
  const search = params.get('q') ?? '';
  const [text, setText] = useState(search);
  const pages = useCursorPages();
  const customers = useQuery(CUSTOMERS, { search: search || null, after: pages.after });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    pages.reset();
    navigate(`/customers${text.trim() ? `?q=${encodeURIComponent(text.trim())}` : ''}`);
  };
  return (
    <div>
      <h1>Customers</h1>
      <form className="panel row" role="search" onSubmit={submit}>
        <label>
          Search by name, email or phone
          <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="marie dupont" />
        </label>
        <button type="submit">Search</button>
      </form>
      <ErrorMessage error={customers.error} onRetry={customers.refetch} title="Could not load customers" />
      <div className="panel">
        {customers.loading && !customers.data ? <Loading what="customers" /> : null}
        {customers.data ? (
          customers.data.customers.edges.length === 0 ? <p className="muted">No customer matches.</p> : (
            <TableScroll label="Customers">
              <table>
                <thead><tr><th>Name</th><th>Email</th><th>Phone</th><th>Customer since</th></tr></thead>
                <tbody>
                  {customers.data.customers.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td><Link to={`/customers/${node.id}`}>{node.name}</Link></td>
                      <td>{node.email}</td>
                      <td>{node.phone ?? '—'}</td>
                      <td><DateTime value={node.createdAt} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )
        ) : null}
        <PageButtons pages={pages} pageInfo={customers.data?.customers.pageInfo} />
      </div>
    </div>
  );
}

/** The 360° view: who the customer is, what they bought, where it is, every contact, and care actions. */
export function CustomerDetail({ id }: { id: string }) {
  const { can } = useSession();
  const detail = useQuery(CUSTOMER_360, { id });
  const cases = useCustomerCases(id);
  // Bumped after a care action, so the panels with their own queries read again too.
  const [version, setVersion] = useState(0);
  const changed = () => {
    detail.refetch();
    cases.refetch();
    setVersion((value) => value + 1);
  };
  if (detail.loading && !detail.data) return <Loading what="the customer" />;
  if (detail.error && !detail.data) return <ErrorMessage error={detail.error} onRetry={detail.refetch} title="Could not load the customer" />;
  const customer = detail.data?.customer;
  if (!customer) {
    return (
      <div className="panel">
        <h1>Customer not found</h1>
        <Link to="/customers">Back to customers</Link>
      </div>
    );
  }
  const orders = customer.orders?.edges.map(({ node }) => node) ?? [];
  return (
    <div>
      <p><Link to="/customers">← Customers</Link></p>
      <div className="spread">
        <h1>{customer.name}</h1>
        {can('orders:write') ? <Link to={`/orders/new?customer=${customer.id}`}>New order for {customer.firstName}</Link> : null}
      </div>
      <ErrorMessage error={detail.error} onRetry={detail.refetch} title="Could not refresh" />
      <div className="grid" style={{ marginBottom: '1rem' }}>
        <section className="panel" aria-labelledby="ltv">
          <div className="kpi-label" id="ltv">Lifetime value</div>
          <div className="kpi">{formatMoney(customer.lifetimeValue)}</div>
          <div className="muted">
            {customer.orderCount ?? orders.length} order(s){customer.lastOrderAt ? <> · last <DateTime value={customer.lastOrderAt} /></> : null}
            {customer.returnRate !== null ? ` · return rate ${(customer.returnRate * 100).toFixed(0)} %` : ''}
          </div>
          {customer.storeCreditBalance && customer.storeCreditBalance.amount > 0 ? <div>Store credit {formatMoney(customer.storeCreditBalance)}</div> : null}
        </section>
        <section className="panel" aria-labelledby="profile">
          <h2 id="profile">Profile</h2>
          <div>{customer.email}</div>
          <div>{customer.phone ?? 'No phone'}</div>
          <div className="muted">Customer since <DateTime value={customer.createdAt} /></div>
          {customer.tags.length > 0 ? <div>{customer.tags.map((tag) => <span key={tag} className="badge info" style={{ marginRight: 4 }}>{tag}</span>)}</div> : null}
        </section>
        <section className="panel" aria-labelledby="addresses">
          <h2 id="addresses">Addresses</h2>
          {customer.addresses.length === 0 ? <p className="muted">None.</p> : (
            <ul>
              {customer.addresses.map((address) => (
                <li key={address.id}>
                  {address.label ? <strong>{address.label}: </strong> : null}
                  {address.line1}, {address.postalCode} {address.city}, {address.country}
                  {address.isDefaultShipping ? ' · default shipping' : ''}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <div className="grid-2">
        <Timeline customer={customer} cases={cases.data?.customer?.cases ?? []} canLink={can('customers:write')} onChanged={changed} />
        <div>
          <Cases cases={cases} canWrite={can('customers:write')} customerId={customer.id} onChanged={changed} />
          {can('customers:write') ? <LogInteraction customer={customer} cases={cases.data?.customer?.cases ?? []} onDone={changed} /> : null}
          {can('returns:write') ? <StartReturn orders={orders} onDone={changed} /> : null}
          {can('returns:write') ? <Appeasement orders={orders} onDone={changed} /> : null}
          {can('customers:write') ? <CustomerPrivacy customer={customer} /> : null}
        </div>
      </div>
      <ReturnsPanel customerId={customer.id} onChanged={changed} refreshKey={version} />
      <Notifications customerId={customer.id} refreshKey={version} />
      <section className="panel" aria-labelledby="customer-orders">
        <h2 id="customer-orders">Orders</h2>
        {customer.orders === null ? <p className="alert" role="alert">Orders are unavailable right now (orders service).</p> : orders.length === 0 ? <p className="muted">No orders.</p> : (
          <TableScroll label="Orders of the customer">
            <table>
              <thead><tr><th>Number</th><th>Status</th><th>Channel</th><th>Items</th><th>Placed</th><th className="num">Total</th></tr></thead>
              <tbody>
                {orders.map((order) => (
                  <tr key={order.id}>
                    <td><Link to={`/orders/${order.id}`}>{order.number}</Link></td>
                    <td><StatusBadge status={order.status} /></td>
                    <td>{humanize(order.channel)}</td>
                    <td>{order.lines.map((line) => `${line.quantity} × ${line.sku?.name ?? line.sku?.code ?? '?'}`).join(', ')}</td>
                    <td><DateTime value={order.placedAt} /></td>
                    <td className="num">{formatMoney(order.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section className="panel" aria-labelledby="customer-shipments">
        <h2 id="customer-shipments">Shipments</h2>
        {customer.shipments === null ? <p className="alert" role="alert">Shipments are unavailable right now (fulfillment service).</p> : customer.shipments.length === 0 ? <p className="muted">No shipments.</p> : (
          <ul>
            {customer.shipments.map((shipment) => (
              <li key={shipment.id}>
                {shipment.order ? <Link to={`/orders/${shipment.order.id}`}>{shipment.order.number}</Link> : null} · {shipment.carrier ?? '—'} {shipment.trackingNumber ?? ''} <StatusBadge status={shipment.status} />
                {shipment.deliveredAt ? <> · delivered <DateTime value={shipment.deliveredAt} /></> : shipment.shippedAt ? <> · shipped <DateTime value={shipment.shippedAt} /></> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

interface TimelineEntry {
  at: string;
  key: string;
  title: ReactNode;
  detail?: string;
  action?: ReactNode;
}

/** Orders, returns, shipments and care contacts in one list, newest first; staff who may write put contacts on cases here. */
function Timeline({ customer, cases, canLink, onChanged }: { customer: Customer; cases: readonly CaseChoice[]; canLink: boolean; onChanged(): void }) {
  // A resolved case takes no new contact (the API refuses it): only the open ones are offered.
  const openCases = cases.filter((item) => item.status !== 'RESOLVED');
  const entries: TimelineEntry[] = [
    ...(customer.orders?.edges ?? []).map(({ node }) => ({ at: node.placedAt, key: `o-${node.id}`, title: <>Order <Link to={`/orders/${node.id}`}>{node.number}</Link> placed · {formatMoney(node.total)}</>, detail: `${humanize(node.channel)} · now ${humanize(node.status)}` })),
    ...(customer.returns?.edges ?? []).map(({ node }) => ({
      at: node.createdAt,
      key: `r-${node.id}`,
      title: <>Return {node.number} for <Link to={`/orders/${node.order.id}`}>{node.order.number}</Link> · <StatusBadge status={node.status} /></>,
      detail: `${node.lines.map((line) => `${line.quantity} × ${line.sku?.name ?? line.sku?.code ?? '?'} (${humanize(line.reasonCode)})`).join(', ')} · ${formatMoney(node.value)}`,
    })),
    ...(customer.shipments ?? []).filter((shipment) => shipment.shippedAt).map((shipment) => ({ at: shipment.shippedAt ?? '', key: `s-${shipment.id}`, title: <>Shipment of {shipment.order?.number ?? 'an order'} · <StatusBadge status={shipment.status} /></>, detail: `${shipment.carrier ?? ''} ${shipment.trackingNumber ?? ''}` })),
    ...customer.interactions.edges.map(({ node }) => ({ at: node.at, key: `i-${node.id}`, title: <>{humanize(node.channel)}: {node.reason}</>, detail: [node.case ? `case “${node.case.subject}”` : '', node.outcome, node.notes, node.agent?.name ?? node.agentId, [...node.orders.map((order) => order.number), ...node.returns.map((item) => item.number)].join(', ')].filter(Boolean).join(' · '),
      // Keyed by the current case so the choice starts again from it once the link has changed.
      action: canLink ? <LinkToCase key={`${node.id}-${node.case?.id ?? ''}`} interaction={node} openCases={openCases} onDone={onChanged} /> : undefined,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="panel" aria-labelledby="customer-timeline">
      <h2 id="customer-timeline">Timeline</h2>
      {entries.length === 0 ? <p className="muted">Nothing yet.</p> : (
        <ol className="timeline" data-testid="customer-timeline">
          {entries.map((entry) => (
            <li key={entry.key}>
              <div>{entry.title}</div>
              <div className="muted">{formatDateTime(entry.at)}{entry.detail ? ` · ${entry.detail}` : ''}</div>
              {entry.action}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Puts a logged contact on one of the customer's open cases, moves it to another, or takes it off its case, once confirmed. */
function LinkToCase({ interaction, openCases, onDone }: { interaction: CustomerInteraction; openCases: readonly CaseChoice[]; onDone(): void }) {
  const current = interaction.case;
  const [caseId, setCaseId] = useState(current?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const link = useMutation(LINK_INTERACTION_TO_CASE);
  const target = openCases.find((item) => item.id === caseId);
  const confirm = async () => {
    const result = await link.run({ interactionId: interaction.id, caseId: caseId || null });
    setConfirming(false);
    if (result) onDone();
  };
  return (
    <form className="row" onSubmit={(event) => { event.preventDefault(); link.reset(); setConfirming(true); }}>
      <label>
        Link “{interaction.reason}” to case
        <select value={caseId} onChange={(event) => setCaseId(event.target.value)}>
          <option value="">No case</option>
          {/* The current case stays selectable as the starting point even when it is resolved. */}
          {current && !openCases.some((item) => item.id === current.id) ? <option value={current.id} disabled>{current.subject} (current)</option> : null}
          {openCases.map((item) => <option key={item.id} value={item.id}>{item.subject} ({humanize(item.status).toLowerCase()})</option>)}
        </select>
      </label>
      <button type="submit" className="secondary" disabled={caseId === (current?.id ?? '') || link.running}>{caseId ? 'Link to case…' : 'Unlink…'}</button>
      <ErrorMessage error={link.error} title="Could not link the interaction" />
      <ConfirmDialog
        open={confirming}
        title={target ? `Link this contact to “${target.subject}”?` : `Take this contact off “${current?.subject ?? 'its case'}”?`}
        confirmLabel={target ? 'Link' : 'Unlink'}
        busy={link.running}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{humanize(interaction.channel)}: {interaction.reason} · <DateTime value={interaction.at} /></p>
      </ConfirmDialog>
    </form>
  );
}

function LogInteraction({ customer, cases, onDone }: { customer: Customer; cases: readonly { id: string; subject: string; status: string }[]; onDone(): void }) {
  const [channel, setChannel] = useState<InteractionChannel>('CALL');
  const [caseId, setCaseId] = useState('');
  const [returnId, setReturnId] = useState('');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [notes, setNotes] = useState('');
  const [orderId, setOrderId] = useState('');
  const [done, setDone] = useState(false);
  const log = useMutation(LOG_INTERACTION);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const result = await log.run({ input: { customerId: customer.id, channel, reason, ...(outcome ? { outcome } : {}), ...(notes ? { notes } : {}), ...(orderId ? { orderIds: [orderId] } : {}), ...(returnId ? { returnIds: [returnId] } : {}), ...(caseId ? { caseId } : {}) } });
    if (result) {
      setDone(true);
      setReason('');
      setOutcome('');
      setNotes('');
      onDone();
    }
  };
  return (
    <form className="panel stack" aria-labelledby="log-interaction" onSubmit={(event) => void submit(event)}>
      <h2 id="log-interaction">Log an interaction</h2>
      {done ? <Notice>Interaction logged.</Notice> : null}
      <ErrorMessage error={log.error} title="Could not log the interaction" />
      <div className="row">
        <label>
          Channel
          <select value={channel} onChange={(event) => setChannel(event.target.value as InteractionChannel)}>
            {INTERACTION_CHANNELS.map((value) => <option key={value} value={value}>{humanize(value)}</option>)}
          </select>
        </label>
        <label>
          About order
          <select value={orderId} onChange={(event) => setOrderId(event.target.value)}>
            <option value="">None</option>
            {(customer.orders?.edges ?? []).map(({ node }) => <option key={node.id} value={node.id}>{node.number}</option>)}
          </select>
        </label>
        <label>
          About return
          <select value={returnId} onChange={(event) => setReturnId(event.target.value)}>
            <option value="">None</option>
            {(customer.returns?.edges ?? []).map(({ node }) => <option key={node.id} value={node.id}>{node.number}</option>)}
          </select>
        </label>
        <label>
          On case
          <select value={caseId} onChange={(event) => setCaseId(event.target.value)}>
            <option value="">No case</option>
            {cases.map((item) => <option key={item.id} value={item.id}>{item.subject} ({humanize(item.status).toLowerCase()})</option>)}
          </select>
        </label>
      </div>
      <label>
        Reason
        <input value={reason} onChange={(event) => setReason(event.target.value)} required placeholder="Where is my parcel?" />
      </label>
      <label>
        Outcome
        <input value={outcome} onChange={(event) => setOutcome(event.target.value)} placeholder="Tracking shared" />
      </label>
      <label>
        Notes
        <textarea rows={2} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </label>
      <button type="submit" disabled={log.running}>Log interaction</button>
    </form>
  );
}

function StartReturn({ orders, onDone }: { orders: readonly CustomerOrder[]; onDone(): void }) {
  const returnable = orders.filter((order) => order.lines.some((line) => line.shippedQuantity > 0));
  const [orderId, setOrderId] = useState('');
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [reasonCode, setReasonCode] = useState<ReturnReasonCode>('WRONG_SIZE');
  const [condition, setCondition] = useState<ReturnItemCondition>('NEW_UNOPENED');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const request = useMutation(REQUEST_RETURN);
  const order = returnable.find((candidate) => candidate.id === orderId);
  const lines = (order?.lines ?? []).filter((line) => line.shippedQuantity > 0);
  const chosen = lines.map((line) => ({ line, quantity: Number(quantities[line.id] ?? '0') })).filter((entry) => entry.quantity > 0);

  const confirm = async () => {
    if (!order) return;
    const result = await request.run({
      input: { orderId: order.id, channel: 'CALL_CENTER', lines: chosen.map(({ line, quantity }) => ({ orderLineId: line.id, quantity, reasonCode, condition })) },
    });
    setConfirming(false);
    if (!result) return;
    const outcome = result.requestReturn;
    if (outcome.__typename === 'Return') {
      setMessage({ ok: true, text: `Return ${outcome.number} ${outcome.requiresApproval ? 'requested: it needs approval' : 'approved'}.` });
      setQuantities({});
      onDone();
    } else {
      setMessage({ ok: false, text: `The policy refuses this return: ${outcome.refusals.map((refusal) => `${refusal.sku}: ${refusal.message}`).join('; ')}` });
    }
  };
  return (
    <form className="panel stack" aria-labelledby="start-return" onSubmit={(event) => { event.preventDefault(); setMessage(undefined); setConfirming(true); }}>
      <h2 id="start-return">Start a return</h2>
      {message ? (message.ok ? <Notice>{message.text}</Notice> : <div className="alert" role="alert">{message.text}</div>) : null}
      <ErrorMessage error={request.error} title="Could not start the return" />
      {returnable.length === 0 ? <p className="muted">No shipped order to return.</p> : (
        <>
          <label>
            Order to return from
            <select value={orderId} onChange={(event) => { setOrderId(event.target.value); setQuantities({}); }} required>
              <option value="">Choose an order</option>
              {returnable.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.number}</option>)}
            </select>
          </label>
          {lines.map((line) => (
            <label key={line.id}>
              Return how many of {line.sku?.name ?? line.sku?.code ?? `line ${line.lineNumber}`} (shipped {line.shippedQuantity})
              <input type="number" min="0" max={line.shippedQuantity} value={quantities[line.id] ?? '0'} onChange={(event) => setQuantities((previous) => ({ ...previous, [line.id]: event.target.value }))} />
            </label>
          ))}
          <div className="row">
            <label>
              Return reason
              <select value={reasonCode} onChange={(event) => setReasonCode(event.target.value as ReturnReasonCode)}>
                {REASONS.map((value) => <option key={value} value={value}>{humanize(value)}</option>)}
              </select>
            </label>
            <label>
              Condition
              <select value={condition} onChange={(event) => setCondition(event.target.value as ReturnItemCondition)}>
                {CONDITIONS.map((value) => <option key={value} value={value}>{humanize(value)}</option>)}
              </select>
            </label>
          </div>
          <button type="submit" disabled={!order || chosen.length === 0 || request.running}>Start return…</button>
        </>
      )}
      <ConfirmDialog open={confirming} title={`Start a return of ${order?.number ?? ''}?`} confirmLabel="Start return" busy={request.running} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
        <p>{chosen.map(({ line, quantity }) => `${quantity} × ${line.sku?.name ?? line.sku?.code ?? ''}`).join(', ')} · {humanize(reasonCode)}, {humanize(condition).toLowerCase()}.</p>
      </ConfirmDialog>
    </form>
  );
}

function Appeasement({ orders, onDone }: { orders: readonly CustomerOrder[]; onDone(): void }) {
  const [orderId, setOrderId] = useState('');
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<AppeasementMethod>('STORE_CREDIT');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const grant = useMutation(GRANT_APPEASEMENT);
  const order = orders.find((candidate) => candidate.id === orderId);
  const cents = Math.round(Number(amount) * 100);
  const confirm = async () => {
    const result = await grant.run({ input: { orderId, amount: cents, reason, method, idempotencyKey: crypto.randomUUID() } });
    setConfirming(false);
    if (result) {
      setDone(`${formatMoney(result.grantAppeasement.amount)} granted as ${humanize(result.grantAppeasement.method).toLowerCase()}.`);
      setAmount('');
      setReason('');
      onDone();
    }
  };
  return (
    <form className="panel stack" aria-labelledby="appeasement" onSubmit={(event) => { event.preventDefault(); setDone(undefined); setConfirming(true); }}>
      <h2 id="appeasement">Goodwill gesture</h2>
      {done ? <Notice>{done}</Notice> : null}
      <ErrorMessage error={grant.error} title="Could not grant it" />
      <div className="row">
        <label>
          Order to compensate
          <select value={orderId} onChange={(event) => setOrderId(event.target.value)} required>
            <option value="">Choose an order</option>
            {orders.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.number} · {formatMoney(candidate.total)}</option>)}
          </select>
        </label>
        <label>
          Amount ({order?.total.currency ?? 'EUR'})
          <input type="number" min="0.01" step="0.01" value={amount} onChange={(event) => setAmount(event.target.value)} required />
        </label>
        <label>
          As
          <select value={method} onChange={(event) => setMethod(event.target.value as AppeasementMethod)}>
            <option value="STORE_CREDIT">Store credit</option>
            <option value="REFUND">Refund to the payment</option>
          </select>
        </label>
      </div>
      <label>
        Reason for the gesture
        <input value={reason} onChange={(event) => setReason(event.target.value)} required placeholder="Late delivery" />
      </label>
      <p className="muted">Amounts above your approval limit are refused.</p>
      <button type="submit" disabled={grant.running}>Grant…</button>
      <ConfirmDialog open={confirming} title="Grant a goodwill gesture?" confirmLabel="Grant" busy={grant.running} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
        <p>{formatMoney({ amount: cents, currency: order?.total.currency ?? 'EUR' })} on {order?.number ?? 'the order'} as {humanize(method).toLowerCase()}: {reason}</p>
      </ConfirmDialog>
    </form>
  );
}
