// Care cases of a customer: a problem followed over several contacts until it is resolved.
import { useState, type FormEvent } from 'react';
import type { CaseFieldsFragment, CaseStatus } from '../__generated__/graphql.ts';
import { CUSTOMER_CASES, OPEN_CASE, UPDATE_CASE_STATUS } from '../api/operations.ts';
import { useMutation, useQuery } from '../ui/api-hooks.tsx';
import { DateTime, ErrorMessage, humanize, Loading, Notice, StatusBadge } from '../ui/components.tsx';

/** Mirrors the API's transitions: OPEN ↔ PENDING_CUSTOMER → RESOLVED, and a resolved case may be reopened. */
const NEXT_STATUSES: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  OPEN: ['PENDING_CUSTOMER', 'RESOLVED'],
  PENDING_CUSTOMER: ['OPEN', 'RESOLVED'],
  RESOLVED: ['OPEN'],
};

export function useCustomerCases(customerId: string) {
  return useQuery(CUSTOMER_CASES, { id: customerId });
}

export function Cases({ cases, canWrite, customerId, onChanged }: { cases: ReturnType<typeof useCustomerCases>; canWrite: boolean; customerId: string; onChanged(): void }) {
  const [subject, setSubject] = useState('');
  const [done, setDone] = useState<string | undefined>();
  const open = useMutation(OPEN_CASE);
  const list = cases.data?.customer?.cases ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    const result = await open.run({ input: { customerId, subject: subject.trim() } });
    if (result) {
      setDone(`Case “${result.openCase.subject}” opened: log the contacts about it on the case.`);
      setSubject('');
      onChanged();
    }
  };
  return (
    <section className="panel stack" aria-labelledby="cases" data-testid="cases">
      <h2 id="cases">Cases</h2>
      {done ? <Notice>{done}</Notice> : null}
      <ErrorMessage error={cases.error} onRetry={cases.refetch} title="Could not load the cases" />
      {cases.loading && !cases.data ? <Loading what="cases" /> : null}
      {cases.data && list.length === 0 ? <p className="muted">No case.</p> : null}
      {list.map((item) => <CaseItem key={item.id} item={item} canWrite={canWrite} onChanged={onChanged} />)}
      {canWrite ? (
        <form className="row" onSubmit={(event) => void submit(event)}>
          <label>
            New case subject
            <input value={subject} onChange={(event) => setSubject(event.target.value)} required placeholder="Parcel lost in transit" />
          </label>
          <button type="submit" disabled={open.running || subject.trim() === ''}>{open.running ? 'Opening…' : 'Open case'}</button>
        </form>
      ) : null}
      <ErrorMessage error={open.error} title="Could not open the case" />
    </section>
  );
}

function CaseItem({ item, canWrite, onChanged }: { item: CaseFieldsFragment; canWrite: boolean; onChanged(): void }) {
  const choices = NEXT_STATUSES[item.status];
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const update = useMutation(UPDATE_CASE_STATUS);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!status) return;
    const result = await update.run({ id: item.id, status });
    if (result) {
      setStatus('');
      onChanged();
    }
  };
  return (
    <article className="card" aria-label={`Case ${item.subject}`} data-testid="case">
      <div className="spread">
        <strong>{item.subject}</strong>
        <StatusBadge status={item.status} />
      </div>
      <div className="muted">
        Opened <DateTime value={item.openedAt} /> by {item.openedBy}
        {item.resolvedAt ? <> · resolved <DateTime value={item.resolvedAt} /></> : <> · updated <DateTime value={item.updatedAt} /></>}
      </div>
      {item.interactions.length === 0 ? <p className="muted">No contact logged on this case yet.</p> : (
        <ul>
          {item.interactions.map((interaction) => (
            <li key={interaction.id}>{humanize(interaction.channel)}: {interaction.reason} · <DateTime value={interaction.at} /></li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form className="row" onSubmit={(event) => void submit(event)}>
          <label>
            Status of “{item.subject}”
            <select value={status} onChange={(event) => setStatus(event.target.value as CaseStatus | '')}>
              <option value="">Choose…</option>
              {choices.map((value) => <option key={value} value={value}>{humanize(value)}</option>)}
            </select>
          </label>
          <button type="submit" className="secondary" disabled={!status || update.running}>{update.running ? 'Saving…' : 'Change status'}</button>
        </form>
      ) : null}
      <ErrorMessage error={update.error} title="Could not change the status" />
    </article>
  );
}
