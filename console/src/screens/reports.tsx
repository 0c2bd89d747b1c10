import { useState, type FormEvent, type ReactNode } from 'react';
import type { ReportDimension, ReportInput, ReportQuery, SalesChannel } from '../__generated__/graphql.ts';
import { REPORT } from '../api/operations.ts';
import { useQuery } from '../ui/api-hooks.tsx';
import { BarChart, ColumnChart, type Datum } from '../ui/charts.tsx';
import { downloadText, ErrorMessage, formatMoney, humanize, Loading, TableScroll } from '../ui/components.tsx';
import { CHANNELS } from './orders.tsx';

type Report = ReportQuery['report'];
const DIMENSIONS: readonly ReportDimension[] = ['DAY', 'CHANNEL', 'STATUS', 'LOCATION'];
const DAY_MS = 86_400_000;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function rate(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)} %`;
}

function hours(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${value.toFixed(1)} h`;
}

function sum(data: Map<string, number>, key: string, value: number): void {
  data.set(key, (data.get(key) ?? 0) + value);
}

/** Sales and fulfillment figures over a period, as charts, tables and CSV. */
export function Reports() {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const [form, setForm] = useState({ from: isoDate(new Date(Date.now() - 29 * DAY_MS)), to: isoDate(new Date()), groupBy: ['DAY', 'CHANNEL'] as ReportDimension[], channel: '', slaHours: '' });
  const [input, setInput] = useState<ReportInput>(() => toInput(form, timeZone));
  const report = useQuery(REPORT, { input });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setInput(toInput(form, timeZone));
  };
  const toggle = (dimension: ReportDimension) =>
    setForm((previous) => ({ ...previous, groupBy: previous.groupBy.includes(dimension) ? previous.groupBy.filter((value) => value !== dimension) : [...previous.groupBy, dimension] }));

  return (
    <div>
      <h1>Reporting</h1>
      <form className="panel row" onSubmit={submit} aria-label="Report parameters">
        <label>
          From
          <input type="date" value={form.from} onChange={(event) => setForm({ ...form, from: event.target.value })} required />
        </label>
        <label>
          To (inclusive)
          <input type="date" value={form.to} onChange={(event) => setForm({ ...form, to: event.target.value })} required />
        </label>
        <label>
          Channel
          <select value={form.channel} onChange={(event) => setForm({ ...form, channel: event.target.value })}>
            <option value="">Every channel</option>
            {CHANNELS.map((channel) => <option key={channel} value={channel}>{humanize(channel)}</option>)}
          </select>
        </label>
        <label>
          Delivery SLA (hours)
          <input type="number" min="1" value={form.slaHours} onChange={(event) => setForm({ ...form, slaHours: event.target.value })} placeholder="72" />
        </label>
        <fieldset className="row" style={{ margin: 0 }}>
          <legend>Group by</legend>
          {DIMENSIONS.map((dimension) => (
            <label key={dimension} className="inline">
              <input type="checkbox" checked={form.groupBy.includes(dimension)} onChange={() => toggle(dimension)} />
              {humanize(dimension)}
            </label>
          ))}
        </fieldset>
        <button type="submit">Run report</button>
      </form>
      <ErrorMessage error={report.error} onRetry={report.refetch} title="Could not run the report" />
      {report.loading && !report.data ? <Loading what="the report" /> : null}
      {report.data ? <ReportView report={report.data.report} refreshing={report.loading} /> : null}
    </div>
  );
}

function toInput(form: { from: string; to: string; groupBy: ReportDimension[]; channel: string; slaHours: string }, timeZone: string): ReportInput {
  // Whole local days: from the first day's midnight to the midnight after the last day.
  const from = new Date(`${form.from}T00:00:00`);
  const to = new Date(new Date(`${form.to}T00:00:00`).getTime() + DAY_MS);
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    groupBy: form.groupBy,
    timeZone,
    ...(form.channel ? { channels: [form.channel as SalesChannel] } : {}),
    ...(form.slaHours ? { slaHours: Number(form.slaHours) } : {}),
  };
}

