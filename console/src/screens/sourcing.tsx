import { useState, type FormEvent } from 'react';
import type { SalesChannel, SimulateSourcingQuery, SourcingRuleInput, SourcingRuleSetsQuery, SplitPolicyInput } from '../__generated__/graphql.ts';
import { LOCATIONS, PUBLISH_SOURCING_RULE_SET, RETIRE_SOURCING_RULE_SET, SIMULATE_SOURCING, SOURCING_RULE_SETS } from '../api/operations.ts';
import { useMutation, useQuery } from '../ui/api-hooks.tsx';
import { BarChart } from '../ui/charts.tsx';
import { ConfirmDialog, DateTime, ErrorMessage, humanize, Loading, Notice, StatusBadge, TableScroll } from '../ui/components.tsx';
import { Link } from '../ui/router.tsx';
import { CHANNELS } from './orders.tsx';

type RuleSet = SourcingRuleSetsQuery['sourcingRuleSets'][number];
type Simulation = SimulateSourcingQuery['simulateSourcing'];

const FILTERS = ['LOCATION_TYPE_IN', 'SERVES_CHANNEL', 'CAPABILITY', 'WITHIN_KM', 'HAS_WHOLE_LINE', 'UNDER_DAILY_CAPACITY'] as const;
const RANKERS = ['PREFER_LOCATION_TYPE', 'NEAREST', 'MOST_STOCK', 'LOCATION_PRIORITY'] as const;
const LOCATION_TYPES = ['WAREHOUSE', 'STORE', 'DROPSHIP_VENDOR'] as const;
const CAPABILITIES = ['ships', 'pickup', 'shipFromStore'] as const;
const METHODS = ['SHIP', 'PICKUP', 'RESERVE_IN_STORE'] as const;
const SPLIT_POLICIES = ['SHIP_COMPLETE', 'ALLOW_SPLIT', 'MAX_SHIPMENTS'] as const;

/** A rule being edited: every parameter kept, only those of its kind sent. */
interface DraftRule {
  key: number;
  kind: string;
  types: string[];
  capability: string;
  methods: string[];
  km: string;
  locationIds: string[];
}

let nextKey = 1;
function draftRule(kind: string, values: Partial<Omit<DraftRule, 'key' | 'kind'>> = {}): DraftRule {
  nextKey += 1;
  return { key: nextKey, kind, types: [], capability: 'ships', methods: [], km: '50', locationIds: [], ...values };
}

function toInput(rule: DraftRule): SourcingRuleInput {
  switch (rule.kind) {
    case 'LOCATION_TYPE_IN':
    case 'PREFER_LOCATION_TYPE':
      return { kind: rule.kind, types: rule.types };
    case 'CAPABILITY':
      return { kind: rule.kind, capability: rule.capability, ...(rule.methods.length > 0 ? { methods: rule.methods } : {}) };
    case 'WITHIN_KM':
      return { kind: rule.kind, km: Number(rule.km) };
    case 'LOCATION_PRIORITY':
      return { kind: rule.kind, locationIds: rule.locationIds };
    default:
      return { kind: rule.kind };
  }
}

function fromRuleSet(ruleSet: RuleSet): DraftRule[] {
  return ruleSet.rules.map((rule) =>
    draftRule(rule.kind, {
      types: rule.types ?? [],
      capability: rule.capability ?? 'ships',
      methods: rule.methods ?? [],
      km: rule.km === null ? '50' : String(rule.km),
      locationIds: rule.locationIds ?? [],
    }),
  );
}

const STORES_FIRST = () => [draftRule('SERVES_CHANNEL'), draftRule('CAPABILITY', { capability: 'ships', methods: ['SHIP'] }), draftRule('PREFER_LOCATION_TYPE', { types: ['STORE'] }), draftRule('NEAREST')];

function describe(rule: RuleSet['rules'][number]): string {
  const parameters = [rule.types?.join('/'), rule.capability, rule.methods?.length ? `for ${rule.methods.join('/')}` : undefined, rule.km === null ? undefined : `${rule.km} km`, rule.locationIds?.length ? `${rule.locationIds.length} locations` : undefined].filter(Boolean);
  return parameters.length > 0 ? `${rule.kind}(${parameters.join(', ')})` : rule.kind;
}

