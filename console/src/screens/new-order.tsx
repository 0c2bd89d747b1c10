import { useState, type FormEvent } from 'react';
import type { AddressInput, DeliveryMethod, PlaceOrderInput, PlaceOrderOutcomeFragment } from '../__generated__/graphql.ts';
import { ACCEPT_ALTERNATIVE, CUSTOMER_360, LOCATIONS, PLACE_ORDER } from '../api/operations.ts';
import { useMutation, useQuery } from '../ui/api-hooks.tsx';
import { ConfirmDialog, ErrorMessage, formatDateTime, humanize } from '../ui/components.tsx';
import { Link, useRouter } from '../ui/router.tsx';

type OutOfStock = Extract<PlaceOrderOutcomeFragment, { __typename: 'OutOfStock' }>;
type Alternative = OutOfStock['alternatives'][number];

interface DraftLine {
  key: number;
  sku: string;
  quantity: string;
}

let nextLine = 0;
const newLine = (): DraftLine => ({ key: (nextLine += 1), sku: '', quantity: '1' });

/** An order taken by phone (call center): placed like any channel's, with save-the-sale alternatives when stock is short. */
export function NewOrder() {
  const { search, navigate } = useRouter();
  const customerId = search.get('customer') ?? '';
  const customer = useQuery(CUSTOMER_360, { id: customerId }, { skip: !customerId });
  const stores = useQuery(LOCATIONS, { type: 'STORE' });
  const [email, setEmail] = useState('');
  const [lines, setLines] = useState<DraftLine[]>(() => [newLine()]);
  const [method, setMethod] = useState<DeliveryMethod>('SHIP');
  const [pickupLocationId, setPickupLocationId] = useState('');
  const [address, setAddress] = useState({ name: '', line1: '', city: '', postalCode: '', country: 'FR' });
  const [paymentToken, setPaymentToken] = useState('');
  // One key per attempt: a retry after a network error replays the same order instead of placing two.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [outOfStock, setOutOfStock] = useState<{ result: OutOfStock; input: PlaceOrderInput } | undefined>();
  const [accepting, setAccepting] = useState<Alternative | undefined>();
  const place = useMutation(PLACE_ORDER);
  const accept = useMutation(ACCEPT_ALTERNATIVE);

  const shipTo: AddressInput | undefined = address.name && address.line1 && address.city && address.postalCode ? { ...address } : undefined;
  const input: PlaceOrderInput = {
    idempotencyKey,
    channel: 'CALL_CENTER',
    ...(customerId ? { customerId } : { guestEmail: email }),
    lines: lines.filter((line) => line.sku.trim()).map((line) => ({ sku: line.sku.trim().toUpperCase(), quantity: Number(line.quantity) })),
    delivery: method === 'SHIP' ? { method, ...(shipTo ? { address: shipTo } : {}) } : { method, pickupLocationId },
    payment: { token: paymentToken },
  };

  const outcome = (result: PlaceOrderOutcomeFragment, sent: PlaceOrderInput) => {
    if (result.__typename === 'Order') {
      setIdempotencyKey(crypto.randomUUID());
      navigate(`/orders/${result.id}`);
    } else {
      setOutOfStock({ result, input: sent });
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setOutOfStock(undefined);
    const result = await place.run({ input });
    if (result) outcome(result.placeOrder, input);
  };
  const confirmAlternative = async () => {
    if (!accepting || !outOfStock) return;
    const result = await accept.run({
      input: { idempotencyKey: crypto.randomUUID(), alternativeId: accepting.id, order: outOfStock.input, ...(accepting.requiresAddress && shipTo ? { address: shipTo } : {}) },
    });
    setAccepting(undefined);
    if (result) outcome(result.acceptAlternative, outOfStock.input);
  };

  return (
    <div>
      <p><Link to="/orders">← Orders</Link></p>
      <h1>New order (call center)</h1>
      <form className="panel stack" onSubmit={(event) => void submit(event)} aria-label="New order">
        {customerId ? (
          <p>For {customer.data?.customer ? <Link to={`/customers/${customerId}`}>{customer.data.customer.name}</Link> : customer.loading ? '…' : 'an unknown customer'}</p>
        ) : (
          <label>
            Customer email (guest order)
            <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} required />
          </label>
        )}
        <ErrorMessage error={customer.error} title="Could not load the customer" />
        <fieldset>
          <legend>Items</legend>
          {lines.map((line, index) => (
            <div className="row" key={line.key}>
              <label>
                SKU {index + 1}
                <input value={line.sku} onChange={(event) => setLines((previous) => previous.map((item) => (item.key === line.key ? { ...item, sku: event.target.value } : item)))} required={index === 0} />
              </label>
              <label>
                Quantity {index + 1}
                <input type="number" min="1" value={line.quantity} onChange={(event) => setLines((previous) => previous.map((item) => (item.key === line.key ? { ...item, quantity: event.target.value } : item)))} />
              </label>
              {lines.length > 1 ? <button type="button" className="secondary" onClick={() => setLines((previous) => previous.filter((item) => item.key !== line.key))}>Remove</button> : null}
            </div>
          ))}
          <button type="button" className="secondary" style={{ marginTop: '0.5rem' }} onClick={() => setLines((previous) => [...previous, newLine()])}>Add item</button>
        </fieldset>
        <fieldset>
          <legend>Delivery</legend>
          <div className="row">
            {(['SHIP', 'PICKUP', 'RESERVE_IN_STORE'] as const).map((value) => (
              <label key={value} className="inline">
                <input type="radio" name="method" checked={method === value} onChange={() => setMethod(value)} />
                {humanize(value)}
              </label>
            ))}
          </div>
          {method === 'SHIP' ? (
            <div className="row">
              <label>Recipient<input value={address.name} onChange={(event) => setAddress({ ...address, name: event.target.value })} required /></label>
              <label>Street<input value={address.line1} onChange={(event) => setAddress({ ...address, line1: event.target.value })} required /></label>
              <label>Postal code<input value={address.postalCode} onChange={(event) => setAddress({ ...address, postalCode: event.target.value })} required /></label>
              <label>City<input value={address.city} onChange={(event) => setAddress({ ...address, city: event.target.value })} required /></label>
              <label>Country<input value={address.country} maxLength={2} onChange={(event) => setAddress({ ...address, country: event.target.value.toUpperCase() })} required /></label>
            </div>
          ) : (
            <label>
              Pickup store
              <select value={pickupLocationId} onChange={(event) => setPickupLocationId(event.target.value)} required>
                <option value="">Choose a store</option>
                {(stores.data?.locations ?? []).map((store) => <option key={store.id} value={store.id}>{store.name}</option>)}
              </select>
            </label>
          )}
        </fieldset>
        <label>
          Payment token (from the card terminal)
          <input value={paymentToken} onChange={(event) => setPaymentToken(event.target.value)} required autoComplete="off" />
        </label>
        <ErrorMessage error={place.error} title="Could not place the order" />
        <button type="submit" disabled={place.running}>{place.running ? 'Placing…' : 'Place order'}</button>
      </form>
      {outOfStock ? (
        <section className="panel stack" aria-labelledby="save-the-sale" data-testid="alternatives">
          <h2 id="save-the-sale">Not enough stock: nothing was placed</h2>
          <ul>{outOfStock.result.lines.map((line) => <li key={line.sku}>{line.sku}: {line.available} available of {line.requested}</li>)}</ul>
          <ErrorMessage error={accept.error} title="Could not accept the alternative" />
          {outOfStock.result.alternatives.length === 0 ? <p className="muted">No alternative can save this sale.</p> : (
            <ol className="stack">
              {outOfStock.result.alternatives.map((alternative) => (
                <li key={alternative.id}>
                  <strong>{alternative.description}</strong> ({humanize(alternative.kind)}
                  {alternative.distanceKm !== null ? `, ${alternative.distanceKm.toFixed(0)} km` : ''}
                  {alternative.readyAt ? `, ready ${formatDateTime(alternative.readyAt)}` : ''}
                  {alternative.earliestDeliveryDate ? `, delivered from ${alternative.earliestDeliveryDate}` : ''})
                  {' '}
                  <button type="button" className="secondary" disabled={alternative.requiresAddress && !shipTo} onClick={() => setAccepting(alternative)}>
                    Accept
                  </button>
                  {alternative.requiresAddress && !shipTo ? <span className="muted"> (needs a delivery address above)</span> : null}
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      <ConfirmDialog open={accepting !== undefined} title="Place the order this way?" confirmLabel="Place order" busy={accept.running} onConfirm={() => void confirmAlternative()} onCancel={() => setAccepting(undefined)}>
        <p>{accepting?.description}</p>
      </ConfirmDialog>
    </div>
  );
}
