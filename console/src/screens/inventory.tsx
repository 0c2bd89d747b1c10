import { useState, type FormEvent } from 'react';
import type { StockMovementsQuery, StockRowFragment } from '../__generated__/graphql.ts';
import { ADJUST_STOCK, AVAILABILITY_CHANGED, LOCATION_STOCK, LOCATIONS, SKU_STOCK, SKUS, STOCK_MOVEMENTS, SUPPLY } from '../api/operations.ts';
import { useSession } from '../session.tsx';
import { useMutation, useQuery, useSubscription, type QueryState } from '../ui/api-hooks.tsx';
import { ConfirmDialog, DateTime, ErrorMessage, humanize, LiveIndicator, Loading, Notice, StatusBadge, TableScroll } from '../ui/components.tsx';
import { PageButtons, useCursorPages } from '../ui/paging.tsx';
import { useRouter } from '../ui/router.tsx';

function StockTable({ rows, by }: { rows: readonly StockRowFragment[]; by: 'location' | 'sku' }) {
  if (rows.length === 0) return <p className="muted">No stock recorded.</p>;
  return (
    <TableScroll label={by === 'location' ? 'Stock by location' : 'Stock by SKU'}>
      <table>
        <thead>
          <tr>
            <th>{by === 'location' ? 'Location' : 'SKU'}</th>
            {by === 'location' ? <th>Type</th> : null}
            <th className="num">On hand</th><th className="num">Reserved</th><th className="num">Safety</th><th className="num">Available to sell</th><th>Updated</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.sku.code}-${row.location.id}`}>
              <td>{by === 'location' ? row.location.name : `${row.sku.code} · ${row.sku.name}`}</td>
              {by === 'location' ? <td>{humanize(row.location.type)}</td> : null}
              <td className="num">{row.onHand}</td>
              <td className="num">{row.reserved}</td>
              <td className="num">{row.safetyStock}</td>
              <td className="num"><strong>{row.availableToSell}</strong></td>
              <td><DateTime value={row.updatedAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function Inventory() {
  const { search, navigate } = useRouter();
  const sku = search.get('sku') ?? '';
  const locationId = search.get('location') ?? '';
  const [skuInput, setSkuInput] = useState(sku);
  const skuPages = useCursorPages();
  const locations = useQuery(LOCATIONS, {});
  const skus = useQuery(SKUS, { after: skuPages.after }, { skip: sku !== '' || locationId !== '' });

  const open = (next: { sku?: string; location?: string }) => {
    const params = new URLSearchParams();
    if (next.sku) params.set('sku', next.sku);
    if (next.location) params.set('location', next.location);
    navigate(`/inventory${params.size > 0 ? `?${params}` : ''}`);
  };

  return (
    <div>
      <h1>Inventory</h1>
      <div className="panel row">
        <form className="row" role="search" onSubmit={(event) => { event.preventDefault(); open({ sku: skuInput.trim().toUpperCase() }); }}>
          <label>
            SKU code
            <input value={skuInput} onChange={(event) => setSkuInput(event.target.value)} placeholder="TSHIRT-ORG-M-BLK" required />
          </label>
          <button type="submit">Show stock</button>
        </form>
        <label>
          Or a location
          <select value={locationId} onChange={(event) => open({ location: event.target.value })}>
            <option value="">Choose a location</option>
            {(locations.data?.locations ?? []).map((location) => <option key={location.id} value={location.id}>{location.name} ({humanize(location.type)})</option>)}
          </select>
        </label>
        {sku || locationId ? <button type="button" className="secondary" onClick={() => { setSkuInput(''); open({}); }}>All SKUs</button> : null}
      </div>
      <ErrorMessage error={locations.error} onRetry={locations.refetch} title="Could not load locations" />
      {sku ? <SkuStock code={sku} /> : null}
      {locationId && !sku ? <LocationStock id={locationId} /> : null}
      {!sku && !locationId ? (
        <section className="panel" aria-labelledby="item-master">
          <h2 id="item-master">Item master</h2>
          <ErrorMessage error={skus.error} onRetry={skus.refetch} title="Could not load SKUs" />
          {skus.loading && !skus.data ? <Loading what="SKUs" /> : null}
          {skus.data ? (
            <TableScroll label="Item master">
              <table>
                <thead><tr><th>SKU</th><th>Name</th><th className="num">Available to sell</th><th className="num">Presell limit</th></tr></thead>
                <tbody>
                  {skus.data.skus.edges.map(({ node }) => (
                    <tr key={node.code}>
                      <td><button type="button" className="link" onClick={() => { setSkuInput(node.code); open({ sku: node.code }); }}>{node.code}</button></td>
                      <td>{node.name}</td>
                      <td className="num">{node.availableToSell === 0 ? <StatusBadge status="OUT_OF_STOCK" /> : node.availableToSell}</td>
                      <td className="num">{node.presellLimit}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
          <PageButtons pages={skuPages} pageInfo={skus.data?.skus.pageInfo} />
        </section>
      ) : null}
      <Supply locationId={locationId} />
    </div>
  );
}

function SkuStock({ code }: { code: string }) {
  const { can } = useSession();
  const stock = useQuery(SKU_STOCK, { code });
  const [live, setLive] = useState<Map<string, StockRowFragment>>(new Map());
  const feed = useSubscription(AVAILABILITY_CHANGED, { skus: [code] }, ({ availabilityChanged }) =>
    setLive((previous) => new Map(previous).set(availabilityChanged.location.id, availabilityChanged)),
  Boolean(stock.data?.sku));
  const movements = useQuery(STOCK_MOVEMENTS, { sku: code, locationId: null });

  if (stock.loading && !stock.data) return <Loading what={`stock of ${code}`} />;
  if (stock.error && !stock.data) return <ErrorMessage error={stock.error} onRetry={stock.refetch} title="Could not load stock" />;
  const sku = stock.data?.sku;
  if (!sku) return <div className="alert" role="alert">No SKU {code}.</div>;
  const rows = sku.stock.map((row) => live.get(row.location.id) ?? row);
  const reload = () => { setLive(new Map()); stock.refetch(); movements.refetch(); };
  return (
    <>
      <section className="panel" aria-labelledby="sku-stock">
        <div className="spread">
          <h2 id="sku-stock">{sku.code} · {sku.name}</h2>
          <LiveIndicator status={feed.status} error={feed.error} />
        </div>
        <p>Available to sell over the locations shown: <strong>{rows.reduce((sum, row) => sum + row.availableToSell, 0)}</strong>{sku.presellLimit > 0 ? ` · presell limit ${sku.presellLimit}` : ''}</p>
        <StockTable rows={rows} by="location" />
      </section>
      {can('inventory:write') ? <AdjustStock code={sku.code} locations={rows.map((row) => row.location)} onAdjusted={reload} /> : null}
      <Ledger movements={movements} />
    </>
  );
}

function LocationStock({ id }: { id: string }) {
  const stock = useQuery(LOCATION_STOCK, { id });
  const movements = useQuery(STOCK_MOVEMENTS, { sku: null, locationId: id });
  if (stock.loading && !stock.data) return <Loading what="the location’s stock" />;
  if (stock.error && !stock.data) return <ErrorMessage error={stock.error} onRetry={stock.refetch} title="Could not load stock" />;
  const location = stock.data?.location;
  if (!location) return <div className="alert" role="alert">No such location.</div>;
  return (
    <>
      <section className="panel" aria-labelledby="location-stock">
        <h2 id="location-stock">Stock at {location.name}</h2>
        <StockTable rows={location.stock} by="sku" />
      </section>
      <Ledger movements={movements} />
    </>
  );
}

function Ledger({ movements }: { movements: QueryState<StockMovementsQuery> }) {
  return (
    <section className="panel" aria-labelledby="ledger">
      <h2 id="ledger">Movement ledger (latest 50)</h2>
      <ErrorMessage error={movements.error} onRetry={movements.refetch} title="Could not load the ledger" />
      {movements.loading && !movements.data ? <Loading what="movements" /> : null}
      {movements.data ? (
        movements.data.stockMovements.edges.length === 0 ? <p className="muted">No movement yet.</p> : (
          <TableScroll label="Movement ledger">
            <table>
              <thead><tr><th>When</th><th>SKU</th><th>Location</th><th>Kind</th><th className="num">On hand</th><th className="num">Reserved</th><th>Reason</th><th>Reference</th></tr></thead>
              <tbody>
                {movements.data.stockMovements.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td><DateTime value={node.createdAt} /></td>
                    <td>{node.sku}</td>
                    <td>{node.location.name}</td>
                    <td>{humanize(node.kind)}</td>
                    <td className="num">{node.onHandBefore} → {node.onHandAfter}</td>
                    <td className="num">{node.reservedBefore} → {node.reservedAfter}</td>
                    <td>{node.reason ?? ''}</td>
                    <td>{node.reference ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )
      ) : null}
    </section>
  );
}

function AdjustStock({ code, locations, onAdjusted }: { code: string; locations: readonly { id: string; name: string }[]; onAdjusted(): void }) {
  const all = useQuery(LOCATIONS, {});
  const [locationId, setLocationId] = useState('');
  const [mode, setMode] = useState<'delta' | 'set'>('delta');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const adjust = useMutation(ADJUST_STOCK);
  const choices = all.data?.locations ?? locations;
  const target = choices.find((location) => location.id === locationId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    setConfirming(true);
  };
  const confirm = async () => {
    const amount = Number(quantity);
    const result = await adjust.run({ input: { sku: code, locationId, reason, ...(mode === 'delta' ? { delta: amount } : { setOnHand: amount }) } });
    setConfirming(false);
    if (result) {
      setDone(`${code} at ${result.adjustStock.location.name}: on hand ${result.adjustStock.onHand}, available ${result.adjustStock.availableToSell}.`);
      setQuantity('');
      setReason('');
      onAdjusted();
    }
  };
  return (
    <form className="panel" aria-labelledby="adjust" onSubmit={submit}>
      <h2 id="adjust">Adjust stock</h2>
      {done ? <Notice>Adjusted: {done}</Notice> : null}
      <ErrorMessage error={adjust.error} title="Could not adjust" />
      <div className="row">
        <label>
          Location
          <select value={locationId} onChange={(event) => setLocationId(event.target.value)} required>
            <option value="">Choose…</option>
            {choices.map((location) => <option key={location.id} value={location.id}>{location.name}</option>)}
          </select>
        </label>
        <label>
          Change
          <select value={mode} onChange={(event) => setMode(event.target.value === 'set' ? 'set' : 'delta')}>
            <option value="delta">Add or remove units</option>
            <option value="set">Set on hand to a count</option>
          </select>
        </label>
        <label>
          {mode === 'delta' ? 'Units (negative to remove)' : 'Counted on hand'}
          <input type="number" step="1" {...(mode === 'set' ? { min: 0 } : {})} value={quantity} onChange={(event) => setQuantity(event.target.value)} required />
        </label>
        <label>
          Reason
          <input value={reason} onChange={(event) => setReason(event.target.value)} required placeholder="Cycle count, damage…" />
        </label>
        <button type="submit" disabled={adjust.running}>Adjust…</button>
      </div>
      <ConfirmDialog open={confirming} title={`Adjust ${code}?`} confirmLabel="Adjust stock" busy={adjust.running} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
        <p>
          {mode === 'delta' ? `${Number(quantity) >= 0 ? 'Add' : 'Remove'} ${Math.abs(Number(quantity))} unit(s)` : `Set on hand to ${quantity}`} at {target?.name ?? 'the location'}, reason “{reason}”. The change is recorded in the ledger.
        </p>
      </ConfirmDialog>
    </form>
  );
}

function Supply({ locationId }: { locationId: string }) {
  const supply = useQuery(SUPPLY, { locationId: locationId || null });
  return (
    <section className="panel" aria-labelledby="supply">
      <h2 id="supply">Inbound supply and transfers</h2>
      <ErrorMessage error={supply.error} onRetry={supply.refetch} title="Could not load supply" />
      {supply.loading && !supply.data ? <Loading what="supply" /> : null}
      {supply.data ? (
        <div className="grid-2">
          <div>
            <h3>Purchase orders due</h3>
            {supply.data.purchaseOrders.length === 0 ? <p className="muted">No open purchase order.</p> : (
              <ul>
                {supply.data.purchaseOrders.map((po) => (
                  <li key={po.id}>
                    <strong>{po.number}</strong> from {po.supplier} to {po.location.name}, due <DateTime value={po.expectedAt} /> <StatusBadge status={po.status} />
                    <div className="muted">{po.lines.map((line) => `${line.sku}: ${line.quantityReceived}/${line.quantityOrdered} received, ${line.quantityPromised} promised`).join('; ')}</div>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>Transfers</h3>
            {supply.data.transfers.length === 0 ? <p className="muted">No transfer.</p> : (
              <ul>
                {supply.data.transfers.map((transfer) => (
                  <li key={transfer.id}>
                    {transfer.from.name} → {transfer.to.name} <StatusBadge status={transfer.status} /> · <DateTime value={transfer.createdAt} />
                    <div className="muted">{transfer.lines.map((line) => `${line.sku}: ${line.quantity} (${line.inTransit} in transit, ${line.receivedQuantity} received)`).join('; ')}</div>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      ) : null}
    </section>
  );
}
