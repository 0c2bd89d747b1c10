import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, isUuid, recordAudit, signJwt, type StaffRole } from '@oms/platform';
import type { CustomersContext } from '../context.ts';
import { StaffMember } from '../entities/staff-member.entity.ts';
import { requireAdmin } from './access.ts';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password.ts';

export const STAFF_ROLES: readonly StaffRole[] = ['ADMIN', 'CARE_AGENT', 'STORE_ASSOCIATE'];

/** What each role may grant alone (refunds, goodwill), in minor units; a member gets their highest. */
export const DEFAULT_APPROVAL_LIMITS: Readonly<Record<StaffRole, number>> = {
  ADMIN: 1_000_000,
  CARE_AGENT: 10_000,
  STORE_ASSOCIATE: 5_000,
};

export const MIN_PASSWORD_LENGTH = 12;
/** scrypt hashes whatever it is given; a cap keeps a megabyte "password" from costing anything. */
const MAX_PASSWORD_LENGTH = 1_024;
export const STAFF_SESSION_SECONDS = 8 * 3600;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface StaffMemberRequest {
  email: string;
  name: string;
  password: string;
  roles: readonly StaffRole[];
  storeId?: string | null | undefined;
  approvalLimit?: number | null | undefined;
}

export interface StaffSession {
  token: string;
  expiresAt: Date;
  staff: StaffMember;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function defaultApprovalLimit(roles: readonly StaffRole[]): number {
  return Math.max(0, ...roles.map((role) => DEFAULT_APPROVAL_LIMITS[role]));
}

/** A staff member as the audit log shows them: no password hash. */
export function staffSnapshot(staff: StaffMember): Record<string, unknown> {
  return {
    email: staff.email,
    name: staff.name,
    roles: [...staff.roles],
    storeId: staff.storeId ?? null,
    approvalLimit: staff.approvalLimit,
    active: staff.active,
  };
}

export interface StaffMemberDetails {
  email: string;
  name: string;
  roles: StaffRole[];
  storeId: string | null;
  approvalLimit: number;
}

/** Checks a new member's details (not yet the password's hash); returns them normalised. */
export function parseStaffMemberRequest(request: StaffMemberRequest): StaffMemberDetails {
  const email = normalizeEmail(request.email);
  if (email.length > 254 || !EMAIL.test(email)) {
    throw new DomainError('BAD_USER_INPUT', `"${request.email}" is not an email address.`, { argument: 'email' });
  }
  const name = request.name.trim();
  if (name.length === 0 || name.length > 200) {
    throw new DomainError('BAD_USER_INPUT', 'A staff member needs a name of 1 to 200 characters.', { argument: 'name' });
  }
  if ([...request.password].length < MIN_PASSWORD_LENGTH) {
    throw new DomainError('WEAK_PASSWORD', `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`, {
      argument: 'password',
      minLength: MIN_PASSWORD_LENGTH,
    });
  }
  if (request.password.length > MAX_PASSWORD_LENGTH) {
    throw new DomainError('BAD_USER_INPUT', `Passwords have at most ${MAX_PASSWORD_LENGTH} characters.`, { argument: 'password' });
  }
  const roles = [...new Set(request.roles)];
  if (roles.length === 0) throw new DomainError('BAD_USER_INPUT', 'A staff member needs at least one role.', { argument: 'roles' });
  const storeId = request.storeId ?? null;
  if (storeId !== null && !isUuid(storeId)) {
    throw new DomainError('BAD_USER_INPUT', `"${storeId}" is not a store id.`, { argument: 'storeId' });
  }
  if (roles.includes('STORE_ASSOCIATE') && storeId === null) {
    throw new DomainError('BAD_USER_INPUT', 'A store associate must be bound to a store (storeId).', { argument: 'storeId' });
  }
  const approvalLimit = request.approvalLimit ?? defaultApprovalLimit(roles);
  if (!Number.isSafeInteger(approvalLimit) || approvalLimit < 0) {
    throw new DomainError('BAD_USER_INPUT', 'approvalLimit must be a non-negative amount in minor units.', { argument: 'approvalLimit' });
  }
  return { email, name, roles, storeId: storeId?.toLowerCase() ?? null, approvalLimit };
}

export async function createStaffMember(ctx: CustomersContext, request: StaffMemberRequest): Promise<StaffMember> {
  requireAdmin(ctx.principal);
  const details = parseStaffMemberRequest(request);
  const passwordHash = await hashPassword(request.password);
  const staff = ctx.em.create(StaffMember, {
    id: randomUUID(),
    ...details,
    passwordHash,
    active: true,
    createdAt: new Date(),
  });
  recordAudit(
    { em: ctx.em, principal: ctx.principal, requestId: ctx.requestId, clientIp: ctx.clientIp },
    { action: 'createStaffMember', entityType: 'StaffMember', entityId: staff.id, before: null, after: staffSnapshot(staff) },
  );
  try {
    await ctx.em.flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw new DomainError('CONFLICT', `A staff member with the email ${details.email} already exists.`, { argument: 'email' });
    }
    throw error;
  }
  return staff;
}

export function listStaffMembers(ctx: CustomersContext): Promise<StaffMember[]> {
  requireAdmin(ctx.principal);
  return ctx.em.find(StaffMember, {}, { orderBy: { name: 'asc', id: 'asc' } });
}

const INVALID_CREDENTIALS = () => new DomainError('INVALID_CREDENTIALS', 'The email or password is incorrect.');

/**
 * Email and password → a staff bearer token for the gateway. An unknown email, a wrong password
 * and a deactivated member all get the same answer, after the same work (a decoy hash is checked
 * when there is no member), so the answer does not reveal who is on the staff.
 */
export async function signIn(ctx: CustomersContext, email: string, password: string): Promise<StaffSession> {
  const staff = await ctx.em.findOne(StaffMember, { email: normalizeEmail(email) });
  const tooLong = password.length > MAX_PASSWORD_LENGTH;
  const matches = await verifyPassword(tooLong ? '' : password, staff?.passwordHash ?? (await decoyPasswordHash()));
  if (!staff || !matches || tooLong || !staff.active) throw INVALID_CREDENTIALS();
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = issuedAt + STAFF_SESSION_SECONDS;
  const token = signJwt(
    {
      sub: staff.id,
      kind: 'staff',
      roles: [...staff.roles],
      ...(staff.storeId ? { storeId: staff.storeId } : {}),
      name: staff.name,
      email: staff.email,
      iss: 'oms',
      iat: issuedAt,
      exp: expiresAt,
    },
    ctx.jwtSecret,
  );
  return { token, expiresAt: new Date(expiresAt * 1000), staff };
}
