// The return policy in force, readable by everyone who handles returns; administrators publish a
// new version (the previous ones stay on record in the API).
import { useState, type FormEvent } from 'react';
import type { ReturnPolicyFieldsFragment, ReturnPolicyInput, SalesChannel, StaffRole } from '../__generated__/graphql.ts';
import { RETURN_POLICY, SET_RETURN_POLICY } from '../api/operations.ts';
import { useSession } from '../session.tsx';
import { useMutation, useQuery } from '../ui/api-hooks.tsx';
import { ConfirmDialog, DateTime, ErrorMessage, formatMoney, humanize, Loading, Notice } from '../ui/components.tsx';
import { CHANNELS } from './orders.tsx';

const ROLES: readonly StaffRole[] = ['ADMIN', 'CARE_AGENT', 'STORE_ASSOCIATE'];
/** Amounts of the policy are minor units of the order's currency; the console shows them in euros. */
const CURRENCY = 'EUR';

type Policy = ReturnPolicyFieldsFragment;
type Limit = 'none' | 'limited' | 'unlimited';

interface Draft {
  defaultWindowDays: string;
  channelDays: Record<string, string>;
  categoryWindows: string;
  nonReturnableSkus: string;
  nonReturnableCategories: string;
  approvalThreshold: string;
  limits: Record<string, { kind: Limit; amount: string }>;
}

const major = (minor: number) => (minor / 100).toFixed(2);
const words = (text: string) => text.split(/[\s,]+/).map((word) => word.trim()).filter(Boolean);

function draftOf(policy: Policy): Draft {
  return {
    defaultWindowDays: String(policy.defaultWindowDays),
    channelDays: Object.fromEntries(policy.channelWindows.map((window) => [window.channel, String(window.days)])),
    categoryWindows: policy.categoryWindows.map((window) => `${window.category}: ${window.days}`).join('\n'),
    nonReturnableSkus: policy.nonReturnableSkus.join(', '),
    nonReturnableCategories: policy.nonReturnableCategories.join(', '),
    approvalThreshold: policy.approvalThreshold === null ? '' : major(policy.approvalThreshold),
    limits: Object.fromEntries(
      ROLES.map((role) => {
        const limit = policy.appeasementLimits.find((entry) => entry.role === role);
        return [role, !limit ? { kind: 'none' as const, amount: '' } : limit.maxAmount === null ? { kind: 'unlimited' as const, amount: '' } : { kind: 'limited' as const, amount: major(limit.maxAmount) }];
      }),
    ),
  };
}

/** The API's input from the form, or the first thing to correct. */
function inputOf(draft: Draft): ReturnPolicyInput | string {
  const categoryWindows: { category: string; days: number }[] = [];
  for (const line of draft.categoryWindows.split('\n').map((entry) => entry.trim()).filter(Boolean)) {
    const match = /^(.+?)\s*[:=]\s*(\d+)$/.exec(line);
    if (!match) return `Category windows: “${line}” is not “category: days”.`;
    categoryWindows.push({ category: match[1]!.trim(), days: Number(match[2]) });
  }
  const appeasementLimits = ROLES.flatMap((role) => {
    const limit = draft.limits[role] ?? { kind: 'none', amount: '' };
    if (limit.kind === 'none') return [];
    return [{ role, maxAmount: limit.kind === 'unlimited' ? null : Math.round(Number(limit.amount) * 100) }];
  });
  return {
    defaultWindowDays: Number(draft.defaultWindowDays),
    channelWindows: CHANNELS.filter((channel) => (draft.channelDays[channel] ?? '').trim() !== '').map((channel) => ({ channel, days: Number(draft.channelDays[channel]) })),
    categoryWindows,
    nonReturnableSkus: words(draft.nonReturnableSkus).map((sku) => sku.toUpperCase()),
    nonReturnableCategories: words(draft.nonReturnableCategories),
    approvalThreshold: draft.approvalThreshold.trim() === '' ? null : Math.round(Number(draft.approvalThreshold) * 100),
    appeasementLimits,
  };
}

export function ReturnPolicy() {
  const { can } = useSession();
  const policy = useQuery(RETURN_POLICY, {});
  if (policy.loading && !policy.data) return <Loading what="the return policy" />;
  if (policy.error && !policy.data) return <ErrorMessage error={policy.error} onRetry={policy.refetch} title="Could not load the return policy" />;
  const current = policy.data?.returnPolicy;
  if (!current) return null;
  return (
    <div>
      <h1>Return policy</h1>
      <PolicyView policy={current} />
      {can('admin') ? <PolicyEditor key={current.version} policy={current} onPublished={policy.refetch} /> : <p className="muted">Only administrators change the policy.</p>}
    </div>
  );
}

