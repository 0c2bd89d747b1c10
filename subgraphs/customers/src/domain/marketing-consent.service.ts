import { actorOf, DomainError, recordAudit } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import type { ContactChannel } from '../entities/customer.entity.ts';
import { CONSENT_PURPOSES, MarketingConsent, type ConsentPurpose } from '../entities/marketing-consent.entity.ts';
import { customerToChange } from './customer.service.ts';
import { parseContactChannel, requiredText } from './customer-input.ts';

export interface ConsentRequest {
  customerId: string;
  purpose: string;
  channel: string;
  granted: boolean;
  source: string;
}

/**
 * Records a consent decision. Every call is kept, a repeated one too: it is the customer saying so
 * again, at that moment, from that place, which is what a proof of consent needs.
 */
export async function setMarketingConsent(ctx: CustomersContext, request: ConsentRequest): Promise<MarketingConsent> {
  if (!(CONSENT_PURPOSES as readonly string[]).includes(request.purpose)) {
    throw new DomainError('BAD_USER_INPUT', `"${request.purpose}" is not a consent purpose.`, { field: 'purpose' });
  }
  const channel = parseContactChannel(request.channel, 'channel') as ContactChannel;
  const source = requiredText(request.source, 'source', 100);
  const customer = await customerToChange(ctx, ctx.em, request.customerId);
  const consent = ctx.em.create(MarketingConsent, {
    customer,
    purpose: request.purpose as ConsentPurpose,
    channel,
    granted: request.granted,
    source,
    recordedBy: actorOf(ctx.principal),
    recordedAt: new Date(),
  });
  recordAudit(
    { em: ctx.em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    { action: 'setMarketingConsent', entityType: 'Customer', entityId: customer.id, before: null, after: { purpose: consent.purpose, channel, granted: consent.granted, source } },
  );
  await ctx.em.flush();
  ctx.care.consentsByCustomerId.clear(customer.id);
  return consent;
}

/** The decisions in force: the latest per purpose and channel, from a newest-first history. */
export function consentsInForce(history: readonly MarketingConsent[]): MarketingConsent[] {
  const latest = new Map<string, MarketingConsent>();
  for (const consent of history) {
    const key = `${consent.purpose}/${consent.channel}`;
    if (!latest.has(key)) latest.set(key, consent);
  }
  return [...latest.values()].sort((a, b) => a.purpose.localeCompare(b.purpose) || a.channel.localeCompare(b.channel));
}
