import { useEffect, useState } from 'react';
import type { OrderDetailQuery } from '../__generated__/graphql.ts';
import { ACCEPT_ORDER_ALTERNATIVE, CANCEL_ORDER, EDIT_ORDER, ORDER_DETAIL, ORDER_SALE_ALTERNATIVES, ORDER_STATUS_CHANGED, ORDER_TRACKING, RELEASE_ORDER_HOLD } from '../api/operations.ts';
import { useSession } from '../session.tsx';
import { useMutation, useQuery, useSubscription } from '../ui/api-hooks.tsx';
import { ConfirmDialog, DateTime, ErrorMessage, formatMoney, humanize, LiveIndicator, Loading, Notice, StatusBadge, TableScroll } from '../ui/components.tsx';
import { Link } from '../ui/router.tsx';
import { Notifications } from './notifications.tsx';
import { ReturnsPanel } from './returns.tsx';

type Order = NonNullable<OrderDetailQuery['order']>;
type Decision = NonNullable<Order['sourcingDecision']>;

const CANCELLABLE = new Set(['CREATED', 'CONFIRMED', 'ON_HOLD', 'BACKORDERED', 'ALLOCATED', 'RELEASED']);
/** Before release to fulfillment (the API answers ORDER_NOT_EDITABLE after). */
const EDITABLE = new Set(['CREATED', 'CONFIRMED', 'ON_HOLD', 'BACKORDERED', 'ALLOCATED']);

export function OrderDetail({ id }: { id: string }) {
  const { can } = useSession();
  const detail = useQuery(ORDER_DETAIL, { id });
  const [live, setLive] = useState<Partial<Order>>({});
  // A fresh read of the order supersedes what the feeds said before it (e.g. after a return step).
  useEffect(() => setLive({}), [detail.data]);
  const statusFeed = useSubscription(ORDER_STATUS_CHANGED, { orderId: id }, ({ orderStatusChanged }) => setLive((previous) => ({ ...previous, ...orderStatusChanged })), Boolean(detail.data?.order));
  const trackingFeed = useSubscription(ORDER_TRACKING, { orderId: id }, ({ orderTracking }) => setLive((previous) => ({ ...previous, ...orderTracking })), Boolean(detail.data?.order) && can('fulfillment:read'));

  if (detail.loading && !detail.data) return <Loading what="the order" />;
  if (detail.error && !detail.data) return <ErrorMessage error={detail.error} onRetry={detail.refetch} title="Could not load the order" />;
  const base = detail.data?.order;
  if (!base) {
    return (
      <div className="panel">
        <h1>Order not found</h1>
        <Link to="/orders">Back to orders</Link>
      </div>
    );
  }
  const order: Order = { ...base, ...live };
  return (
    <div>
      <p><Link to="/orders">← Orders</Link></p>
      <div className="spread">
        <h1>
          Order {order.number} <StatusBadge status={order.status} />
        </h1>
        <LiveIndicator status={statusFeed.status === 'live' && (trackingFeed.status === 'live' || trackingFeed.status === 'off') ? 'live' : statusFeed.status === 'error' || trackingFeed.status === 'error' ? 'error' : 'connecting'} error={statusFeed.error ?? trackingFeed.error} />
      </div>
      <ErrorMessage error={detail.error} onRetry={detail.refetch} title="Could not refresh the order" />
      <div className="grid-2">
        <section className="panel" aria-labelledby="summary">
          <h2 id="summary">Summary</h2>
          <dl className="stack">
            <div><dt className="muted">Channel</dt><dd>{humanize(order.channel)}</dd></div>
            <div><dt className="muted">Customer</dt><dd>{order.customer ? <Link to={`/customers/${order.customer.id}`}>{order.customer.name}</Link> : 'Guest'} · {order.email}</dd></div>
            <div><dt className="muted">Delivery</dt><dd>{humanize(order.deliveryMethod)}{order.pickupLocation ? ` at ${order.pickupLocation.name}` : ''}{order.shipTo ? ` to ${order.shipTo.name}, ${order.shipTo.line1}, ${order.shipTo.postalCode} ${order.shipTo.city}, ${order.shipTo.country}` : ''}</dd></div>
            <div><dt className="muted">Placed</dt><dd><DateTime value={order.placedAt} />{order.releasedAt ? <> · released <DateTime value={order.releasedAt} /></> : null}</dd></div>
            <div><dt className="muted">Total</dt><dd>{formatMoney(order.total)} (subtotal {formatMoney(order.subtotal)}, discounts {formatMoney(order.discountTotal)}, shipping {formatMoney(order.shippingTotal)}, tax included {formatMoney(order.taxTotal)})</dd></div>
          </dl>
        </section>
        <section className="panel" aria-labelledby="timeline">
          <h2 id="timeline">Timeline</h2>
          <ol className="timeline" data-testid="order-timeline">
            {order.timeline.map((entry, index) => (
              <li key={`${entry.at}-${index}`}>
                <strong>{entry.from === entry.to ? 'Note' : humanize(entry.to)}</strong> · <DateTime value={entry.at} />
                <div className="muted">{entry.reason ?? (entry.from ? `from ${humanize(entry.from)}` : '')} · {entry.actor}</div>
              </li>
            ))}
          </ol>
        </section>
      </div>
      <Holds order={order} canRelease={can('orders:write')} onChanged={detail.refetch} />
      {can('orders:write') && order.lines.some((line) => line.status === 'OPEN' || line.status === 'BACKORDERED') ? <SaveTheSale order={order} onChanged={detail.refetch} /> : null}
      <Lines order={order} canCancel={can('orders:write') && CANCELLABLE.has(order.status)} onChanged={detail.refetch} />
      {can('orders:write') && EDITABLE.has(order.status) ? <EditOrder order={order} onChanged={detail.refetch} /> : null}
      <Payments order={order} />
      {order.returns.length > 0 ? <ReturnsPanel orderId={order.id} onChanged={detail.refetch} /> : null}
      <Refunds order={order} />
      {can('customers:read') ? <Notifications orderId={order.id} /> : null}
      <SourcingTrace decision={order.sourcingDecision} />
      <Shipments order={order} />
    </div>
  );
}

