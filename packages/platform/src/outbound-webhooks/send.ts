/**
 * One attempt at a webhook: a POST through the address guard, never following a redirect,
 * bounded by a time-out; the answer's body is read and dropped.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { addressGuard, guardedLookup, hostOf, refusedAddressReason, systemResolver, WebhookTargetRefused, type HostResolver, type WebhookTargetSettings } from './address-guard.ts';
import { parseRetryAfter, type WebhookAttemptResult } from './retry-policy.ts';

export interface WebhookRequest {
  url: string;
  /** The JSON body, exactly as signed. */
  body: string;
  userAgent: string;
  /** The signature headers and the service's own, after content-type and user-agent. */
  headers: Record<string, string>;
  timeoutMs: number;
}

export type TimedWebhookAttempt = WebhookAttemptResult & { durationMs: number };

/** Sends webhook requests to the targets the settings allow; `resolve` is the system's resolver except in tests. */
export interface WebhookPoster {
  post(request: WebhookRequest): Promise<TimedWebhookAttempt>;
}

const errorText = (error: unknown): string => {
  if (!(error instanceof Error)) return 'request failed';
  const code = (error as NodeJS.ErrnoException).code;
  const message = code && !error.message.includes(code) ? `${code} ${error.message}` : error.message;
  return (error.cause instanceof Error ? `${message}: ${error.cause.message}` : message).slice(0, 400);
};

export function webhookPoster(settings: WebhookTargetSettings, resolve: HostResolver = systemResolver): WebhookPoster {
  const refuses = addressGuard(settings.allowedNetworks);
  const lookup = guardedLookup(refuses, resolve);

  function send(url: URL, request: WebhookRequest): Promise<WebhookAttemptResult> {
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !settings.requireHttps)) {
      return Promise.resolve({ kind: 'refused', error: `${url.protocol} URLs are not allowed` });
    }
    // A literal address is never looked up: it is checked here (it cannot change before the connection).
    const host = hostOf(url);
    if (isIP(host) && refuses(host)) return Promise.resolve({ kind: 'refused', error: refusedAddressReason(host) });
    return new Promise((resolvePromise) => {
      const settle = (result: WebhookAttemptResult) => resolvePromise(result);
      const outgoing = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
        url,
        {
          method: 'POST',
          // A fresh connection per attempt, resolved through the guard: no pooled socket of other code is reused.
          agent: false,
          lookup,
          signal: AbortSignal.timeout(request.timeoutMs),
          headers: {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(request.body)),
            'user-agent': request.userAgent,
            ...request.headers,
          },
        },
        (response: IncomingMessage) => {
          const retryAfter = response.headers['retry-after'];
          const result: WebhookAttemptResult = { kind: 'answered', statusCode: response.statusCode ?? 0, retryAfterMs: parseRetryAfter(retryAfter) };
          // The status is what counts: the body ending, failing or being cut off by the time-out settles it alike.
          response.on('end', () => settle(result));
          response.on('error', () => settle(result));
          response.on('close', () => settle(result));
          response.resume();
        },
      );
      outgoing.on('error', (error: Error) => {
        if (error instanceof WebhookTargetRefused) settle({ kind: 'refused', error: error.message });
        else if (error.name === 'AbortError' || error.name === 'TimeoutError') settle({ kind: 'unreachable', error: `no answer within ${request.timeoutMs} ms` });
        else settle({ kind: 'unreachable', error: errorText(error) });
      });
      outgoing.end(request.body);
    });
  }

  return {
    async post(request) {
      const started = performance.now();
      let url: URL;
      try {
        url = new URL(request.url);
      } catch {
        return { kind: 'refused', error: 'the endpoint is not a URL', durationMs: 0 };
      }
      const result = await send(url, request);
      return { ...result, durationMs: Math.round(performance.now() - started) };
    },
  };
}

/** The error a delivery log records for an attempt that did not deliver (null when it did). */
export function attemptError(result: WebhookAttemptResult): string | null {
  if (result.kind !== 'answered') return result.error;
  if (result.statusCode >= 200 && result.statusCode < 300) return null;
  return result.statusCode >= 300 && result.statusCode < 400 ? `HTTP ${result.statusCode} (redirects are not followed)` : `HTTP ${result.statusCode}`;
}
