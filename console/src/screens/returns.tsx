// A return's detail and its lifecycle, as care agents and store associates work it: approve or
// reject, goods in transit, received at a location, inspected line by line, refunded; or exchanged
// for other goods. Every step is confirmed and answered by the API's updated return.
import { useEffect, useState, type ReactNode } from 'react';
import type { RefundMethod, ReturnDetailFragment, ReturnDisposition } from '../__generated__/graphql.ts';
import {
  APPROVE_RETURN,
  CREATE_EXCHANGE,
  CUSTOMER_RETURNS,
  INSPECT_RETURN,
  MARK_RETURN_IN_TRANSIT,
  ORDER_RETURNS,
  RECEIVE_RETURN,
  REFUND_RETURN,
  REJECT_RETURN,
  RETURN_LOCATIONS,
} from '../api/operations.ts';
import { useSession } from '../session.tsx';
import { useMutation, useQuery, type MutationState } from '../ui/api-hooks.tsx';
import { ConfirmDialog, DateTime, ErrorMessage, formatMoney, humanize, Loading, Notice, StatusBadge, TableScroll } from '../ui/components.tsx';
import { Link } from '../ui/router.tsx';

type Return = ReturnDetailFragment;
type Action = 'approve' | 'reject' | 'transit' | 'receive' | 'inspect' | 'refund' | 'exchange';

const DISPOSITIONS: readonly ReturnDisposition[] = ['RESTOCK', 'REFURBISH', 'DISPOSE'];
/** Mirrors the API's transitions table: what each status allows next. */
const NEXT: Readonly<Record<string, readonly Action[]>> = {
  REQUESTED: ['approve', 'reject'],
  APPROVED: ['transit', 'receive'],
  IN_TRANSIT: ['receive'],
  RECEIVED: ['inspect'],
  INSPECTED: ['refund'],
};
/** A return may be exchanged once approved and until it is settled (one exchange per return). */
const EXCHANGEABLE = new Set(['APPROVED', 'IN_TRANSIT', 'RECEIVED', 'INSPECTED']);
const ACTION_LABELS: Readonly<Record<Action, string>> = {
  approve: 'Approve',
  reject: 'Reject',
  transit: 'Mark in transit',
  receive: 'Receive',
  inspect: 'Inspect',
  refund: 'Refund',
  exchange: 'Exchange',
};

const SETTLEMENTS: Readonly<Record<string, string>> = {
  NONE: 'same value, nothing to settle',
  CHARGED: 'charged to the customer',
  DUE: 'owed by the customer',
  REFUND_WITH_RETURN: 'refunded with the return',
};

/** The returns of an order or of a customer, each with its actions. */
export function ReturnsPanel({ orderId, customerId, onChanged, refreshKey = 0, heading = 'Returns' }: {
  orderId?: string;
  customerId?: string;
  onChanged?(): void;
  /** Changed by the parent when it knows the returns changed (e.g. a return was just started). */
  refreshKey?: number;
  heading?: string;
}) {
  const byOrder = useQuery(ORDER_RETURNS, { id: orderId ?? '' }, { skip: !orderId });
  const byCustomer = useQuery(CUSTOMER_RETURNS, { id: customerId ?? '' }, { skip: !customerId });
  const query = orderId ? byOrder : byCustomer;
  const { refetch } = query;
  useEffect(() => {
    if (refreshKey > 0) refetch();
  }, [refreshKey, refetch]);
  const returns: readonly Return[] = orderId ? (byOrder.data?.order?.returns ?? []) : (byCustomer.data?.customer?.returns?.edges.map(({ node }) => node) ?? []);
  const refresh = () => {
    query.refetch();
    onChanged?.();
  };
  if (query.loading && !query.data) return <Loading what="returns" />;
  if (!query.error && returns.length === 0) return null;
  return (
    <section className="panel stack" aria-labelledby="returns-heading" data-testid="returns">
      <h2 id="returns-heading">{heading}</h2>
      <ErrorMessage error={query.error} onRetry={query.refetch} title="Could not load the returns" />
      {returns.map((item) => <ReturnCard key={item.id} item={item} showOrder={!orderId} onChanged={refresh} />)}
    </section>
  );
}

