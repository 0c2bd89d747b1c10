/**
 * The one retry policy of outbound webhooks, whoever sends them: which answers are worth another
 * try, and how long to wait before it. Each service sets its first wait and its number of attempts;
 * the shape of the schedule is the same for all.
 */

export interface WebhookRetryPolicy {
  /** Attempts in one round (a replay starts a new round). */
  maxAttempts: number;
  /** The wait after the first failure; every later wait is `BACKOFF_FACTOR` times longer. */
  baseMs: number;
}

/** Each wait is this many times longer than the one before… */
export const BACKOFF_FACTOR = 4;
/** …up to this many times the first wait (a one-minute base: 12 hours). */
export const MAX_DELAY_FACTOR = 720;
/** Each wait is drawn within ±20 % of its nominal value, so receivers coming back up are not hit by every sender at once. */
const JITTER = 0.2;

/**
 * What came of one attempt. `answered`: the receiver sent a status code. `unreachable`: no answer
 * (refused or reset connection, unknown name, time-out). `refused`: the OMS would not send it (a
 * private address, an endpoint that is gone), so trying again cannot help.
 */
export type WebhookAttemptResult =
  | { kind: 'answered'; statusCode: number; retryAfterMs: number | null }
  | { kind: 'unreachable'; error: string }
  | { kind: 'refused'; error: string };

/** 2xx: the receiver has the message. */
export function isDeliveredStatus(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}

/**
 * Answers worth another try: the receiver's server failed (5xx), timed out reading the request
 * (408) or asked to slow down (429). Any other answer (4xx, a redirect, which is never followed)
 * says the request itself is wrong for this endpoint: sending it again would get the same answer.
 */
export function isRetryableStatus(statusCode: number): boolean {
  return statusCode >= 500 || statusCode === 408 || statusCode === 429;
}

export function isRetryable(result: WebhookAttemptResult): boolean {
  if (result.kind === 'answered') return !isDeliveredStatus(result.statusCode) && isRetryableStatus(result.statusCode);
  return result.kind === 'unreachable';
}

/** The wait after failed attempt `attempt` (1 = the first) without jitter: exponential, capped. */
export function nominalRetryDelayMs(policy: WebhookRetryPolicy, attempt: number): number {
  return Math.min(policy.baseMs * BACKOFF_FACTOR ** Math.max(0, attempt - 1), policy.baseMs * MAX_DELAY_FACTOR);
}

/**
 * The wait after failed attempt `attempt`: the nominal wait with jitter, or longer when the receiver
 * asked for it with `Retry-After`, but never longer than the policy's longest wait.
 * `random` is a number in [0, 1).
 */
export function retryDelayMs(policy: WebhookRetryPolicy, attempt: number, retryAfterMs: number | null = null, random: number = Math.random()): number {
  const longest = policy.baseMs * MAX_DELAY_FACTOR;
  const jittered = Math.min(longest, Math.round(nominalRetryDelayMs(policy, attempt) * (1 - JITTER + 2 * JITTER * random)));
  return retryAfterMs === null ? jittered : Math.max(jittered, Math.min(retryAfterMs, longest));
}

/** How long after the first attempt the last one is made when every attempt fails (nominal waits). */
export function retrySpanMs(policy: WebhookRetryPolicy): number {
  let span = 0;
  for (let attempt = 1; attempt < policy.maxAttempts; attempt++) span += nominalRetryDelayMs(policy, attempt);
  return span;
}

export type WebhookNextStep = { status: 'DELIVERED' } | { status: 'FAILED' } | { status: 'PENDING'; nextAttemptAt: Date };

/**
 * Where a delivery goes after attempt `attempt` of its round: DELIVERED, FAILED (a final answer, or
 * the round's attempts are spent) or PENDING until the next attempt.
 */
export function nextWebhookStep(policy: WebhookRetryPolicy, attempt: number, result: WebhookAttemptResult, now: Date = new Date()): WebhookNextStep {
  if (result.kind === 'answered' && isDeliveredStatus(result.statusCode)) return { status: 'DELIVERED' };
  if (!isRetryable(result) || attempt >= policy.maxAttempts) return { status: 'FAILED' };
  const retryAfterMs = result.kind === 'answered' ? result.retryAfterMs : null;
  return { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + retryDelayMs(policy, attempt, retryAfterMs)) };
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: Date = new Date()): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}