function toggled(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

export function Sourcing() {
  const ruleSets = useQuery(SOURCING_RULE_SETS, {});
  const locations = useQuery(LOCATIONS, {});
  const [name, setName] = useState('');
  const [channel, setChannel] = useState('');
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [split, setSplit] = useState<string>('ALLOW_SPLIT');
  const [maxShipments, setMaxShipments] = useState('2');
  const [rules, setRules] = useState<DraftRule[]>(STORES_FIRST);
  const [lastOrders, setLastOrders] = useState('50');
  const [simulation, setSimulation] = useState<{ result: Simulation; key: string } | undefined>();
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<string | undefined>();
  const simulate = useMutation(SIMULATE_SOURCING);
  const retire = useMutation(RETIRE_SOURCING_RULE_SET);
  const [retiring, setRetiring] = useState<RuleSet | undefined>();
  const publish = useMutation(PUBLISH_SOURCING_RULE_SET);

  const splitPolicy: SplitPolicyInput = { kind: split, ...(split === 'MAX_SHIPMENTS' ? { maxShipments: Number(maxShipments) } : {}) };
  const scope = channel ? { channel: channel as SalesChannel } : {};
  const ruleInputs = rules.map(toInput);
  // The dry run shown must be of exactly what would be published.
  const draftKey = JSON.stringify({ scope, ruleInputs, splitPolicy });
  const simulated = simulation?.key === draftKey ? simulation.result : undefined;
  const scheduled = effectiveFrom !== '' && new Date(effectiveFrom).getTime() > Date.now();

  const update = (key: number, change: Partial<DraftRule>) => setRules((previous) => previous.map((rule) => (rule.key === key ? { ...rule, ...change } : rule)));
  const move = (index: number, by: number) =>
    setRules((previous) => {
      const next = [...previous];
      const [rule] = next.splice(index, 1);
      if (rule) next.splice(Math.max(0, Math.min(next.length, index + by)), 0, rule);
      return next;
    });

  const runDryRun = async (event: FormEvent) => {
    event.preventDefault();
    setPublished(undefined);
    const result = await simulate.run({ input: { rules: ruleInputs, splitPolicy, scope, lastOrders: Number(lastOrders) } });
    if (result) setSimulation({ result: result.simulateSourcing, key: draftKey });
  };

  const confirmPublish = async () => {
    const result = await publish.run({
      input: { name, scope, rules: ruleInputs, splitPolicy, ...(effectiveFrom ? { effectiveFrom: new Date(effectiveFrom).toISOString() } : {}) },
    });
    setConfirming(false);
    if (result) {
      const version = result.publishSourcingRuleSet;
      setPublished(`${version.name} v${version.version} ${version.status === 'SCHEDULED' ? 'is scheduled from' : 'is in force since'} ${new Date(version.effectiveFrom).toLocaleString('en-GB')}.`);
      setSimulation(undefined);
      ruleSets.refetch();
    }
  };

  const locationName = (id: string) => locations.data?.locations.find((location) => location.id === id)?.name ?? id;

  return (
    <div>
      <h1>Sourcing rules</h1>
      <section className="panel" aria-labelledby="versions">
        <h2 id="versions">Versions</h2>
        <ErrorMessage error={ruleSets.error} onRetry={ruleSets.refetch} title="Could not load the rules" />
        <ErrorMessage error={retire.error} title="Could not retire the version" />
        {ruleSets.loading && !ruleSets.data ? <Loading what="rule versions" /> : null}
        {ruleSets.data ? (
          <TableScroll label="Rule set versions">
            <table data-testid="rule-versions">
              <thead><tr><th>Scope</th><th>Version</th><th>Name</th><th>Status</th><th>Effective from</th><th>Rules</th><th>Split</th><th>By</th><th><span className="sr-only">Actions</span></th></tr></thead>
              <tbody>
                {ruleSets.data.sourcingRuleSets.map((ruleSet) => (
                  <tr key={ruleSet.id}>
                    <td>{ruleSet.channel ? humanize(ruleSet.channel) : 'Global'}</td>
                    <td>v{ruleSet.version}</td>
                    <td>{ruleSet.name}</td>
                    <td><StatusBadge status={ruleSet.status} /></td>
                    <td><DateTime value={ruleSet.effectiveFrom} /></td>
                    <td>{ruleSet.rules.map(describe).join(' → ')}</td>
                    <td>{humanize(ruleSet.splitPolicy.kind)}{ruleSet.splitPolicy.maxShipments ? ` (${ruleSet.splitPolicy.maxShipments})` : ''}</td>
                    <td>{ruleSet.createdBy}</td>
                    <td>
                      {ruleSet.status === 'IN_FORCE' || ruleSet.status === 'SCHEDULED' ? (
                        <button type="button" className="link" onClick={() => setRetiring(ruleSet)} style={{ marginRight: '0.75rem' }}>
                          Retire v{ruleSet.version}
                        </button>
                      ) : null}
                      <button type="button" className="link" onClick={() => { setRules(fromRuleSet(ruleSet)); setChannel(ruleSet.channel ?? ''); setSplit(ruleSet.splitPolicy.kind); setMaxShipments(String(ruleSet.splitPolicy.maxShipments ?? 2)); setName(`${ruleSet.name} (edited)`); }}>
                        Start from v{ruleSet.version}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </section>

      <form className="panel" aria-labelledby="new-version" onSubmit={(event) => void runDryRun(event)}>
        <h2 id="new-version">New version</h2>
        <div className="row" style={{ marginBottom: '1rem' }}>
          <label>
            Name
            <input value={name} onChange={(event) => setName(event.target.value)} required placeholder="Stores first" />
          </label>
          <label>
            Scope
            <select value={channel} onChange={(event) => setChannel(event.target.value)}>
              <option value="">Global (every channel without its own rules)</option>
              {CHANNELS.map((value) => <option key={value} value={value}>{humanize(value)} only</option>)}
            </select>
          </label>
          <label>
            Effective from (empty: now)
            <input type="datetime-local" value={effectiveFrom} onChange={(event) => setEffectiveFrom(event.target.value)} />
          </label>
        </div>
        <fieldset>
          <legend>Filters and rankers, in order</legend>
          <p className="muted">Filters remove locations; rankers sort what is left, each breaking the previous one’s ties.</p>
          <ol className="stack" style={{ paddingLeft: '1.25rem' }}>
            {rules.map((rule, index) => (
              <li key={rule.key}>
                <div className="row">
                  <label>
                    Rule {index + 1}
                    <select value={rule.kind} onChange={(event) => update(rule.key, { kind: event.target.value })}>
                      <optgroup label="Filters">{FILTERS.map((kind) => <option key={kind} value={kind}>{humanize(kind)}</option>)}</optgroup>
                      <optgroup label="Rankers">{RANKERS.map((kind) => <option key={kind} value={kind}>{humanize(kind)}</option>)}</optgroup>
                    </select>
                  </label>
                  {rule.kind === 'LOCATION_TYPE_IN' || rule.kind === 'PREFER_LOCATION_TYPE' ? (
                    <fieldset className="row" style={{ margin: 0 }}>
                      <legend>Location types</legend>
                      {LOCATION_TYPES.map((type) => (
                        <label key={type} className="inline">
                          <input type="checkbox" checked={rule.types.includes(type)} onChange={() => update(rule.key, { types: toggled(rule.types, type) })} />
                          {humanize(type)}
                        </label>
                      ))}
                    </fieldset>
                  ) : null}
                  {rule.kind === 'CAPABILITY' ? (
                    <>
                      <label>
                        Capability
                        <select value={rule.capability} onChange={(event) => update(rule.key, { capability: event.target.value })}>
                          {CAPABILITIES.map((capability) => <option key={capability} value={capability}>{capability}</option>)}
                        </select>
                      </label>
                      <fieldset className="row" style={{ margin: 0 }}>
                        <legend>For delivery methods (none: all)</legend>
                        {METHODS.map((method) => (
                          <label key={method} className="inline">
                            <input type="checkbox" checked={rule.methods.includes(method)} onChange={() => update(rule.key, { methods: toggled(rule.methods, method) })} />
                            {humanize(method)}
                          </label>
                        ))}
                      </fieldset>
                    </>
                  ) : null}
                  {rule.kind === 'WITHIN_KM' ? (
                    <label>
                      Kilometres
                      <input type="number" min="1" step="1" value={rule.km} onChange={(event) => update(rule.key, { km: event.target.value })} required />
                    </label>
                  ) : null}
                  {rule.kind === 'LOCATION_PRIORITY' ? (
                    <fieldset style={{ margin: 0 }}>
                      <legend>Locations, highest priority first (in the order you tick them)</legend>
                      {locations.error ? <ErrorMessage error={locations.error} onRetry={locations.refetch} /> : null}
                      <div className="row">
                        {(locations.data?.locations ?? []).map((location) => (
                          <label key={location.id} className="inline">
                            <input type="checkbox" checked={rule.locationIds.includes(location.id)} onChange={() => update(rule.key, { locationIds: toggled(rule.locationIds, location.id) })} />
                            {location.name}
                          </label>
                        ))}
                      </div>
                      {rule.locationIds.length > 0 ? <p className="muted">Order: {rule.locationIds.map(locationName).join(' → ')}</p> : null}
                    </fieldset>
                  ) : null}
                  <div className="nav-buttons">
                    <button type="button" className="secondary" onClick={() => move(index, -1)} disabled={index === 0} aria-label={`Move rule ${index + 1} up`}>↑</button>
                    <button type="button" className="secondary" onClick={() => move(index, 1)} disabled={index === rules.length - 1} aria-label={`Move rule ${index + 1} down`}>↓</button>
                    <button type="button" className="secondary" onClick={() => setRules((previous) => previous.filter((item) => item.key !== rule.key))} aria-label={`Remove rule ${index + 1}`}>Remove</button>
                  </div>
                </div>
              </li>
            ))}
          </ol>
          <div className="nav-buttons" style={{ marginTop: '0.75rem' }}>
            <button type="button" className="secondary" onClick={() => setRules((previous) => [...previous, draftRule('NEAREST')])}>Add rule</button>
            <button type="button" className="secondary" onClick={() => setRules(STORES_FIRST())}>Template: stores first</button>
          </div>
        </fieldset>
        <fieldset>
          <legend>Split policy</legend>
          <div className="row">
            {SPLIT_POLICIES.map((kind) => (
              <label key={kind} className="inline">
                <input type="radio" name="split" value={kind} checked={split === kind} onChange={() => setSplit(kind)} />
                {humanize(kind)}
              </label>
            ))}
            {split === 'MAX_SHIPMENTS' ? (
              <label>
                At most
                <input type="number" min="1" value={maxShipments} onChange={(event) => setMaxShipments(event.target.value)} />
              </label>
            ) : null}
          </div>
        </fieldset>
        <div className="row">
          <label>
            Replay the last orders
            <input type="number" min="1" max="500" value={lastOrders} onChange={(event) => setLastOrders(event.target.value)} />
          </label>
          <button type="submit" disabled={simulate.running || rules.length === 0}>
            {simulate.running ? 'Running dry run…' : 'Dry run'}
          </button>
          <button type="button" disabled={!simulated || publish.running || !name} onClick={() => setConfirming(true)} title={simulated ? undefined : 'Run a dry run of this version first'}>
            {scheduled ? 'Schedule…' : 'Publish…'}
          </button>
        </div>
        {!simulated ? <p className="muted">Publishing needs a dry run of exactly this version.</p> : null}
        <ErrorMessage error={simulate.error} title="The dry run failed" />
        <ErrorMessage error={publish.error} title="Could not publish" />
        {published ? <Notice>Published: {published}</Notice> : null}
      </form>

      {simulated ? <Comparison simulation={simulated} /> : null}

      <ConfirmDialog
        open={retiring !== undefined}
        title={`Retire ${retiring?.name ?? ''} v${retiring?.version ?? ''}?`}
        confirmLabel="Retire"
        danger
        busy={retire.running}
        onCancel={() => setRetiring(undefined)}
        onConfirm={() => void (retiring ? retire.run({ id: retiring.id }) : Promise.resolve(undefined)).then((result) => { setRetiring(undefined); if (result) ruleSets.refetch(); })}
      >
        <p>A retired version no longer sources orders; the previous version of its scope applies again. Orders already sourced keep their trace.</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirming}
        title={scheduled ? `Schedule “${name}”?` : `Publish “${name}” now?`}
        confirmLabel={scheduled ? 'Schedule' : 'Publish'}
        busy={publish.running}
        onConfirm={() => void confirmPublish()}
        onCancel={() => setConfirming(false)}
      >
        <p>
          {channel ? `${humanize(channel)} orders` : 'Orders of every channel without rules of its own'} will be sourced with these rules{' '}
          {scheduled ? `from ${new Date(effectiveFrom).toLocaleString('en-GB')}` : 'from now on'}. Published versions cannot be changed.
        </p>
        {simulated ? <p>Dry run: {simulated.differenceCount} of {simulated.candidate.ordersEvaluated} orders would be sourced differently.</p> : null}
      </ConfirmDialog>
    </div>
  );
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(0)} %`;
}

function Comparison({ simulation }: { simulation: Simulation }) {
  const { inForce, candidate } = simulation;
  const rows: [string, string, string][] = [
    ['Orders evaluated', String(inForce.ordersEvaluated), String(candidate.ordersEvaluated)],
    ['Shipments per order', inForce.shipmentsPerOrder.toFixed(2), candidate.shipmentsPerOrder.toFixed(2)],
    ['Average distance', inForce.averageDistanceKm === null ? '—' : `${inForce.averageDistanceKm.toFixed(0)} km`, candidate.averageDistanceKm === null ? '—' : `${candidate.averageDistanceKm.toFixed(0)} km`],
    ['Store share of units', percent(inForce.storeShare), percent(candidate.storeShare)],
    ['Units sourced', String(inForce.unitsSourced), String(candidate.unitsSourced)],
    ['Lines not sourced', String(inForce.unsourcedLineCount), String(candidate.unsourcedLineCount)],
  ];
  return (
    <section className="panel" aria-labelledby="comparison" data-testid="dry-run">
      <h2 id="comparison">Dry run: in force vs candidate</h2>
      <p>
        Against <strong>{simulation.ruleSetInForce.name}</strong> v{simulation.ruleSetInForce.version}: {simulation.differenceCount} order(s) sourced differently
        {simulation.skippedCount > 0 ? `, ${simulation.skippedCount} skipped` : ''}.
      </p>
      <div className="grid-2">
        <TableScroll label="Dry-run comparison">
          <table>
            <thead><tr><th>Measure</th><th className="num">In force</th><th className="num">Candidate</th></tr></thead>
            <tbody>{rows.map(([label, current, next]) => <tr key={label}><th scope="row">{label}</th><td className="num">{current}</td><td className="num">{next}</td></tr>)}</tbody>
          </table>
        </TableScroll>
        <BarChart
          title="In force vs candidate"
          legend={['In force', 'Candidate']}
          data={[
            { label: 'Shipments/order', value: inForce.shipmentsPerOrder, compare: candidate.shipmentsPerOrder },
            { label: 'Store share %', value: (inForce.storeShare ?? 0) * 100, compare: (candidate.storeShare ?? 0) * 100 },
            { label: 'Lines not sourced', value: inForce.unsourcedLineCount, compare: candidate.unsourcedLineCount },
          ]}
          format={(value) => (Number.isInteger(value) ? String(value) : value.toFixed(2))}
        />
      </div>
      {simulation.differences.length > 0 ? (
        <>
          <h3>Orders that would change (first {simulation.differences.length})</h3>
          <TableScroll label="Orders that would change">
            <table>
              <thead><tr><th>Order</th><th>Now</th><th>Candidate</th></tr></thead>
              <tbody>
                {simulation.differences.map((difference) => (
                  <tr key={difference.orderId}>
                    <td><Link to={`/orders/${difference.orderId}`}>open</Link></td>
                    <td>{difference.currentLocations.map((location) => location.name).join(', ') || '—'}</td>
                    <td>{difference.candidateLocations.map((location) => location.name).join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      ) : null}
    </section>
  );
}