function ReportView({ report, refreshing }: { report: Report; refreshing: boolean }) {
  const { sales, fulfillment } = report;
  const totals = sales.totals;
  const byDay = new Map<string, number>();
  const byChannel = new Map<string, number>();
  for (const row of sales.rows) {
    if (row.day) sum(byDay, row.day, row.orders);
    if (row.channel) sum(byChannel, humanize(row.channel), row.revenue.amount / 100);
  }
  const days: Datum[] = [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, value]) => ({ label: label.slice(5), value }));
  const channels: Datum[] = [...byChannel.entries()].sort((a, b) => b[1] - a[1]).map(([label, value]) => ({ label, value }));
  const locations: Datum[] = (fulfillment?.byLocation ?? []).filter((row) => row.location).map((row) => ({ label: row.location?.name ?? '', value: row.unitsShipped }));
  const period = `${report.from.slice(0, 10)}_${report.to.slice(0, 10)}`;
  const figures: [string, string][] = [
    ['Orders', String(totals.orders)],
    ['Revenue', formatMoney(totals.revenue)],
    ['Average order value', formatMoney(totals.averageOrderValue)],
    ['Units', String(totals.units)],
    ['Return rate', rate(totals.returnRate)],
    ['Fill rate', rate(fulfillment?.totals.fillRate)],
    ['Split rate', rate(fulfillment?.totals.splitRate)],
    ['Release to ship', hours(fulfillment?.totals.averageReleaseToShipHours)],
    ['Placed to delivered', hours(fulfillment?.totals.averagePlacedToDeliveredHours)],
    [`On time (${fulfillment?.slaHours ?? '—'} h)`, rate(fulfillment?.totals.onTimeDeliveryRate)],
    ['Late shipments', String(fulfillment?.totals.lateShipments ?? '—')],
  ];
  return (
    <>
      {fulfillment === null ? <div className="alert" role="alert">Fulfillment figures are unavailable right now (fulfillment service).</div> : null}
      <div className="grid" style={{ marginBottom: '1rem' }} aria-busy={refreshing}>
        {figures.map(([label, value]) => (
          <section key={label} className="panel">
            <div className="kpi-label">{label}</div>
            <div className="kpi">{value}</div>
          </section>
        ))}
      </div>
      <div className="grid-2">
        {days.length > 0 ? (
          <Panel id="orders-per-day" title="Orders per day">
            <ColumnChart title="Orders per day" data={days} />
          </Panel>
        ) : null}
        {channels.length > 0 ? (
          <Panel id="revenue-channel" title={`Revenue by channel (${report.currency})`}>
            <BarChart title="Revenue by channel" data={channels} format={(value) => value.toFixed(0)} />
          </Panel>
        ) : null}
        {locations.length > 0 ? (
          <Panel id="units-location" title="Units shipped by location">
            <BarChart title="Units shipped by location" data={locations} />
          </Panel>
        ) : null}
      </div>
      <Panel id="sales-rows" title="Sales" action={<button type="button" className="secondary" onClick={() => downloadText(`sales-${period}.csv`, sales.csv)}>Export sales CSV</button>}>
        <TableScroll label="Sales rows">
          <table>
            <thead><tr><th>Day</th><th>Channel</th><th>Status</th><th className="num">Orders</th><th className="num">Cancelled</th><th className="num">Units</th><th className="num">Shipped</th><th className="num">Returned</th><th className="num">Revenue</th><th className="num">AOV</th></tr></thead>
            <tbody>
              {sales.rows.map((row, index) => (
                <tr key={index}>
                  <td>{row.day ?? ''}</td><td>{row.channel ? humanize(row.channel) : ''}</td><td>{row.status ? humanize(row.status) : ''}</td>
                  <td className="num">{row.orders}</td><td className="num">{row.cancelledOrders}</td><td className="num">{row.units}</td><td className="num">{row.unitsShipped}</td><td className="num">{row.unitsReturned}</td>
                  <td className="num">{formatMoney(row.revenue)}</td><td className="num">{formatMoney(row.averageOrderValue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Panel>
      {fulfillment ? (
        <Panel id="fulfillment-rows" title="Fulfillment" action={<button type="button" className="secondary" onClick={() => downloadText(`fulfillment-${period}.csv`, fulfillment.csv)}>Export fulfillment CSV</button>}>
          <TableScroll label="Fulfillment rows">
            <table>
              <thead><tr><th>Day</th><th>Channel</th><th>Location</th><th className="num">Released</th><th className="num">Shipped</th><th className="num">Fill rate</th><th className="num">Split rate</th><th className="num">Release→ship</th><th className="num">On time</th><th className="num">Late</th></tr></thead>
              <tbody>
                {fulfillment.rows.map((row, index) => (
                  <tr key={index}>
                    <td>{row.day ?? ''}</td><td>{row.channel ? humanize(row.channel) : ''}</td><td>{row.location?.name ?? ''}</td>
                    <td className="num">{row.unitsReleased}</td><td className="num">{row.unitsShipped}</td><td className="num">{rate(row.fillRate)}</td><td className="num">{rate(row.splitRate)}</td>
                    <td className="num">{hours(row.averageReleaseToShipHours)}</td><td className="num">{rate(row.onTimeDeliveryRate)}</td><td className="num">{row.lateShipments}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </Panel>
      ) : null}
    </>
  );
}

/** A titled panel of the report; `action` (an export button) sits beside the title. */
function Panel({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  const heading = <h2 id={id}>{title}</h2>;
  return (
    <section className="panel" aria-labelledby={id}>
      {action ? <div className="spread">{heading}{action}</div> : heading}
      {children}
    </section>
  );
}
