import { useState, type FormEvent } from 'react';
import type { StoreQueueQuery, StoreWorkFragment } from '../__generated__/graphql.ts';
import {
  ACCEPT_FULFILLMENT_ORDER,
  COMPLETE_PICK_WAVE,
  CONFIRM_PICKUP,
  CREATE_PICK_WAVE,
  LOCATIONS,
  MARK_READY_FOR_PICKUP,
  PACK_FULFILLMENT_ORDER,
  PICK_FULFILLMENT_ORDER,
  SHIP_FULFILLMENT_ORDER,
  STORE_QUEUE,
} from '../api/operations.ts';
import { useSession } from '../session.tsx';
import { useMutation, useQuery } from '../ui/api-hooks.tsx';
import { ConfirmDialog, DateTime, ErrorMessage, humanize, Loading, Notice, StatusBadge, TableScroll } from '../ui/components.tsx';
import { useRouter } from '../ui/router.tsx';

const PICKUP_TYPES = new Set(['PICKUP', 'RESERVE_IN_STORE', 'CURBSIDE']);

/** A store's work for the day: pickups to prepare and hand over, ship-from-store orders, pick waves. */
export function Store() {
  const { session } = useSession();
  const { search, navigate } = useRouter();
  const ownStore = session.viewer.storeId ?? session.staff.storeId;
  const chosen = ownStore ?? search.get('location') ?? '';
  const stores = useQuery(LOCATIONS, { type: 'STORE' }, { skip: Boolean(ownStore) });
  return (
    <div>
      <h1>Store</h1>
      {!ownStore ? (
        <div className="panel row">
          <label>
            Store
            <select value={chosen} onChange={(event) => navigate(`/store${event.target.value ? `?location=${event.target.value}` : ''}`)}>
              <option value="">Choose a store</option>
              {(stores.data?.locations ?? []).map((store) => <option key={store.id} value={store.id}>{store.name}</option>)}
            </select>
          </label>
          <ErrorMessage error={stores.error} onRetry={stores.refetch} title="Could not load stores" />
        </div>
      ) : null}
      {chosen ? <StoreQueue locationId={chosen} /> : <p className="muted">Choose a store to see its work.</p>}
    </div>
  );
}

function StoreQueue({ locationId }: { locationId: string }) {
  const queue = useQuery(STORE_QUEUE, { locationId });
  const [message, setMessage] = useState<string | undefined>();
  const createWave = useMutation(CREATE_PICK_WAVE);
  if (queue.loading && !queue.data) return <Loading what="the store’s work" />;
  if (queue.error && !queue.data) return <ErrorMessage error={queue.error} onRetry={queue.refetch} title="Could not load the store’s work" />;
  if (!queue.data) return null;
  const work = queue.data.fulfillmentOrders.edges.map(({ node }) => node);
  const done = (text: string) => {
    setMessage(text);
    queue.refetch();
  };
  const columns: [string, StoreWorkFragment[]][] = [
    ['New', work.filter((fo) => fo.status === 'CREATED')],
    ['To pick', work.filter((fo) => fo.status === 'ACCEPTED' || fo.status === 'PICKING')],
    ['Picked', work.filter((fo) => fo.status === 'PICKED' || fo.status === 'PACKED')],
    ['Waiting at the counter', work.filter((fo) => fo.status === 'READY_FOR_PICKUP')],
  ];
  const acceptedOutsideWaves = work.filter((fo) => fo.status === 'ACCEPTED' && !fo.pickWave).length;
  return (
    <>
      <div className="spread">
        <h2>{queue.data.location?.name ?? 'Store'}</h2>
        <div className="nav-buttons">
          <button type="button" className="secondary" onClick={queue.refetch} disabled={queue.loading}>
            {queue.loading ? 'Refreshing…' : 'Refresh'}
          </button>
          <button
            type="button"
            disabled={acceptedOutsideWaves === 0 || createWave.running}
            onClick={() => void createWave.run({ input: { locationId } }).then((result) => result && done('Pick wave created.'))}
          >
            Create pick wave ({acceptedOutsideWaves})
          </button>
        </div>
      </div>
      {message ? <Notice>{message}</Notice> : null}
      <ErrorMessage error={queue.error} onRetry={queue.refetch} title="Could not refresh" />
      <ErrorMessage error={createWave.error} title="Could not create the wave" />
      {queue.data.pickWaves.map((wave) => <Wave key={wave.id} wave={wave} onDone={done} />)}
      {columns.map(([title, items]) => (
        <section key={title} aria-label={title} style={{ marginBottom: '1.25rem' }}>
          <h3>{title} ({items.length})</h3>
          {items.length === 0 ? <p className="muted">Nothing here.</p> : (
            <div className="cards">{items.map((fo) => <WorkCard key={fo.id} fo={fo} onDone={done} />)}</div>
          )}
        </section>
      ))}
    </>
  );
}

