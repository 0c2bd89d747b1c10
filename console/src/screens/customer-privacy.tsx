import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import { ERASE_CUSTOMER, EXPORT_CUSTOMER_DATA } from '../api/operations.ts';
import { useSession } from '../session.tsx';
import { useMutation } from '../ui/api-hooks.tsx';
import { ConfirmDialog, DateTime, downloadText, ErrorMessage, Notice } from '../ui/components.tsx';

/** GDPR: export everything the OMS holds about the person; erase it (administrators), both confirmed. */
export function CustomerPrivacy({ customer }: { customer: { id: string; name: string } }) {
  const { can } = useSession();
  const exporter = useMutation(EXPORT_CUSTOMER_DATA);
  const eraser = useMutation(ERASE_CUSTOMER);
  const [exported, setExported] = useState<string | undefined>();
  const [erasing, setErasing] = useState(false);
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const [erasure, setErasure] = useState<{ status: string; requestedAt: string; subgraphs: { name: string; confirmedAt: string | null }[] } | undefined>();

  const runExport = async () => {
    const result = await exporter.run({ customerId: customer.id });
    if (!result) return;
    downloadText(`customer-${customer.id}-${result.exportCustomerData.generatedAt.slice(0, 10)}.json`, JSON.stringify(result.exportCustomerData, null, 2), 'application/json');
    setExported(`Export of ${new Date(result.exportCustomerData.generatedAt).toLocaleString('en-GB')} downloaded.`);
  };
  const runErase = async () => {
    const result = await eraser.run({ customerId: customer.id, reason });
    setErasing(false);
    if (result) setErasure(result.eraseCustomer);
  };
  const blocked = eraser.error instanceof ApiError && eraser.error.code === 'ERASURE_BLOCKED_OPEN_ORDERS';

  return (
    <section className="panel stack" aria-labelledby="privacy">
      <h2 id="privacy">Personal data (GDPR)</h2>
      {exported ? <Notice>{exported}</Notice> : null}
      <ErrorMessage error={exporter.error} title="Could not export" />
      <ErrorMessage error={eraser.error} title={blocked ? 'Cannot erase yet: orders are still open' : 'Could not erase'} />
      {erasure ? (
        <Notice>
          Erasure {erasure.status.toLowerCase()} (asked <DateTime value={erasure.requestedAt} />):{' '}
          {erasure.subgraphs.map((service) => `${service.name} ${service.confirmedAt ? 'done' : 'pending'}`).join(', ')}.
        </Notice>
      ) : null}
      <div className="nav-buttons">
        <button type="button" className="secondary" disabled={exporter.running} onClick={() => void runExport()}>
          {exporter.running ? 'Exporting…' : 'Export data'}
        </button>
        {can('admin') && can('customers:write') ? (
          <button type="button" className="danger" onClick={() => { setTyped(''); setErasing(true); }}>
            Erase…
          </button>
        ) : null}
      </div>
      <ConfirmDialog
        open={erasing}
        title={`Erase ${customer.name}?`}
        confirmLabel="Erase for good"
        danger
        busy={eraser.running}
        confirmDisabled={typed !== customer.name || reason.trim() === ''}
        onConfirm={() => void runErase()}
        onCancel={() => setErasing(false)}
      >
        <p>Their data is removed or anonymized in every service; financial records keep only amounts and dates. This cannot be undone.</p>
        <label>
          Reason
          <input value={reason} onChange={(event) => setReason(event.target.value)} placeholder="Request by email of 22 Nov" />
        </label>
        <label>
          Type the customer’s name to confirm
          <input value={typed} onChange={(event) => setTyped(event.target.value)} />
        </label>
      </ConfirmDialog>
    </section>
  );
}
