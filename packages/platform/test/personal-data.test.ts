import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CustomerErasureRequested, parseEvent } from '@oms/contracts';
import { Anonymizer, assertMayExportCustomerData } from '../src/personal-data.ts';

const customerId = randomUUID();
const orderId = randomUUID();

function anonymizer(): Anonymizer {
  return new Anonymizer({
    linkedIds: [customerId, orderId],
    identifiers: ['zoe.quill@example.com', '+33612345678', null, 'ab'],
    personalValues: ['Zoé Quill', 'Zoé', 'Quill', '12 rue des Lilas', undefined],
  });
}

describe('Anonymizer', () => {
  it('gives a value the same non-reversible token within one erasure, another in the next', () => {
    const first = anonymizer();
    expect(first.token('Zoé Quill')).toMatch(/^erased-[0-9a-f]{12}$/);
    expect(first.token('zoé quill ')).toBe(first.token('Zoé Quill'));
    expect(anonymizer().token('Zoé Quill')).not.toBe(first.token('Zoé Quill'));
  });

  it('replaces identifiers everywhere, other personal values only in the person’s rows, as whole words', () => {
    const subject = anonymizer();
    const text = 'Mail Zoe.Quill@example.com or call +33612345678; Quill lives at 12 rue des Lilas (Quillon is someone else)';
    const elsewhere = subject.redactText(text, false);
    expect(elsewhere).not.toMatch(/zoe\.quill@example\.com|\+33612345678/i);
    expect(elsewhere).toContain('Quill lives at 12 rue des Lilas');
    const theirs = subject.redactText(text, true);
    expect(theirs).not.toMatch(/Quill |rue des Lilas/);
    expect(theirs).toContain('Quillon is someone else');
    // Two-letter values would match inside any word: ignored.
    expect(subject.redactText('about', true)).toBe('about');
  });

  it('recognises a phone number in the forms people type it, and only as a whole number', () => {
    const subject = anonymizer();
    for (const typed of ['06 12 34 56 78', '06.12.34.56.78', '+33 6 12 34 56 78', '0033612345678', '(+33) 612-345-678']) {
      const redacted = subject.redactText(`rang ${typed} twice`, false);
      expect(redacted, typed).toMatch(/^rang \(?erased-[0-9a-f]{12} twice$/);
      expect(redacted.replaceAll(/erased-[0-9a-f]{12}/g, ''), typed).not.toMatch(/\d/);
    }
    expect(subject.redactText('order 1061234567899 and 612345678', false)).toBe('order 1061234567899 and 612345678');
    expect(subject.searchRegexes.length).toBeGreaterThan(0);
  });

  it('in the person’s rows, tokenizes personal fields, empties addresses but their country and drops coordinates', () => {
    const subject = anonymizer();
    const payload = {
      orderId,
      email: 'someone.else@example.com',
      shipTo: { name: 'Z Q', line1: '1 Main St', city: 'Lyon', postalCode: '69002', country: 'FR' },
      lines: [{ sku: 'TSHIRT', quantity: 2 }],
      deliveryLatitude: 45.76,
      total: { amount: 1990, currency: 'EUR' },
    };
    const redacted = subject.redactValue(payload, true) as typeof payload;
    expect(redacted.email).toMatch(/^erased-/);
    expect(redacted.shipTo).toEqual({
      name: expect.stringMatching(/^erased-/),
      line1: expect.stringMatching(/^erased-/),
      city: expect.stringMatching(/^erased-/),
      postalCode: expect.stringMatching(/^erased-/),
      country: 'FR',
    });
    expect(redacted.deliveryLatitude).toBeNull();
    expect(redacted.lines).toEqual(payload.lines);
    expect(redacted.total).toEqual(payload.total);
    // Someone else's row keeps its fields: only the person's identifiers would go.
    expect(subject.redactValue(payload, false)).toEqual(payload);
  });

  it('recognises the person’s rows by their ids, and searches for identifiers and ids', () => {
    const subject = anonymizer();
    expect(subject.isLinkedText(`{"orderId":"${orderId.toUpperCase()}"}`)).toBe(true);
    expect(subject.isLinkedText(`{"orderId":"${randomUUID()}"}`)).toBe(false);
    expect(subject.searchPatterns).toEqual(['%zoe.quill@example.com%', '%+33612345678%', `%${customerId}%`, `%${orderId}%`]);
  });
});

describe('erasure requests and exports', () => {
  it('reads a CustomerErasureRequested payload, refusing anything else', () => {
    const read = (payload: Record<string, unknown>) => parseEvent(CustomerErasureRequested, { type: CustomerErasureRequested.type, payload });
    expect(read({ requestId: orderId.toUpperCase(), customerId, orderIds: [orderId] })).toEqual({ ok: true, value: { requestId: orderId, customerId, orderIds: [orderId] } });
    // Ids only: identifiers are asked of the customers service, never read from an event.
    expect(read({ requestId: orderId, customerId, orderIds: [], email: 'zoe.quill@example.com' })).toEqual({ ok: true, value: { requestId: orderId, customerId, orderIds: [] } });
    expect(read({ requestId: orderId, customerId, orderIds: ['x'] })).toEqual({ ok: false, reason: expect.stringMatching(/^CustomerErasureRequested v1 payload refused: orderIds\.0: /) });
    expect(read({ requestId: 'x', customerId, orderIds: [] })).toEqual({ ok: false, reason: expect.stringMatching(/^CustomerErasureRequested v1 payload refused: requestId: /) });
  });

  it('lets the person, staff with customers:write and services export; no one else', () => {
    expect(() => assertMayExportCustomerData({ kind: 'customer', customerId, scopes: [] }, customerId.toUpperCase())).not.toThrow();
    // Someone else's data answers as a customer that does not exist.
    expect(() => assertMayExportCustomerData({ kind: 'customer', customerId: randomUUID(), scopes: [] }, customerId)).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message: `No customer ${customerId}.` }));
    expect(() => assertMayExportCustomerData({ kind: 'staff', staffId: 's', roles: ['CARE_AGENT'], scopes: ['customers:write'] }, customerId)).not.toThrow();
    expect(() => assertMayExportCustomerData({ kind: 'staff', staffId: 's', roles: ['STORE_ASSOCIATE'], scopes: ['customers:read'] }, customerId)).toThrow(/customers:write/);
    expect(() => assertMayExportCustomerData({ kind: 'anonymous' }, customerId)).toThrow(/Sign in/);
    expect(() => assertMayExportCustomerData({ kind: 'service', service: 'orders' }, customerId)).not.toThrow();
  });
});
