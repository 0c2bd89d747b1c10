import { createTransport, type Transporter } from 'nodemailer';

/** A message ready to go: what the customer reads, and to whom. */
export interface OutgoingMessage {
  /** The notification's id; channels use it to make a resend recognisable (Message-ID, sink id). */
  id: string;
  to: string;
  subject: string;
  text: string;
  language: string;
}

/** How messages leave the OMS. `send` resolves with the provider's id of the message, or throws. */
export interface NotificationChannel {
  readonly name: 'EMAIL' | 'DEV_SINK';
  send(message: OutgoingMessage): Promise<string>;
  close(): Promise<void>;
}

/** E-mail through an SMTP server (`SMTP_URL`). */
export class SmtpChannel implements NotificationChannel {
  readonly name = 'EMAIL';
  readonly #transport: Transporter;
  readonly #from: string;
  readonly #domain: string;

  constructor(smtpUrl: string, from: string) {
    this.#transport = createTransport(smtpUrl);
    this.#from = from;
    this.#domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'oms.invalid';
  }

  async send(message: OutgoingMessage): Promise<string> {
    const info = (await this.#transport.sendMail({
      from: this.#from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: { 'Content-Language': message.language },
      // Stable across retries, so a receiving server can recognise a message sent twice.
      messageId: `<${message.id}@${this.#domain}>`,
    })) as { messageId?: unknown; rejected?: unknown };
    if (Array.isArray(info.rejected) && info.rejected.length > 0) throw new Error(`recipient refused by the SMTP server: ${message.to}`);
    return typeof info.messageId === 'string' ? info.messageId : `<${message.id}@${this.#domain}>`;
  }

  async close(): Promise<void> {
    this.#transport.close();
  }
}

/**
 * Development and tests: nothing leaves the machine. The message is accepted as sent and stays in
 * the notification log, where `Query.notifications` shows it exactly as it would have been mailed.
 */
export class DevelopmentSinkChannel implements NotificationChannel {
  readonly name = 'DEV_SINK';

  async send(message: OutgoingMessage): Promise<string> {
    return `dev-sink:${message.id}`;
  }

  async close(): Promise<void> {}
}

/** SMTP when `smtpUrl` is set, the development sink otherwise. */
export function notificationChannelFor(settings: { smtpUrl: string | undefined; from: string }): NotificationChannel {
  return settings.smtpUrl ? new SmtpChannel(settings.smtpUrl, settings.from) : new DevelopmentSinkChannel();
}