function Lines({ order, canCancel, onChanged }: { order: Order; canCancel: boolean; onChanged(): void }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const cancel = useMutation(CANCEL_ORDER);
  const open = order.lines.filter((line) => line.status === 'OPEN' || line.status === 'BACKORDERED');
  const toggle = (lineId: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(lineId)) next.delete(lineId);
      else next.add(lineId);
      return next;
    });
  const whole = selected.size === 0 || selected.size === open.length;
  const confirm = async () => {
    const result = await cancel.run({ input: { orderId: order.id, reason, ...(whole ? {} : { lineIds: [...selected] }) } });
    setConfirming(false);
    if (result) {
      setDone(whole ? 'The order was cancelled.' : `${selected.size} line(s) cancelled.`);
      setSelected(new Set());
      setReason('');
      onChanged();
    }
  };
  return (
    <section className="panel" aria-labelledby="lines">
      <h2 id="lines">Lines</h2>
      {done ? <Notice>{done}</Notice> : null}
      <ErrorMessage error={cancel.error} title="Could not cancel" />
      <TableScroll label="Order lines">
        <table>
          <thead>
            <tr>
              {canCancel ? <th scope="col"><span className="sr-only">Select</span></th> : null}
              <th>#</th><th>SKU</th><th>Status</th><th className="num">Qty</th><th className="num">Shipped</th><th className="num">Cancelled</th><th className="num">Unit price</th><th className="num">Discount</th><th className="num">Line total</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                {canCancel ? (
                  <td>
                    {open.includes(line) ? (
                      <input type="checkbox" aria-label={`Select line ${line.lineNumber} (${line.sku?.code ?? ''})`} checked={selected.has(line.id)} onChange={() => toggle(line.id)} />
                    ) : null}
                  </td>
                ) : null}
                <td>{line.lineNumber}</td>
                <td>{line.sku ? `${line.sku.code} · ${line.sku.name}` : '—'}</td>
                <td><StatusBadge status={line.status} /></td>
                <td className="num">{line.quantity}</td>
                <td className="num">{line.shippedQuantity}</td>
                <td className="num">{line.cancelledQuantity}</td>
                <td className="num">{formatMoney(line.unitPrice)}</td>
                <td className="num">{formatMoney(line.discount)}</td>
                <td className="num">{formatMoney(line.lineTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {canCancel && open.length > 0 ? (
        <form className="row" style={{ marginTop: '0.75rem' }} onSubmit={(event) => { event.preventDefault(); setConfirming(true); }}>
          <label>
            Cancellation reason
            <input value={reason} onChange={(event) => setReason(event.target.value)} required minLength={3} placeholder="Customer request" />
          </label>
          <button type="submit" className="danger">
            {whole ? 'Cancel order' : `Cancel ${selected.size} line(s)`}
          </button>
        </form>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={whole ? `Cancel order ${order.number}?` : `Cancel ${selected.size} line(s) of ${order.number}?`}
        confirmLabel={whole ? 'Cancel order' : 'Cancel lines'}
        danger
        busy={cancel.running}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>Stock is released and the payment voided or reduced. This cannot be undone.</p>
        <p>Reason: {reason}</p>
      </ConfirmDialog>
    </section>
  );
}

function Payments({ order }: { order: Order }) {
  return (
    <section className="panel" aria-labelledby="payments">
      <h2 id="payments">Payments</h2>
      {order.payments.length === 0 ? <p className="muted">No payment.</p> : (
        <TableScroll label="Payments">
          <table>
            <thead><tr><th>Provider</th><th>Reference</th><th>Status</th><th className="num">Authorized</th><th className="num">Captured</th><th className="num">Refunded</th><th>Created</th></tr></thead>
            <tbody>
              {order.payments.map((payment) => (
                <tr key={payment.id}>
                  <td>{payment.provider}</td><td>{payment.reference}</td><td><StatusBadge status={payment.status} /></td>
                  <td className="num">{formatMoney(payment.authorized)}</td><td className="num">{formatMoney(payment.captured)}</td><td className="num">{formatMoney(payment.refunded)}</td>
                  <td><DateTime value={payment.createdAt} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** "Why this location": the rules applied and every candidate of each line, chosen first. */
function SourcingTrace({ decision }: { decision: Decision | null | undefined }) {
  return (
    <section className="panel" aria-labelledby="sourcing" data-testid="sourcing-trace">
      <h2 id="sourcing">Sourcing decision</h2>
      {!decision ? <p className="muted">Not sourced yet.</p> : (
        <div className="stack">
          <p>
            Rules <strong>{decision.ruleSetName}</strong> v{decision.version}, split policy {humanize(decision.splitPolicy.kind)}
            {decision.splitPolicy.maxShipments ? ` (at most ${decision.splitPolicy.maxShipments})` : ''}, decided <DateTime value={decision.decidedAt} />
            {decision.fromReservation ? ' — from a cart hold (no ranking)' : ''}.
          </p>
          {decision.lines.map((line) => {
            const chosen = new Set(line.chosen.map((entry) => entry.location.id));
            return (
              <div key={line.lineId}>
                <h3>
                  {line.sku} × {line.quantity} → {line.chosen.map((entry) => `${entry.location.name} (${entry.quantity})`).join(', ') || 'not sourced'}
                </h3>
                <TableScroll label={`Candidates for ${line.sku}`}>
                  <table>
                    <thead><tr><th>Rank</th><th>Location</th><th>Type</th><th className="num">Available</th><th className="num">Distance</th><th>Eliminated by</th></tr></thead>
                    <tbody>
                      {line.candidates.map((candidate) => (
                        <tr key={candidate.location.id} className={chosen.has(candidate.location.id) ? 'chosen' : candidate.eliminatedBy ? 'eliminated' : ''}>
                          <td>{candidate.rank ?? '—'}</td>
                          <td>{candidate.location.name}{chosen.has(candidate.location.id) ? ' ✓ chosen' : ''}</td>
                          <td>{humanize(candidate.location.type)}</td>
                          <td className="num">{candidate.availableToSell}</td>
                          <td className="num">{candidate.distanceKm === null ? '—' : `${candidate.distanceKm.toFixed(0)} km`}</td>
                          <td>{candidate.eliminatedBy ?? ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </div>
            );
          })}
        </div>
      )}
    </section>
  );
}

function Shipments({ order }: { order: Order }) {
  const shipments = order.shipments ?? [];
  const fulfillment = order.fulfillmentOrders ?? [];
  return (
    <section className="panel" aria-labelledby="shipments">
      <h2 id="shipments">Fulfillment and shipments</h2>
      {order.shipments === null ? <p className="alert" role="alert">Shipments are unavailable right now (fulfillment service).</p> : null}
      {fulfillment.length > 0 ? (
        <ul>
          {fulfillment.map((fo) => (
            <li key={fo.id}>
              {fo.location.name}: {humanize(fo.type)} <StatusBadge status={fo.status} />
              {fo.pickupDeadline && fo.status === 'READY_FOR_PICKUP' ? <> · collect before <DateTime value={fo.pickupDeadline} /></> : null}
            </li>
          ))}
        </ul>
      ) : <p className="muted">Not released to fulfillment yet.</p>}
      {shipments.map((shipment) => (
        <div key={shipment.id} className="stack" style={{ marginTop: '0.75rem' }}>
          <h3>
            From {shipment.location?.name ?? 'unknown'} · {shipment.carrier ?? 'carrier not chosen'} {shipment.serviceLevel ?? ''} <StatusBadge status={shipment.status} />
          </h3>
          {shipment.parcels.map((parcel) => (
            <div key={parcel.id}>
              <strong>Parcel {parcel.sequence}</strong> {parcel.trackingNumber ?? ''} <StatusBadge status={parcel.status} />
              {parcel.estimatedDelivery ? <> · expected <DateTime value={parcel.estimatedDelivery} /></> : null}
              {parcel.trackingEvents.length > 0 ? (
                <ol className="timeline" style={{ marginTop: '0.5rem' }}>
                  {parcel.trackingEvents.map((event) => (
                    <li key={event.id}>
                      {humanize(event.status)} · <DateTime value={event.occurredAt} />
                      {event.location ? ` · ${event.location}` : ''}
                      {event.message ? <div className="muted">{event.message}</div> : null}
                    </li>
                  ))}
                </ol>
              ) : null}
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}

/** Why the order is held back from fulfillment, and releasing a hold (with a note, confirmed). */
function Holds({ order, canRelease, onChanged }: { order: Order; canRelease: boolean; onChanged(): void }) {
  const [releasing, setReleasing] = useState<Order['holds'][number] | undefined>();
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | undefined>();
  const release = useMutation(RELEASE_ORDER_HOLD);
  if (order.holds.length === 0) return null;
  const confirm = async () => {
    if (!releasing) return;
    const result = await release.run({ input: { orderId: order.id, holdId: releasing.id, reason: note } });
    setReleasing(undefined);
    if (result) {
      setDone(`Hold released: the order is ${humanize(result.releaseOrderHold.status).toLowerCase()}.`);
      setNote('');
      onChanged();
    }
  };
  return (
    <section className="panel" aria-labelledby="holds">
      <h2 id="holds">Holds</h2>
      {done ? <Notice>{done}</Notice> : null}
      <ErrorMessage error={release.error} title="Could not release the hold" />
      <ul className="stack">
        {order.holds.map((hold) => (
          <li key={hold.id}>
            <strong>{humanize(hold.reason)}</strong>: {hold.detail} · placed <DateTime value={hold.placedAt} /> by {hold.placedBy}
            {hold.releasedAt ? <> · released <DateTime value={hold.releasedAt} /> by {hold.releasedBy}{hold.releaseNote ? ` (${hold.releaseNote})` : ''}</> : null}
            {!hold.releasedAt && canRelease ? (
              <>
                {' '}
                <button type="button" className="secondary" onClick={() => setReleasing(hold)}>Release…</button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <ConfirmDialog open={releasing !== undefined} title={`Release the ${releasing ? humanize(releasing.reason).toLowerCase() : ''} hold?`} confirmLabel="Release hold" busy={release.running} onConfirm={() => void confirm()} onCancel={() => setReleasing(undefined)}>
        <label>
          Why it is safe to release
          <input value={note} onChange={(event) => setNote(event.target.value)} placeholder="Customer verified by phone" />
        </label>
      </ConfirmDialog>
    </section>
  );
}

/** Money given back for the order: returns' refunds and goodwill gestures. */
function Refunds({ order }: { order: Order }) {
  if (order.refunds.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="refunds">
      <h2 id="refunds">Refunds</h2>
      <ul>
        {order.refunds.map((refund) => (
          <li key={refund.id}>{formatMoney(refund.amount)} to {humanize(refund.method).toLowerCase()} <StatusBadge status={refund.status} /> · {refund.reason ?? ''} · <DateTime value={refund.at} /></li>
        ))}
      </ul>
    </section>
  );
}

/** Quantities changed, lines removed or added, re-priced and re-held by the API in one step. */
function EditOrder({ order, onChanged }: { order: Order; onChanged(): void }) {
  const open = order.lines.filter((line) => line.status === 'OPEN' || line.status === 'BACKORDERED');
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [addSku, setAddSku] = useState('');
  const [addQuantity, setAddQuantity] = useState('1');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const edit = useMutation(EDIT_ORDER);
  const changes = open.map((line) => ({ line, quantity: quantities[line.id] === undefined ? line.quantity : Number(quantities[line.id]) })).filter(({ line, quantity }) => quantity !== line.quantity);
  const removed = changes.filter(({ quantity }) => quantity === 0).map(({ line }) => line.id);
  const changed = changes.filter(({ quantity }) => quantity > 0).map(({ line, quantity }) => ({ lineId: line.id, quantity }));
  const added = addSku.trim() ? [{ sku: addSku.trim().toUpperCase(), quantity: Number(addQuantity) }] : [];
  const nothing = removed.length + changed.length + added.length === 0;
  const confirm = async () => {
    const result = await edit.run({
      input: {
        orderId: order.id,
        idempotencyKey: crypto.randomUUID(),
        ...(removed.length ? { removeLineIds: removed } : {}),
        ...(changed.length ? { changeQuantities: changed } : {}),
        ...(added.length ? { addLines: added } : {}),
        ...(reason ? { reason } : {}),
      },
    });
    setConfirming(false);
    if (!result) return;
    const outcome = result.editOrder;
    if (outcome.__typename === 'Order') {
      setMessage({ ok: true, text: `Order changed: new total ${formatMoney(outcome.total)}.` });
      setQuantities({});
      setAddSku('');
      onChanged();
    } else {
      setMessage({ ok: false, text: `Not enough stock, nothing changed: ${outcome.lines.map((line) => `${line.sku} (${line.available} of ${line.requested})`).join(', ')}` });
    }
  };
  return (
    <form className="panel stack" aria-labelledby="edit-order" onSubmit={(event) => { event.preventDefault(); setMessage(undefined); setConfirming(true); }}>
      <h2 id="edit-order">Edit the order</h2>
      <p className="muted">Until the order is released to fulfillment: it is re-priced, re-sourced and its payment adjusted.</p>
      {message ? (message.ok ? <Notice>{message.text}</Notice> : <div className="alert" role="alert">{message.text}</div>) : null}
      <ErrorMessage error={edit.error} title="Could not edit the order" />
      <div className="row">
        {open.map((line) => (
          <label key={line.id}>
            Quantity of {line.sku?.code ?? `line ${line.lineNumber}`} (0 removes it)
            <input type="number" min="0" value={quantities[line.id] ?? String(line.quantity)} onChange={(event) => setQuantities((previous) => ({ ...previous, [line.id]: event.target.value }))} />
          </label>
        ))}
      </div>
      <div className="row">
        <label>
          Add a SKU
          <input value={addSku} onChange={(event) => setAddSku(event.target.value)} placeholder="SCARF-WOOL-GRY" />
        </label>
        <label>
          Quantity
          <input type="number" min="1" value={addQuantity} onChange={(event) => setAddQuantity(event.target.value)} />
        </label>
        <label>
          Reason
          <input value={reason} onChange={(event) => setReason(event.target.value)} placeholder="Customer called" />
        </label>
        <button type="submit" disabled={nothing || edit.running}>Apply changes…</button>
      </div>
      <ConfirmDialog open={confirming} title={`Change order ${order.number}?`} confirmLabel="Apply changes" busy={edit.running} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
        <ul>
          {removed.map((lineId) => <li key={lineId}>Remove {order.lines.find((line) => line.id === lineId)?.sku?.code}</li>)}
          {changed.map((change) => <li key={change.lineId}>{order.lines.find((line) => line.id === change.lineId)?.sku?.code}: quantity {change.quantity}</li>)}
          {added.map((line) => <li key={line.sku}>Add {line.quantity} × {line.sku}</li>)}
        </ul>
      </ConfirmDialog>
    </form>
  );
}

/** Units waiting for stock: the ways the API offers to still deliver them, accepted with a confirmation. */
function SaveTheSale({ order, onChanged }: { order: Order; onChanged(): void }) {
  const alternatives = useQuery(ORDER_SALE_ALTERNATIVES, { id: order.id });
  const accept = useMutation(ACCEPT_ORDER_ALTERNATIVE);
  const [chosen, setChosen] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const list = alternatives.data?.order?.saleAlternatives ?? [];
  const picked = list.find((alternative) => alternative.id === chosen);
  const address = order.shipTo ? { name: order.shipTo.name, line1: order.shipTo.line1, city: order.shipTo.city, postalCode: order.shipTo.postalCode, country: order.shipTo.country, ...(order.shipTo.line2 ? { line2: order.shipTo.line2 } : {}) } : undefined;
  if (list.length === 0 && !alternatives.error && !done) return null;
  const confirm = async () => {
    if (!picked) return;
    const result = await accept.run({ input: { orderId: order.id, alternativeId: picked.id, idempotencyKey: crypto.randomUUID(), ...(picked.requiresAddress && address ? { address } : {}) } });
    setChosen(undefined);
    if (result) {
      setDone(`${picked.description}: accepted, the order is ${humanize(result.acceptOrderAlternative.status).toLowerCase()}.`);
      alternatives.refetch();
      onChanged();
    }
  };
  return (
    <section className="panel" aria-labelledby="save-the-sale">
      <h2 id="save-the-sale">Save the sale</h2>
      {done ? <Notice>{done}</Notice> : null}
      <ErrorMessage error={alternatives.error} onRetry={alternatives.refetch} title="Could not load the alternatives" />
      <ErrorMessage error={accept.error} title="Could not accept the alternative" />
      {list.length > 0 ? <p className="muted">Some units wait for stock. Ways to still deliver them, best first:</p> : null}
      <ol className="stack">
        {list.map((alternative) => (
          <li key={alternative.id}>
            <strong>{alternative.description}</strong> ({humanize(alternative.kind)}{alternative.pickupLocation ? `, ${alternative.pickupLocation.name}` : ''}
            {alternative.distanceKm !== null ? `, ${alternative.distanceKm.toFixed(0)} km` : ''}{alternative.earliestDeliveryDate ? `, delivered from ${alternative.earliestDeliveryDate}` : ''}){' '}
            <button type="button" className="secondary" disabled={alternative.requiresAddress && !address} onClick={() => setChosen(alternative.id)}>Accept…</button>
          </li>
        ))}
      </ol>
      <ConfirmDialog open={picked !== undefined} title="Accept this alternative?" confirmLabel="Accept" busy={accept.running} onConfirm={() => void confirm()} onCancel={() => setChosen(undefined)}>
        <p>{picked?.description}. The order is re-sourced and its payment adjusted; its stock-shortage holds are released.</p>
      </ConfirmDialog>
    </section>
  );
}
