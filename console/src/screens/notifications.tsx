// The messages the OMS sent a customer (order milestones, returns, refunds), as care agents need
// them when the customer calls: what was said, to which address, and whether it left.
import { useEffect } from 'react';
import { NOTIFICATIONS } from '../api/operations.ts';
import { useQuery } from '../ui/api-hooks.tsx';
import { DateTime, ErrorMessage, humanize, Loading, StatusBadge } from '../ui/components.tsx';

export function Notifications({ customerId, orderId, refreshKey = 0 }: { customerId?: string; orderId?: string; refreshKey?: number }) {
  const messages = useQuery(NOTIFICATIONS, { customerId: customerId ?? null, orderId: orderId ?? null });
  const { refetch } = messages;
  // Messages follow what staff just did (a return approved, a refund): read them again then.
  useEffect(() => {
    if (refreshKey > 0) refetch();
  }, [refreshKey, refetch]);
  const list = messages.data?.notifications.edges.map(({ node }) => node) ?? [];
  return (
    <section className="panel" aria-labelledby="notifications" data-testid="notifications">
      <div className="spread">
        <h2 id="notifications">Messages sent to the customer</h2>
        <button type="button" className="secondary" onClick={messages.refetch} disabled={messages.loading}>
          {messages.loading ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      <ErrorMessage error={messages.error} onRetry={messages.refetch} title="Could not load the messages" />
      {messages.loading && !messages.data ? <Loading what="messages" /> : null}
      {messages.data && list.length === 0 ? <p className="muted">No message yet.</p> : null}
      {list.length > 0 ? (
        <ul className="stack messages">
          {list.map((message) => (
            <li key={message.id}>
              <details>
                <summary>
                  <strong>{message.subject}</strong> <StatusBadge status={message.status} />
                </summary>
                <pre className="message-body">{message.body}</pre>
              </details>
              <div className="muted">
                {humanize(message.template)} · to {message.recipient} · <DateTime value={message.sentAt ?? message.createdAt} />
                {message.channel ? ` · ${message.channel === 'DEV_SINK' ? 'kept (no mail server configured)' : message.channel.toLowerCase()}` : ''}
                {message.attempts > 1 ? ` · ${message.attempts} attempts` : ''}
                {message.lastError ? ` · last error: ${message.lastError}` : ''}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
