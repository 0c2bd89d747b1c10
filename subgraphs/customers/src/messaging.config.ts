import { loadWebhookTargetSettings, parseConfig, wholeNumber, type WebhookRetryPolicy, type WebhookTargetSettings } from '@oms/platform';
import { z } from 'zod';

/** Settings of what the customers service sends out: customer notifications and partner webhooks. */
export interface MessagingConfig {
  notifications: {
    /** `smtp://user:pass@host:587` or `smtps://…`; unset: the development sink keeps messages instead of sending them. */
    smtpUrl: string | undefined;
    /** The From header of customer e-mails. */
    from: string;
    /** How often due messages are looked for (the consumer also wakes the sender at once). */
    intervalMs: number;
    /** First retry delay; each further retry waits four times longer. */
    backoffMs: number;
    maxAttempts: number;
  };
  webhooks: {
    intervalMs: number;
    /** Attempts per round and first retry delay of the shared webhook retry policy. */
    retry: WebhookRetryPolicy;
    timeoutMs: number;
    /** Which URLs may be called: https and public addresses only in production (the OMS must not probe its own network). */
    targets: WebhookTargetSettings;
  };
}

const messagingSettings = z.object({
  SMTP_URL: z.preprocess((value) => (value === '' ? undefined : value), z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional()),
  SMTP_FROM: z.preprocess((value) => (value === '' ? undefined : value), z.string().min(3).max(254).default('OMS <no-reply@oms.example>')),
  NOTIFICATION_INTERVAL_MS: wholeNumber(1_000, 20, 60_000),
  NOTIFICATION_BACKOFF_MS: wholeNumber(30_000, 10, 3_600_000),
  NOTIFICATION_MAX_ATTEMPTS: wholeNumber(6, 1, 20),
  WEBHOOK_INTERVAL_MS: wholeNumber(1_000, 20, 60_000),
  WEBHOOK_BACKOFF_MS: wholeNumber(60_000, 10, 3_600_000),
  WEBHOOK_MAX_ATTEMPTS: wholeNumber(8, 1, 30),
  WEBHOOK_TIMEOUT_MS: wholeNumber(10_000, 100, 60_000),
});

export function loadMessagingConfig(env: NodeJS.ProcessEnv = process.env): MessagingConfig {
  const settings = parseConfig(messagingSettings, env);
  return {
    notifications: {
      smtpUrl: settings.SMTP_URL,
      from: settings.SMTP_FROM,
      intervalMs: settings.NOTIFICATION_INTERVAL_MS,
      backoffMs: settings.NOTIFICATION_BACKOFF_MS,
      maxAttempts: settings.NOTIFICATION_MAX_ATTEMPTS,
    },
    webhooks: {
      intervalMs: settings.WEBHOOK_INTERVAL_MS,
      retry: { baseMs: settings.WEBHOOK_BACKOFF_MS, maxAttempts: settings.WEBHOOK_MAX_ATTEMPTS },
      timeoutMs: settings.WEBHOOK_TIMEOUT_MS,
      targets: loadWebhookTargetSettings(env),
    },
  };
}

let loaded: MessagingConfig | undefined;

/** Parsed once, when the workers start (or the first request needs it). */
export function messagingConfig(): MessagingConfig {
  loaded ??= loadMessagingConfig();
  return loaded;
}
