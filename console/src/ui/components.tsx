// Building blocks shared by the screens: loading and error states, confirmations, formatting.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ApiError } from '../api/client.ts';
import type { LiveStatus } from './api-hooks.tsx';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

/** An error as the user can act on it: the message, the API's code, and a retry when possible. */
export function ErrorMessage({ error, onRetry, title = 'Something went wrong' }: { error: Error | undefined; onRetry?: () => void; title?: string }) {
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : undefined;
  return (
    <div className="alert" role="alert">
      <strong>{title}:</strong> {error.message}
      {code ? <span className="muted"> ({code})</span> : null}
      {onRetry ? (
        <>
          {' '}
          <button type="button" className="link" onClick={onRetry}>
            Retry
          </button>
        </>
      ) : null}
    </div>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * A modal confirmation: a native <dialog> opened with showModal (the rest of the page inert,
 * Escape cancels), Tab kept inside it (the browser would otherwise move on to its own controls),
 * and on close focus goes back to the control that opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger = false,
  busy = false,
  confirmDisabled = false,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  /** Until what the dialog asks for is filled in (the cancel button stays usable). */
  confirmDisabled?: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  // Several dialogs live on one screen: each needs its own title id.
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    }
    if (!open && element.open) closeAndReturnFocus(element, opener.current);
  }, [open]);
  useLayoutEffect(() => {
    const element = dialog.current;
    // Unmounted while open (a step's dialog goes when the step is done): close it first, so the
    // page is not left inert and focus goes back.
    return () => {
      if (element?.open) closeAndReturnFocus(element, opener.current);
    };
  }, []);
  const keepFocusInside = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onKeyDown={keepFocusInside}
      onCancel={(event) => { event.preventDefault(); onCancel(); }}
      // The browser may close it without a cancel event (repeated Escape): keep the state in step.
      onClose={() => { if (open) onCancel(); }}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="stack">{children}</div>
      <div className="nav-buttons" style={{ marginTop: '1rem', justifyContent: 'flex-end' }}>
        <button type="button" className="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className={danger ? 'danger' : ''} onClick={onConfirm} disabled={busy || confirmDisabled}>
          {busy ? 'Working…' : confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

function closeAndReturnFocus(element: HTMLDialogElement, opener: HTMLElement | null): void {
  element.close();
  if (opener?.isConnected) opener.focus();
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(money: { amount: number; currency: string } | null | undefined): string {
  if (!money) return '—';
  let format = moneyFormats.get(money.currency);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { style: 'currency', currency: money.currency });
    moneyFormats.set(money.currency, format);
  }
  return format.format(money.amount / 100);
}

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)) : '—';
}

export function DateTime({ value }: { value: string | null | undefined }) {
  return value ? <time dateTime={value}>{formatDateTime(value)}</time> : <>—</>;
}

export function humanize(value: string): string {
  const words = value.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const GOOD = new Set(['DELIVERED', 'PICKED_UP', 'SHIPPED', 'IN_FORCE', 'CAPTURED', 'RECEIVED', 'ALLOCATED', 'READY_FOR_PICKUP', 'COMPLETED']);
const BAD = new Set(['CANCELLED', 'REJECTED', 'EXCEPTION', 'DECLINED', 'EXPIRED', 'RETURNED_TO_SENDER', 'VOIDED']);
const WARN = new Set(['ON_HOLD', 'BACKORDERED', 'SCHEDULED', 'PARTIALLY_SHIPPED', 'PENDING']);

export function StatusBadge({ status }: { status: string }) {
  const tone = GOOD.has(status) ? 'good' : BAD.has(status) ? 'bad' : WARN.has(status) ? 'warn' : 'info';
  return <span className={`badge ${tone}`}>{humanize(status)}</span>;
}

export function LiveIndicator({ status, error }: { status: LiveStatus; error?: Error | undefined }) {
  const label = status === 'live' ? 'Live' : status === 'connecting' ? 'Connecting…' : status === 'error' ? `Live updates failed${error ? `: ${error.message}` : ''}` : 'Live updates off';
  return (
    <span className={`live ${status === 'live' ? 'on' : status === 'error' ? 'error' : ''}`} role="status" aria-live="polite" data-live={status}>
      {label}
    </span>
  );
}

/** Saves text as a file (the API's CSV exports). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  URL.revokeObjectURL(url);
}

/**
 * A wide table's horizontal scroller. When it does scroll (a phone, a narrow window) it becomes a
 * named, focusable region, so keyboard users can scroll it with the arrow keys.
 */
export function TableScroll({ label = 'Table, scrolls sideways', children }: { label?: string; children: ReactNode }) {
  const wrap = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = wrap.current;
    if (!element) return undefined;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={wrap} className="table-wrap" {...(scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {})}>
      {children}
    </div>
  );
}
