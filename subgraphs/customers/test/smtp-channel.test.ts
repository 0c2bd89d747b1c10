import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationChannelFor, SmtpChannel } from '../src/domain/notification-channel.ts';

/** Just enough of an SMTP server to accept messages and keep what it was sent. */
function fakeSmtpServer(refuse: (recipient: string) => boolean): { server: Server; messages: { from: string; to: string[]; data: string }[] } {
  const messages: { from: string; to: string[]; data: string }[] = [];
  const server = createServer((socket: Socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(current);
            current = { from: '', to: [], data: '' };
            socket.write('250 2.0.0 queued as TEST1\r\n');
          } else current.data += `${line}\n`;
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250-test\r\n250 8BITMIME\r\n');
        else if (verb === 'MAIL') {
          current.from = line;
          socket.write('250 OK\r\n');
        } else if (verb === 'RCPT') {
          const recipient = /<([^>]*)>/.exec(line)?.[1] ?? '';
          if (refuse(recipient)) socket.write('550 5.1.1 no such user\r\n');
          else {
            current.to.push(recipient);
            socket.write('250 OK\r\n');
          }
        } else if (verb === 'DATA') {
          inData = true;
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else if (verb === 'RSET' || verb === 'NOOP') socket.write('250 OK\r\n');
        else socket.write('502 not implemented\r\n');
      }
    });
  });
  return { server, messages };
}

const smtp = fakeSmtpServer((recipient) => recipient.startsWith('nobody@'));
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
  url = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
});

describe('the SMTP notification channel', () => {
  it('is chosen when SMTP_URL is set; the development sink otherwise', () => {
    expect(notificationChannelFor({ smtpUrl: url, from: 'OMS <no-reply@oms.example>' }).name).toBe('EMAIL');
    expect(notificationChannelFor({ smtpUrl: undefined, from: 'x@y.z' }).name).toBe('DEV_SINK');
  });

  it('sends the message and answers the Message-ID, stable across retries', async () => {
    const channel = new SmtpChannel(url, 'OMS <no-reply@oms.example>');
    const message = { id: '7f0c1a52-5a1e-4c53-9d7e-3f4b2a1c0d9e', to: 'camille.martin@example.com', subject: 'Votre commande OMS-100001 est confirmée', text: 'Bonjour Camille,\n\nMerci.', language: 'fr' };
    const providerId = await channel.send(message);
    expect(providerId).toBe(`<${message.id}@oms.example>`);
    const [sent] = smtp.messages;
    expect(sent?.to).toEqual(['camille.martin@example.com']);
    expect(sent?.from).toContain('no-reply@oms.example');
    expect(sent?.data).toContain(`Message-ID: <${message.id}@oms.example>`);
    expect(sent?.data).toContain('Content-Language: fr');
    expect(sent?.data).toMatch(/Subject: =\?UTF-8\?/);
    await channel.close();
  });

  it('fails when the server refuses the recipient (the sender retries)', async () => {
    const channel = new SmtpChannel(url, 'OMS <no-reply@oms.example>');
    await expect(channel.send({ id: 'x', to: 'nobody@example.com', subject: 's', text: 't', language: 'en' })).rejects.toThrow();
    await channel.close();
  });
});