function ReturnCard({ item, showOrder, onChanged }: { item: Return; showOrder: boolean; onChanged(): void }) {
  const [action, setAction] = useState<Action | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const actions = [...(NEXT[item.status] ?? []), ...(EXCHANGEABLE.has(item.status) && !item.exchange ? (['exchange'] as const) : [])];
  const finish = (message: string) => {
    setAction(undefined);
    setDone(message);
    onChanged();
  };
  return (
    <article className="card" aria-labelledby={`return-${item.id}`} data-testid={`return-${item.number}`}>
      <div className="spread">
        <h3 id={`return-${item.id}`} style={{ margin: 0 }}>
          Return {item.number} <StatusBadge status={item.status} />
        </h3>
        <span className="muted">
          {formatMoney(item.value)} · asked <DateTime value={item.createdAt} /> through {humanize(item.channel).toLowerCase()}
          {showOrder ? <> · order <Link to={`/orders/${item.order.id}`}>{item.order.number}</Link></> : null}
        </span>
      </div>
      {done ? <Notice>{done}</Notice> : null}
      <TableScroll label={`Lines of return ${item.number}`}>
        <table>
          <thead>
            <tr><th>SKU</th><th className="num">Qty</th><th className="num">Received</th><th>Reason</th><th>Condition</th><th>Disposition</th><th className="num">Value</th></tr>
          </thead>
          <tbody>
            {item.lines.map((line) => (
              <tr key={line.id}>
                <td>{line.sku ? `${line.sku.code} · ${line.sku.name}` : `line ${line.orderLine.lineNumber}`}</td>
                <td className="num">{line.quantity}</td>
                <td className="num">{line.receivedQuantity}</td>
                <td>{humanize(line.reasonCode)}</td>
                <td>{humanize(line.condition)}</td>
                <td>{line.disposition ? humanize(line.disposition) : '—'}</td>
                <td className="num">{formatMoney(line.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ReturnFacts item={item} />
      {actions.length > 0 ? (
        <div className="nav-buttons" role="group" aria-label={`Actions on return ${item.number}`}>
          {actions.map((next) => (
            <button key={next} type="button" className={next === 'reject' ? 'danger' : next === 'exchange' ? 'secondary' : ''} onClick={() => { setDone(undefined); setAction(next); }}>
              {ACTION_LABELS[next]}…
            </button>
          ))}
        </div>
      ) : null}
      {action === 'approve' ? <ApproveDialog item={item} onDone={finish} onCancel={() => setAction(undefined)} /> : null}
      {action === 'reject' ? <RejectDialog item={item} onDone={finish} onCancel={() => setAction(undefined)} /> : null}
      {action === 'transit' ? <TransitDialog item={item} onDone={finish} onCancel={() => setAction(undefined)} /> : null}
      {action === 'receive' ? <ReceiveDialog item={item} onDone={finish} onCancel={() => setAction(undefined)} /> : null}
      {action === 'inspect' ? <InspectDialog item={item} onDone={finish} onCancel={() => setAction(undefined)} /> : null}
      {action === 'refund' ? <RefundDialog item={item} onDone={finish} onCancel={() => setAction(undefined)} /> : null}
      {action === 'exchange' ? <ExchangeDialog item={item} onDone={finish} onCancel={() => setAction(undefined)} /> : null}
    </article>
  );
}

/** What happened to the return so far, in the order it happens. */
function ReturnFacts({ item }: { item: Return }) {
  const facts: ReactNode[] = [];
  facts.push(<>Checked against <Link to="/return-policy">return policy</Link> v{item.policyVersion}{item.requiresApproval ? '; its value needed approval' : ''}.</>);
  if (item.rejectionReason) facts.push(<>Rejected: {item.rejectionReason}</>);
  if (item.trackingNumber) facts.push(<>On its way back with {item.carrier}, tracking {item.trackingNumber}.</>);
  if (item.receivedAt) facts.push(<>Received at {item.receivedLocation?.name ?? 'a location'} <DateTime value={item.receivedAt} />.</>);
  if (item.inspectedAt) facts.push(<>Inspected <DateTime value={item.inspectedAt} />.</>);
  if (item.refund) {
    facts.push(
      <>
        Refunded {formatMoney(item.refund.amount)} to {item.refund.method === 'STORE_CREDIT' ? 'store credit' : 'the original payment'} <StatusBadge status={item.refund.status} /> <DateTime value={item.refund.at} />
        {item.refund.providerReference ? ` (${item.refund.providerReference})` : ''}.
      </>,
    );
  }
  const exchange = item.exchange;
  if (exchange) {
    const difference = exchange.priceDifference;
    facts.push(
      <span data-testid="exchange">
        Exchanged: replacement {exchange.replacementOrder ? <Link to={`/orders/${exchange.replacementOrder.id}`}>{exchange.replacementOrder.number}</Link> : 'order not placed'} <StatusBadge status={exchange.status} />; credit {formatMoney(exchange.credit)}, used {formatMoney(exchange.creditUsed)}
        {difference ? `; price difference ${difference.amount > 0 ? '+' : ''}${formatMoney(difference)}` : ''} — {SETTLEMENTS[exchange.settlement] ?? humanize(exchange.settlement)}
        {exchange.amountDue.amount > 0 ? ` (${formatMoney(exchange.amountDue)} due)` : ''}.
      </span>,
    );
  }
  return (
    <ul className="facts">
      {facts.map((fact, index) => <li key={index}>{fact}</li>)}
    </ul>
  );
}

interface StepProps {
  item: Return;
  onDone(message: string): void;
  onCancel(): void;
}

/** One lifecycle step: a dialog that stays open with the API's error (and its code) until it works or is cancelled. */
function StepDialog<T, V>({ title, confirmLabel, danger, mutation, variables, confirmDisabled, onDone, message, onCancel, children }: {
  title: string;
  confirmLabel: string;
  danger?: boolean;
  mutation: MutationState<T, V>;
  variables: V;
  confirmDisabled?: boolean;
  message(result: T): string;
  onDone(message: string): void;
  onCancel(): void;
  children?: ReactNode;
}) {
  const confirm = async () => {
    const result = await mutation.run(variables);
    if (result) onDone(message(result));
  };
  return (
    <ConfirmDialog open title={title} confirmLabel={confirmLabel} danger={danger ?? false} busy={mutation.running} confirmDisabled={confirmDisabled ?? false} onConfirm={() => void confirm()} onCancel={onCancel}>
      {children}
      <ErrorMessage error={mutation.error} title="The OMS refused" />
    </ConfirmDialog>
  );
}

function ApproveDialog({ item, onDone, onCancel }: StepProps) {
  const approve = useMutation(APPROVE_RETURN);
  return (
    <StepDialog title={`Approve return ${item.number}?`} confirmLabel="Approve" mutation={approve} variables={{ returnId: item.id }} onDone={onDone} onCancel={onCancel} message={(result) => `Return ${result.approveReturn.number} approved: the customer gets the send-back instructions.`}>
      <p>{formatMoney(item.value)} of goods may come back.</p>
    </StepDialog>
  );
}

function RejectDialog({ item, onDone, onCancel }: StepProps) {
  const reject = useMutation(REJECT_RETURN);
  const [reason, setReason] = useState('');
  return (
    <StepDialog title={`Reject return ${item.number}?`} confirmLabel="Reject" danger mutation={reject} variables={{ returnId: item.id, reason: reason.trim() }} confirmDisabled={reason.trim() === ''} onDone={onDone} onCancel={onCancel} message={(result) => `Return ${result.rejectReturn.number} rejected.`}>
      <label>
        Reason given to the customer
        <input value={reason} onChange={(event) => setReason(event.target.value)} required placeholder="Outside the return window" />
      </label>
    </StepDialog>
  );
}

function TransitDialog({ item, onDone, onCancel }: StepProps) {
  const transit = useMutation(MARK_RETURN_IN_TRANSIT);
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const ownCarrier = carrier.trim() !== '' || tracking.trim() !== '';
  return (
    <StepDialog
      title={`Return ${item.number} on its way back?`}
      confirmLabel={ownCarrier ? 'Mark in transit' : 'Issue a return label'}
      mutation={transit}
      variables={{ input: { returnId: item.id, ...(ownCarrier ? { carrier: carrier.trim(), trackingNumber: tracking.trim() } : {}) } }}
      confirmDisabled={ownCarrier && (carrier.trim() === '' || tracking.trim() === '')}
      onDone={onDone}
      onCancel={onCancel}
      message={(result) => `Return ${result.markReturnInTransit.number} in transit with ${result.markReturnInTransit.carrier ?? ''} (${result.markReturnInTransit.trackingNumber ?? ''}).`}
    >
      <p className="muted">Leave both empty to issue the OMS’s prepaid return label (a tracking number is generated).</p>
      <label>
        Customer’s carrier
        <input value={carrier} onChange={(event) => setCarrier(event.target.value)} placeholder="Colissimo" />
      </label>
      <label>
        Tracking number
        <input value={tracking} onChange={(event) => setTracking(event.target.value)} />
      </label>
    </StepDialog>
  );
}

function ReceiveDialog({ item, onDone, onCancel }: StepProps) {
  const { session } = useSession();
  const receive = useMutation(RECEIVE_RETURN);
  // A store associate receives at their own store; others choose any active warehouse or store.
  const ownStore = session.viewer.storeId ?? session.staff.storeId;
  const locations = useQuery(RETURN_LOCATIONS, {});
  const choices = (locations.data?.locations ?? []).filter((location) => location.active && location.type !== 'DROPSHIP_VENDOR' && (!ownStore || location.id === ownStore));
  const [locationId, setLocationId] = useState(ownStore ?? '');
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const lines = item.lines.map((line) => ({ returnLineId: line.id, quantity: Number(quantities[line.id] ?? line.quantity) }));
  const nothing = lines.every((line) => line.quantity === 0);
  return (
    <StepDialog
      title={`Receive return ${item.number}`}
      confirmLabel="Receive"
      mutation={receive}
      variables={{ input: { returnId: item.id, locationId, lines } }}
      confirmDisabled={!locationId || nothing}
      onDone={onDone}
      onCancel={onCancel}
      message={(result) => `Return ${result.receiveReturn.number} received at ${result.receiveReturn.receivedLocation?.name ?? 'the location'}.`}
    >
      {locations.loading && !locations.data ? <Loading what="locations" /> : null}
      <ErrorMessage error={locations.error} onRetry={locations.refetch} title="Could not load the locations" />
      <label>
        Received at
        <select value={locationId} onChange={(event) => setLocationId(event.target.value)} disabled={Boolean(ownStore)} required>
          {ownStore ? null : <option value="">Choose a location</option>}
          {choices.map((location) => <option key={location.id} value={location.id}>{location.name} ({humanize(location.type).toLowerCase()})</option>)}
        </select>
      </label>
      {item.lines.map((line) => (
        <label key={line.id}>
          Units of {line.sku?.code ?? `line ${line.orderLine.lineNumber}`} that arrived (of {line.quantity})
          <input type="number" min="0" max={line.quantity} value={quantities[line.id] ?? String(line.quantity)} onChange={(event) => setQuantities((previous) => ({ ...previous, [line.id]: event.target.value }))} />
        </label>
      ))}
    </StepDialog>
  );
}

function InspectDialog({ item, onDone, onCancel }: StepProps) {
  const inspect = useMutation(INSPECT_RETURN);
  const received = item.lines.filter((line) => line.receivedQuantity > 0);
  const [dispositions, setDispositions] = useState<Record<string, ReturnDisposition>>({});
  return (
    <StepDialog
      title={`Inspect return ${item.number}`}
      confirmLabel="Record inspection"
      mutation={inspect}
      variables={{ input: { returnId: item.id, lines: received.map((line) => ({ returnLineId: line.id, disposition: dispositions[line.id] ?? 'RESTOCK' })) } }}
      onDone={onDone}
      onCancel={onCancel}
      message={(result) => `Return ${result.inspectReturn.number} inspected.`}
    >
      <p className="muted">Restocked units become sellable where they were received; refurbished and disposed units are kept as non-sellable stock.</p>
      {received.map((line) => (
        <label key={line.id}>
          {line.receivedQuantity} × {line.sku?.code ?? `line ${line.orderLine.lineNumber}`} ({humanize(line.condition).toLowerCase()})
          <select value={dispositions[line.id] ?? 'RESTOCK'} onChange={(event) => setDispositions((previous) => ({ ...previous, [line.id]: event.target.value as ReturnDisposition }))}>
            {DISPOSITIONS.map((value) => <option key={value} value={value}>{humanize(value)}</option>)}
          </select>
        </label>
      ))}
    </StepDialog>
  );
}

function RefundDialog({ item, onDone, onCancel }: StepProps) {
  const refund = useMutation(REFUND_RETURN);
  const [method, setMethod] = useState<RefundMethod>('ORIGINAL_PAYMENT');
  // What the received units are worth; the API deducts any exchange credit already used.
  const receivedValue = item.lines.reduce((sum, line) => sum + Math.round((line.value.amount * line.receivedQuantity) / Math.max(1, line.quantity)), 0);
  return (
    <StepDialog
      title={`Refund return ${item.number}?`}
      confirmLabel="Refund"
      mutation={refund}
      variables={{ input: { returnId: item.id, method } }}
      onDone={onDone}
      onCancel={onCancel}
      message={(result) => (result.refundReturn.refund ? `Refunded ${formatMoney(result.refundReturn.refund.amount)} to ${result.refundReturn.refund.method === 'STORE_CREDIT' ? 'store credit' : 'the original payment'}.` : `Return ${result.refundReturn.number} closed: nothing was left to refund.`)}
    >
      <p>Received goods worth {formatMoney({ amount: receivedValue, currency: item.value.currency })}{item.exchange ? ', less the exchange credit used' : ''}.</p>
      <fieldset>
        <legend>Refund to</legend>
        <label className="inline">
          <input type="radio" name={`refund-${item.id}`} checked={method === 'ORIGINAL_PAYMENT'} onChange={() => setMethod('ORIGINAL_PAYMENT')} />
          The original payment
        </label>
        <label className="inline">
          <input type="radio" name={`refund-${item.id}`} checked={method === 'STORE_CREDIT'} onChange={() => setMethod('STORE_CREDIT')} />
          Store credit
        </label>
      </fieldset>
    </StepDialog>
  );
}

function ExchangeDialog({ item, onDone, onCancel }: StepProps) {
  const exchange = useMutation(CREATE_EXCHANGE);
  const [skus, setSkus] = useState<Record<string, string>>({});
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [paymentToken, setPaymentToken] = useState('');
  const [refused, setRefused] = useState<string | undefined>();
  const replacements = item.lines.map((line) => ({ orderLineId: line.orderLine.id, sku: (skus[line.id] ?? line.sku?.code ?? '').trim().toUpperCase(), quantity: Number(quantities[line.id] ?? line.quantity) }));
  const confirm = async () => {
    setRefused(undefined);
    const result = await exchange.run({ input: { returnId: item.id, replacements, ...(paymentToken.trim() ? { payment: { token: paymentToken.trim() } } : {}) } });
    if (!result) return;
    const outcome = result.createExchange;
    if (outcome.__typename === 'Exchange') {
      const difference = outcome.priceDifference;
      onDone(
        `Exchange created: replacement order ${outcome.replacementOrder?.number ?? '(not placed)'}; price difference ${difference ? formatMoney(difference) : '—'}, ${SETTLEMENTS[outcome.settlement] ?? humanize(outcome.settlement)}${outcome.amountDue.amount > 0 ? ` (${formatMoney(outcome.amountDue)} due)` : ''}.`,
      );
    } else if (outcome.__typename === 'OutOfStock') {
      setRefused(`Not enough stock for the replacement: ${outcome.lines.map((line) => `${line.sku} (${line.available} of ${line.requested})`).join(', ')}.`);
    } else {
      setRefused(`The return policy refuses it: ${outcome.refusals.map((refusal) => `${refusal.sku}: ${refusal.message}`).join('; ')}.`);
    }
  };
  return (
    <ConfirmDialog open title={`Exchange return ${item.number}`} confirmLabel="Create exchange" busy={exchange.running} confirmDisabled={replacements.some((line) => !line.sku || !(line.quantity > 0))} onConfirm={() => void confirm()} onCancel={onCancel}>
      <p className="muted">A replacement order is placed in the original channel and paid with the returned goods’ value ({formatMoney(item.value)}). A dearer replacement is charged with the token below, or recorded as due; a cheaper one’s difference is refunded with the return.</p>
      {item.lines.map((line) => (
        <div className="row" key={line.id}>
          <label>
            Replacement SKU for {line.sku?.code ?? `line ${line.orderLine.lineNumber}`}
            <input value={skus[line.id] ?? line.sku?.code ?? ''} onChange={(event) => setSkus((previous) => ({ ...previous, [line.id]: event.target.value }))} required />
          </label>
          <label>
            Quantity
            <input type="number" min="1" value={quantities[line.id] ?? String(line.quantity)} onChange={(event) => setQuantities((previous) => ({ ...previous, [line.id]: event.target.value }))} />
          </label>
        </div>
      ))}
      <label>
        Payment token for a price difference (optional)
        <input value={paymentToken} onChange={(event) => setPaymentToken(event.target.value)} placeholder="tok_visa" />
      </label>
      {refused ? <div className="alert" role="alert">{refused}</div> : null}
      <ErrorMessage error={exchange.error} title="The OMS refused" />
    </ConfirmDialog>
  );
}
