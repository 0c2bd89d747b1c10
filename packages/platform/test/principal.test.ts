import { describe, expect, it } from 'vitest';
import { PRINCIPAL_HEADER, SIGNATURE_HEADER, signPrincipal, verifyPrincipal, type Principal } from '../src/principal.ts';

const SECRET = 'a-test-secret-that-is-long-enough-for-hmac';
const staff: Principal = { kind: 'staff', staffId: 's-1', roles: ['CARE_AGENT'], scopes: ['customers:read'] };

function headersOf(principal: Principal, secret = SECRET, now = Date.now()) {
  const headers = signPrincipal(principal, secret, now);
  return { payload: headers[PRINCIPAL_HEADER], signature: headers[SIGNATURE_HEADER] };
}

describe('signed principal header', () => {
  it('round-trips a principal signed with the shared secret', () => {
    const { payload, signature } = headersOf(staff);
    expect(verifyPrincipal(payload, signature, SECRET)).toEqual({ ok: true, principal: staff });
  });

  it('refuses a request without the header', () => {
    expect(verifyPrincipal(undefined, undefined, SECRET)).toEqual({ ok: false, reason: 'missing signed principal' });
  });

  it('refuses a principal signed with another secret', () => {
    const { payload, signature } = headersOf(staff, 'another-secret-of-sufficient-length-here');
    expect(verifyPrincipal(payload, signature, SECRET)).toEqual({ ok: false, reason: 'invalid principal signature' });
  });

  it('refuses a payload altered after signing', () => {
    const { signature } = headersOf({ kind: 'anonymous' });
    const forged = Buffer.from(JSON.stringify({ principal: staff, issuedAt: Date.now() })).toString('base64url');
    expect(verifyPrincipal(forged, signature, SECRET)).toMatchObject({ ok: false, reason: 'invalid principal signature' });
  });

  it('refuses a header older than five minutes', () => {
    const now = Date.now();
    const { payload, signature } = headersOf(staff, SECRET, now - 6 * 60 * 1000);
    expect(verifyPrincipal(payload, signature, SECRET, now)).toEqual({ ok: false, reason: 'expired principal' });
  });
});
