import { describe, expect, it } from 'vitest';
import { AuditRecorded } from '@oms/contracts';
import type { DomainError, Principal } from '@oms/platform';
import { requireAdmin, requireAuditReader } from '../src/domain/access.ts';
import { MAX_ROTATION_OVERLAP_SECONDS, parseApiKeyRequest, parseRotationOverlap } from '../src/domain/api-key-input.ts';
import { parseAuditRecord } from '../src/domain/audit-log.service.ts';
import { defaultApprovalLimit, parseStaffMemberRequest } from '../src/domain/staff.service.ts';
import { describeViewer } from '../src/domain/viewer.ts';

const LOCATION = '0b6f3c1e-9a53-5d7e-8f00-1234567890ab';

function failure(run: () => unknown): Pick<DomainError, 'code' | 'message' | 'details'> {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('parseApiKeyRequest', () => {
  it('normalises a valid request', () => {
    expect(parseApiKeyRequest({ name: '  ERP  ', scopes: ['orders:read', 'orders:read', 'inventory:write'], channel: 'STORE', locationIds: [LOCATION.toUpperCase(), LOCATION] })).toEqual({
      name: 'ERP',
      scopes: ['orders:read', 'inventory:write'],
      channel: 'STORE',
      locationIds: [LOCATION],
      expiresAt: null,
      persistedOperationsOnly: false,
    });
  });

  it('names the unknown scope', () => {
    const error = failure(() => parseApiKeyRequest({ name: 'x', scopes: ['orders:read', 'orders:destroy'] }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('orders:destroy');
    expect(error.details).toMatchObject({ argument: 'scopes', scope: 'orders:destroy' });
  });

  it('refuses the admin scope, empty scopes and names, unknown channels, and bad location ids', () => {
    for (const request of [
      { name: 'x', scopes: ['admin'] },
      { name: 'x', scopes: [] },
      { name: '   ', scopes: ['orders:read'] },
      { name: 'x'.repeat(101), scopes: ['orders:read'] },
      { name: 'x', scopes: ['orders:read'], channel: 'FAX' },
      { name: 'x', scopes: ['orders:read'], locationIds: ['WH-LYON'] },
    ]) {
      expect(failure(() => parseApiKeyRequest(request)).code, JSON.stringify(request)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('parseRotationOverlap', () => {
  it('defaults to a day and allows 0 to 30 days', () => {
    expect(parseRotationOverlap(undefined)).toBe(86_400);
    expect(parseRotationOverlap(0)).toBe(0);
    expect(parseRotationOverlap(MAX_ROTATION_OVERLAP_SECONDS)).toBe(MAX_ROTATION_OVERLAP_SECONDS);
    expect(failure(() => parseRotationOverlap(MAX_ROTATION_OVERLAP_SECONDS + 1)).code).toBe('BAD_USER_INPUT');
    expect(failure(() => parseRotationOverlap(-1)).code).toBe('BAD_USER_INPUT');
  });
});

describe('staff member rules', () => {
  const request = { email: ' Nadia@OMS.example ', name: 'Nadia Lambert', password: 'twelve-chars', roles: ['CARE_AGENT' as const] };

  it('lower-cases the email and gives the role default approval limit (highest of several roles)', () => {
    expect(parseStaffMemberRequest(request)).toMatchObject({ email: 'nadia@oms.example', approvalLimit: 10_000, storeId: null });
    expect(defaultApprovalLimit(['STORE_ASSOCIATE', 'CARE_AGENT'])).toBe(10_000);
    expect(defaultApprovalLimit(['ADMIN'])).toBe(1_000_000);
    expect(parseStaffMemberRequest({ ...request, approvalLimit: 0 }).approvalLimit).toBe(0);
  });

  it('needs 12-character passwords, a store for store associates, a role and an email', () => {
    expect(failure(() => parseStaffMemberRequest({ ...request, password: 'eleven-char' })).code).toBe('WEAK_PASSWORD');
    expect(failure(() => parseStaffMemberRequest({ ...request, roles: ['STORE_ASSOCIATE'] })).code).toBe('BAD_USER_INPUT');
    expect(parseStaffMemberRequest({ ...request, roles: ['STORE_ASSOCIATE'], storeId: LOCATION }).storeId).toBe(LOCATION);
    expect(failure(() => parseStaffMemberRequest({ ...request, roles: [] })).code).toBe('BAD_USER_INPUT');
    expect(failure(() => parseStaffMemberRequest({ ...request, email: 'nadia' })).code).toBe('BAD_USER_INPUT');
    expect(failure(() => parseStaffMemberRequest({ ...request, approvalLimit: -1 })).code).toBe('BAD_USER_INPUT');
  });
});

describe('access rules', () => {
  const admin: Principal = { kind: 'staff', staffId: 's1', roles: ['ADMIN'], scopes: ['admin'] };
  const agent: Principal = { kind: 'staff', staffId: 's2', roles: ['CARE_AGENT'], scopes: ['orders:read'] };
  const partner: Principal = { kind: 'partner', keyId: 'k1', scopes: ['admin', 'audit:read'] };

  it('lets only staff with the admin scope manage keys and staff', () => {
    expect(requireAdmin(admin)).toBe(admin);
    expect(failure(() => requireAdmin(agent)).code).toBe('FORBIDDEN');
    expect(failure(() => requireAdmin(partner)).code).toBe('FORBIDDEN');
    expect(failure(() => requireAdmin({ kind: 'service', service: 'orders' })).code).toBe('FORBIDDEN');
    expect(failure(() => requireAdmin({ kind: 'anonymous' })).code).toBe('UNAUTHENTICATED');
  });

  it('lets audit:read or admin read the audit log', () => {
    expect(() => requireAuditReader(admin)).not.toThrow();
    expect(() => requireAuditReader(partner)).not.toThrow();
    expect(failure(() => requireAuditReader(agent)).code).toBe('FORBIDDEN');
    expect(failure(() => requireAuditReader({ kind: 'anonymous' })).code).toBe('UNAUTHENTICATED');
  });
});

describe('describeViewer', () => {
  it('describes each kind of principal', () => {
    expect(describeViewer({ kind: 'anonymous' })).toEqual({ kind: 'ANONYMOUS', id: null, scopes: [], roles: [], storeId: null, channel: null });
    expect(describeViewer({ kind: 'partner', keyId: 'k1', scopes: ['orders:read'], channel: 'WEB' })).toMatchObject({ kind: 'PARTNER', id: 'k1', channel: 'WEB' });
    expect(describeViewer({ kind: 'staff', staffId: 's1', roles: ['STORE_ASSOCIATE'], scopes: [], storeId: 'st' })).toMatchObject({ kind: 'STAFF', roles: ['STORE_ASSOCIATE'], storeId: 'st' });
    expect(describeViewer({ kind: 'service', service: 'gateway' })).toMatchObject({ kind: 'SERVICE', id: 'gateway', scopes: [] });
  });
});

describe('parseAuditRecord', () => {
  const event = {
    id: 'e1',
    source: 'inventory',
    type: AuditRecorded.type,
    aggregateType: 'Sku',
    aggregateId: 'sku-1',
    occurredAt: '2026-11-22T10:00:01.000Z',
    payload: { actor: 'staff:s1', actorKind: 'staff', action: 'adjustStock', entityType: 'Sku', entityId: 'sku-1', before: { onHand: 1 }, after: { onHand: 2 }, requestId: 'r1', clientIp: null, at: '2026-11-22T10:00:00.000Z' },
  };

  it('reads the payload recordAudit writes', () => {
    expect(parseAuditRecord(event)).toEqual({ ok: true, value: {
      at: new Date('2026-11-22T10:00:00.000Z'),
      actor: 'staff:s1',
      actorKind: 'staff',
      action: 'adjustStock',
      entityType: 'Sku',
      entityId: 'sku-1',
      before: { onHand: 1 },
      after: { onHand: 2 },
      clientIp: null,
      requestId: 'r1',
    } });
  });

  it('refuses a payload without who or what', () => {
    expect(parseAuditRecord({ ...event, payload: { ...event.payload, actor: undefined } })).toEqual({ ok: false, reason: expect.stringMatching(/^AuditRecorded v1 payload refused: actor: /) });
    expect(parseAuditRecord({ ...event, payload: { ...event.payload, entityId: 42 } })).toEqual({ ok: false, reason: expect.stringMatching(/^AuditRecorded v1 payload refused: entityId: /) });
  });
});
