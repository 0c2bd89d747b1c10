/**
 * Standard Webhooks signing (https://www.standardwebhooks.com): every request carries
 * `webhook-id`, `webhook-timestamp` and `webhook-signature: v1,<base64 HMAC-SHA256 of
 * "<id>.<timestamp>.<body>">`, so a receiver verifying with any Standard Webhooks library refuses an
 * altered body, a changed id and a captured request replayed after its tolerance (5 minutes).
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export const WEBHOOK_SECRET_PREFIX = 'whsec_';
export const WEBHOOK_ID_HEADER = 'webhook-id';
export const WEBHOOK_TIMESTAMP_HEADER = 'webhook-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'webhook-signature';

/** A new signing secret, shown to the receiver once: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/**
 * The HMAC key a secret stands for: the bytes its base64 text encodes. Secrets issued before the
 * OMS signed the standard way are the same 32 random bytes in the URL-safe alphabet (`-` and `_`);
 * they are decoded the same way, so no stored secret had to change (a receiver holding one turns
 * `-` into `+` and `_` into `/`, or rotates it).
 */
export function webhookSigningKey(secret: string): Uint8Array {
  if (!secret.startsWith(WEBHOOK_SECRET_PREFIX)) throw new Error(`a webhook signing secret starts with ${WEBHOOK_SECRET_PREFIX}`);
  const encoded = secret.slice(WEBHOOK_SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(encoded)) throw new Error('a webhook signing secret is base64 after its prefix');
  const key = Buffer.from(encoded, 'base64');
  if (key.length < 16) throw new Error('a webhook signing secret holds at least 16 bytes');
  return new Uint8Array(key);
}

export interface SignedWebhook {
  /** The message's id: the same on every attempt of one message, so receivers dedupe by it. */
  id: string;
  /** When this attempt is signed (each attempt is signed afresh). */
  at: Date;
  /** The raw body, exactly as sent. */
  body: string;
}

/** The three Standard Webhooks headers of one attempt. */
export function webhookSignatureHeaders(secret: string, message: SignedWebhook): Record<string, string> {
  const signer = new Webhook(webhookSigningKey(secret), { format: 'raw' });
  return {
    [WEBHOOK_ID_HEADER]: message.id,
    [WEBHOOK_TIMESTAMP_HEADER]: String(Math.floor(message.at.getTime() / 1000)),
    [WEBHOOK_SIGNATURE_HEADER]: signer.sign(message.id, message.at, message.body),
  };
}