type PickWave = StoreQueueQuery['pickWaves'][number];

function Wave({ wave, onDone }: { wave: PickWave; onDone(message: string): void }) {
  const complete = useMutation(COMPLETE_PICK_WAVE);
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="panel" aria-label="Pick wave">
      <div className="spread">
        <h3>Pick wave of <DateTime value={wave.createdAt} /> · {wave.fulfillmentOrders.length} order(s)</h3>
        <button type="button" onClick={() => setConfirming(true)}>Complete wave…</button>
      </div>
      <ErrorMessage error={complete.error} title="Could not complete the wave" />
      <TableScroll label="Pick list">
        <table>
          <thead><tr><th>Bin</th><th>SKU</th><th className="num">Quantity</th><th>For</th></tr></thead>
          <tbody>
            {wave.pickList.map((entry) => (
              <tr key={`${entry.skuCode}-${entry.binCode ?? ''}`}>
                <td>{entry.binCode ?? '—'}</td>
                <td>{entry.skuCode}{entry.sku ? ` · ${entry.sku.name}` : ''}</td>
                <td className="num">{entry.quantity}</td>
                <td>{entry.split.map((split) => `${split.orderNumber} × ${split.quantity}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ConfirmDialog open={confirming} title="Complete the wave?" confirmLabel="Everything was found" busy={complete.running} onCancel={() => setConfirming(false)}
        onConfirm={() => void complete.run({ input: { pickWaveId: wave.id } }).then((result) => { setConfirming(false); if (result) onDone('Wave completed: its orders are picked.'); })}>
        <p>Every order of the wave moves to picked, with everything found.</p>
      </ConfirmDialog>
    </section>
  );
}

function WorkCard({ fo, onDone }: { fo: StoreWorkFragment; onDone(message: string): void }) {
  const accept = useMutation(ACCEPT_FULFILLMENT_ORDER);
  const pick = useMutation(PICK_FULFILLMENT_ORDER);
  const ready = useMutation(MARK_READY_FOR_PICKUP);
  const confirmPickup = useMutation(CONFIRM_PICKUP);
  const pack = useMutation(PACK_FULFILLMENT_ORDER);
  const ship = useMutation(SHIP_FULFILLMENT_ORDER);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [code, setCode] = useState('');
  const [pos, setPos] = useState('');
  const [weight, setWeight] = useState('1000');
  const [carrier, setCarrier] = useState('Colissimo');
  const [tracking, setTracking] = useState('');
  const isPickup = PICKUP_TYPES.has(fo.type);
  const error = accept.error ?? pick.error ?? ready.error ?? confirmPickup.error ?? pack.error ?? ship.error;
  const label = `${fo.orderNumber} (${humanize(fo.type)})`;

  const submitPick = async (event: FormEvent) => {
    event.preventDefault();
    const result = await pick.run({ input: { fulfillmentOrderId: fo.id, lines: fo.lines.map((line) => ({ lineId: line.id, pickedQuantity: Number(picked[line.id] ?? line.quantity) })) } });
    if (result) onDone(result.pickFulfillmentOrder.shortfalls.length > 0 ? `${fo.orderNumber} picked short: ${result.pickFulfillmentOrder.shortfalls.map((s) => `${s.skuCode} −${s.shortQuantity}`).join(', ')}.` : `${fo.orderNumber} picked.`);
  };
  const submitCode = async (event: FormEvent) => {
    event.preventDefault();
    const result = await confirmPickup.run({ input: { fulfillmentOrderId: fo.id, code: code.trim(), ...(fo.type === 'RESERVE_IN_STORE' ? { posTransactionReference: pos } : {}) } });
    if (result) onDone(`${fo.orderNumber} handed over to the customer.`);
  };
  const submitPack = async (event: FormEvent) => {
    event.preventDefault();
    const items = fo.lines.filter((line) => (line.pickedQuantity ?? 0) > 0).map((line) => ({ lineId: line.id, quantity: line.pickedQuantity ?? 0 }));
    const result = await pack.run({ input: { fulfillmentOrderId: fo.id, parcels: [{ weightGrams: Number(weight), lengthMm: 400, widthMm: 300, heightMm: 200, items }] } });
    if (result) onDone(`${fo.orderNumber} packed.`);
  };
  const submitShip = async (event: FormEvent) => {
    event.preventDefault();
    const parcels = (fo.shipment?.parcels ?? []).map((parcel, index) => ({ parcelId: parcel.id, trackingNumber: index === 0 ? tracking : `${tracking}-${index + 1}` }));
    const result = await ship.run({ input: { fulfillmentOrderId: fo.id, carrier, serviceLevel: 'standard', parcels } });
    if (result) onDone(`${fo.orderNumber} shipped.`);
  };

  return (
    <article className="card" aria-label={label} data-testid={`work-${fo.orderNumber}`}>
      <div className="spread">
        <strong>{fo.orderNumber}</strong>
        <StatusBadge status={fo.status} />
      </div>
      <div className="muted">
        {humanize(fo.type)}{fo.order?.customer ? ` · ${fo.order.customer.name}` : ''} · <DateTime value={fo.createdAt} />
      </div>
      {fo.curbsideArrival ? <div className="badge warn">Customer arrived{fo.curbsideArrival.parkingSpot ? ` · spot ${fo.curbsideArrival.parkingSpot}` : ''}</div> : null}
      {fo.pickupDeadline ? <div>Collect before <DateTime value={fo.pickupDeadline} /></div> : null}
      <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
        {fo.lines.map((line) => (
          <li key={line.id}>
            {line.quantity} × {line.skuCode}{line.sku ? ` · ${line.sku.name}` : ''}{line.binCode ? ` (bin ${line.binCode})` : ''}
            {line.pickedQuantity !== null ? ` · picked ${line.pickedQuantity}` : ''}
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} title="That did not work" />
      {fo.status === 'CREATED' ? (
        <button type="button" disabled={accept.running} onClick={() => void accept.run({ id: fo.id }).then((result) => result && onDone(`${fo.orderNumber} accepted.`))}>
          Accept
        </button>
      ) : null}
      {(fo.status === 'ACCEPTED' || fo.status === 'PICKING') && !fo.pickWave ? (
        <form className="stack" onSubmit={(event) => void submitPick(event)}>
          {fo.lines.map((line) => (
            <label key={line.id}>
              Picked of {line.skuCode}
              <input type="number" min="0" max={line.quantity} value={picked[line.id] ?? String(line.quantity)} onChange={(event) => setPicked((previous) => ({ ...previous, [line.id]: event.target.value }))} />
            </label>
          ))}
          <button type="submit" disabled={pick.running}>Record pick</button>
        </form>
      ) : null}
      {fo.status === 'PICKING' && fo.pickWave ? <p className="muted">Being picked in a wave.</p> : null}
      {fo.status === 'PICKED' && isPickup ? (
        <button type="button" disabled={ready.running} onClick={() => void ready.run({ input: { fulfillmentOrderId: fo.id } }).then((result) => result && onDone(`${fo.orderNumber} is ready: the customer got their pickup code.`))}>
          Mark ready for pickup
        </button>
      ) : null}
      {fo.status === 'PICKED' && !isPickup ? (
        <form className="row" onSubmit={(event) => void submitPack(event)}>
          <label>
            Parcel weight (g)
            <input type="number" min="1" value={weight} onChange={(event) => setWeight(event.target.value)} required />
          </label>
          <button type="submit" disabled={pack.running}>Pack in one parcel</button>
        </form>
      ) : null}
      {fo.status === 'PACKED' ? (
        <form className="stack" onSubmit={(event) => void submitShip(event)}>
          <label>
            Carrier
            <input value={carrier} onChange={(event) => setCarrier(event.target.value)} required />
          </label>
          <label>
            Tracking number
            <input value={tracking} onChange={(event) => setTracking(event.target.value)} required />
          </label>
          <button type="submit" disabled={ship.running}>Hand to carrier</button>
        </form>
      ) : null}
      {fo.status === 'READY_FOR_PICKUP' ? (
        <form className="stack" onSubmit={(event) => void submitCode(event)}>
          <label>
            Pickup code for {fo.orderNumber}
            <input inputMode="numeric" pattern="[0-9]{6}" maxLength={6} autoComplete="off" value={code} onChange={(event) => setCode(event.target.value)} required />
          </label>
          {fo.type === 'RESERVE_IN_STORE' ? (
            <label>
              Till receipt (payment taken in store)
              <input value={pos} onChange={(event) => setPos(event.target.value)} required />
            </label>
          ) : null}
          <button type="submit" disabled={confirmPickup.running}>
            {confirmPickup.running ? 'Checking…' : 'Confirm pickup'}
          </button>
        </form>
      ) : null}
    </article>
  );
}
