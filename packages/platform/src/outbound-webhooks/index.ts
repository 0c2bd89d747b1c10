/**
 * Outbound webhooks, one module for every service that calls a receiver (customers' webhook
 * subscriptions, fulfillment's dropship vendors): Standard Webhooks signing, one retry policy, and
 * an address guard applied when each connection is made. What is sent, to whom, and how deliveries
 * are stored stay each service's own.
 */
export * from './address-guard.ts';
export * from './retry-policy.ts';
export * from './send.ts';
export * from './signing.ts';