function PolicyView({ policy }: { policy: Policy }) {
  return (
    <section className="panel" aria-labelledby="policy-in-force" data-testid="policy-in-force">
      <h2 id="policy-in-force">In force: version {policy.version}</h2>
      <p className="muted">
        {policy.version === 0 ? 'The built-in default: no administrator has set a policy yet.' : <>Set by {policy.updatedBy ?? 'unknown'} <DateTime value={policy.updatedAt} />.</>}
      </p>
      <dl className="stack">
        <div><dt className="muted">Return window</dt><dd>{policy.defaultWindowDays} days after delivery, unless a channel or category window applies (the strictest wins)</dd></div>
        <div><dt className="muted">Channel windows</dt><dd>{policy.channelWindows.length === 0 ? 'None' : policy.channelWindows.map((window) => `${humanize(window.channel)} ${window.days} days`).join(', ')}</dd></div>
        <div><dt className="muted">Category windows</dt><dd>{policy.categoryWindows.length === 0 ? 'None' : policy.categoryWindows.map((window) => `${window.category} ${window.days} days`).join(', ')}</dd></div>
        <div><dt className="muted">Never returnable</dt><dd>{[...policy.nonReturnableSkus, ...policy.nonReturnableCategories.map((category) => `category ${category}`)].join(', ') || 'Nothing'}</dd></div>
        <div><dt className="muted">Needs approval</dt><dd>{policy.approvalThreshold === null ? 'Never: returns are approved at once' : `Returns worth more than ${formatMoney({ amount: policy.approvalThreshold, currency: CURRENCY })}`}</dd></div>
        <div>
          <dt className="muted">Goodwill gestures per role</dt>
          <dd>
            {ROLES.map((role) => {
              const limit = policy.appeasementLimits.find((entry) => entry.role === role);
              return `${humanize(role)}: ${!limit ? 'none' : limit.maxAmount === null ? 'no limit' : `up to ${formatMoney({ amount: limit.maxAmount, currency: CURRENCY })}`}`;
            }).join(' · ')}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function PolicyEditor({ policy, onPublished }: { policy: Policy; onPublished(): void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(policy));
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const publish = useMutation(SET_RETURN_POLICY);
  const input = inputOf(draft);
  const set = (change: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    if (typeof input === 'string') {
      setProblem(input);
      return;
    }
    setProblem(undefined);
    setConfirming(true);
  };
  const confirm = async () => {
    if (typeof input === 'string') return;
    const result = await publish.run({ input });
    setConfirming(false);
    if (result) {
      setDone(`Return policy version ${result.setReturnPolicy.version} is in force.`);
      onPublished();
    }
  };
  return (
    <form className="panel stack" aria-labelledby="policy-editor" onSubmit={submit}>
      <h2 id="policy-editor">Publish a new version</h2>
      {done ? <Notice>{done}</Notice> : null}
      {problem ? <div className="alert" role="alert">{problem}</div> : null}
      <ErrorMessage error={publish.error} title="Could not publish the policy" />
      <div className="row">
        <label>
          Default window (days)
          <input type="number" min="0" required value={draft.defaultWindowDays} onChange={(event) => set({ defaultWindowDays: event.target.value })} />
        </label>
        <label>
          Approval above ({CURRENCY}, empty: never)
          <input type="number" min="0" step="0.01" value={draft.approvalThreshold} onChange={(event) => set({ approvalThreshold: event.target.value })} />
        </label>
      </div>
      <fieldset>
        <legend>Window per channel (days, empty: the default)</legend>
        <div className="row">
          {CHANNELS.map((channel: SalesChannel) => (
            <label key={channel}>
              {humanize(channel)}
              <input type="number" min="0" value={draft.channelDays[channel] ?? ''} onChange={(event) => set({ channelDays: { ...draft.channelDays, [channel]: event.target.value } })} />
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        Window per category (one “category: days” per line)
        <textarea rows={3} value={draft.categoryWindows} onChange={(event) => set({ categoryWindows: event.target.value })} placeholder="swimwear: 14" />
      </label>
      <div className="row">
        <label>
          Never returnable SKUs
          <input value={draft.nonReturnableSkus} onChange={(event) => set({ nonReturnableSkus: event.target.value })} placeholder="GIFT-CARD-50" />
        </label>
        <label>
          Never returnable categories
          <input value={draft.nonReturnableCategories} onChange={(event) => set({ nonReturnableCategories: event.target.value })} placeholder="underwear" />
        </label>
      </div>
      <fieldset>
        <legend>Goodwill gestures each role may grant</legend>
        <div className="row">
          {ROLES.map((role) => {
            const limit = draft.limits[role] ?? { kind: 'none' as const, amount: '' };
            const setLimit = (change: Partial<typeof limit>) => set({ limits: { ...draft.limits, [role]: { ...limit, ...change } } });
            return (
              <div key={role} className="row">
                <label>
                  {humanize(role)}
                  <select value={limit.kind} onChange={(event) => setLimit({ kind: event.target.value as Limit })}>
                    <option value="none">None</option>
                    <option value="limited">Up to an amount</option>
                    <option value="unlimited">No limit</option>
                  </select>
                </label>
                {limit.kind === 'limited' ? (
                  <label>
                    {humanize(role)} limit ({CURRENCY})
                    <input type="number" min="0" step="0.01" required value={limit.amount} onChange={(event) => setLimit({ amount: event.target.value })} />
                  </label>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
      <div>
        <button type="submit" disabled={publish.running}>Publish…</button>
      </div>
      <ConfirmDialog open={confirming} title={`Publish return policy version ${policy.version + 1}?`} confirmLabel="Publish" busy={publish.running} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)}>
        <p>It applies to every return requested from now on; returns already requested keep the version they were checked against.</p>
      </ConfirmDialog>
    </form>
  );
}
