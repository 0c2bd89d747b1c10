/**
 * The mechanics of calling a receiver's webhook, shared by the services that do (customers'
 * subscriptions, fulfillment's dropship vendors): the HMAC signature value, the POST itself and the
 * retry schedule's shape. What is signed, which headers travel, how deliveries are stored and how
 * often they are retried stay each service's own.
 */
import { createHmac } from 'node:crypto';

/** `sha256=<hex HMAC-SHA256 of content keyed with secret>`: the value of a signature header. */
export function webhookSignature(secret: string, content: string): string {
  return `sha256=${createHmac('sha256', secret).update(content).digest('hex')}`;
}

export interface BackoffSchedule {
  /** Wait after the first failure. */
  baseMs: number;
  /** How many times longer each following wait is. */
  factor: number;
  /** The longest wait. */
  maxMs: number;
}

/** Wait before the attempt after attempt `attempt` (1 = after the first failure): exponential, capped. */
export function backoffDelayMs(attempt: number, schedule: BackoffSchedule): number {
  return Math.min(schedule.baseMs * schedule.factor ** Math.max(0, attempt - 1), schedule.maxMs);
}

export interface WebhookRequest {
  url: string;
  /** The JSON body, exactly as signed. */
  body: string;
  userAgent: string;
  /** The service's own headers (signature, ids), after content-type and user-agent. */
  headers: Record<string, string>;
  timeoutMs: number;
}

/**
 * POSTs a JSON body to a receiver; resolves with the status code of its answer (the answer's body is
 * read and dropped), rejects when none came (network error, time-out). A redirect is an answer, not
 * an instruction: following it could lead into a private network.
 */
export async function postWebhook(request: WebhookRequest): Promise<number> {
  const response = await fetch(request.url, {
    method: 'POST',
    redirect: 'manual',
    signal: AbortSignal.timeout(request.timeoutMs),
    headers: { 'content-type': 'application/json', 'user-agent': request.userAgent, ...request.headers },
    body: request.body,
  });
  await response.arrayBuffer().catch(() => undefined);
  return response.status;
}

/** A receiver's answer that counts as delivered. */
export function isDeliveredStatus(status: number): boolean {
  return status >= 200 && status < 300;
}
