import { describe, expect, it } from 'vitest';
import { operationBinding, PRINCIPAL_HEADER, SIGNATURE_HEADER, signPrincipal, verifyPrincipal, type Principal } from '../src/principal.ts';

const SECRET = 'a-test-secret-that-is-long-enough-for-hmac';
const staff: Principal = { kind: 'staff', staffId: 's-1', roles: ['CARE_AGENT'], scopes: ['customers:read'] };
const operation = operationBinding('{ customer(id: $id) { name } }', { id: 'c-1' });

function headersOf(principal: Principal, secret = SECRET, now = Date.now(), audience = 'customers') {
  const headers = signPrincipal(principal, secret, { audience, operation, now });
  return { payload: headers[PRINCIPAL_HEADER], signature: headers[SIGNATURE_HEADER] };
}

describe('signed principal header', () => {
  it('round-trips a principal signed with the shared secret for this service and operation', () => {
    const { payload, signature } = headersOf(staff);
    expect(verifyPrincipal(payload, signature, SECRET, { audience: 'customers', operation })).toEqual({ ok: true, principal: staff });
  });

  it('refuses a request without the header', () => {
    expect(verifyPrincipal(undefined, undefined, SECRET, { audience: 'customers' })).toEqual({ ok: false, reason: 'missing signed principal' });
  });

  it('refuses a principal signed with another secret', () => {
    const { payload, signature } = headersOf(staff, 'another-secret-of-sufficient-length-here');
    expect(verifyPrincipal(payload, signature, SECRET, { audience: 'customers' })).toEqual({ ok: false, reason: 'invalid principal signature' });
  });

  it('refuses a payload altered after signing', () => {
    const { signature } = headersOf({ kind: 'anonymous' });
    const forged = Buffer.from(JSON.stringify({ principal: staff, issuedAt: Date.now(), audience: 'customers' })).toString('base64url');
    expect(verifyPrincipal(forged, signature, SECRET, { audience: 'customers' })).toMatchObject({ ok: false, reason: 'invalid principal signature' });
  });

  it('refuses a header older than 30 seconds, and one signed in the future', () => {
    const now = Date.now();
    const old = headersOf(staff, SECRET, now - 31_000);
    expect(verifyPrincipal(old.payload, old.signature, SECRET, { audience: 'customers', operation, now })).toEqual({ ok: false, reason: 'expired principal' });
    const future = headersOf(staff, SECRET, now + 60_000);
    expect(verifyPrincipal(future.payload, future.signature, SECRET, { audience: 'customers', operation, now })).toEqual({ ok: false, reason: 'principal signed in the future' });
  });

  it('refuses a header captured at one service when sent to another, or with another operation', () => {
    const { payload, signature } = headersOf(staff);
    expect(verifyPrincipal(payload, signature, SECRET, { audience: 'orders', operation })).toEqual({ ok: false, reason: 'principal meant for another service' });
    const other = operationBinding('{ customer(id: $id) { name } }', { id: 'c-2' });
    expect(verifyPrincipal(payload, signature, SECRET, { audience: 'customers', operation: other })).toEqual({ ok: false, reason: 'principal meant for another operation' });
  });
});
