import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import type { StaffRole } from '@oms/platform';

/** A member of the retailer's staff who signs in to the care console or the store app. */
export const StaffMemberSchema = defineEntity({
  name: 'StaffMember',
  tableName: 'staff_member',
  properties: {
    id: p.uuid().primary().onCreate(() => randomUUID()),
    email: p.string().length(254).unique(),
    name: p.string().length(200),
    /** `scrypt$N$r$p$salt$hash`; never leaves this service. */
    passwordHash: p.string().length(200).hidden(),
    roles: p.array<StaffRole>((role) => role as StaffRole).columnType('text[]'),
    /** The store a store associate works in (an inventory location id). */
    storeId: p.uuid().nullable(),
    /** Refunds and goodwill gestures this member may grant alone, in minor units. */
    approvalLimit: p.integer().check('approval_limit >= 0'),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  checks: [
    { name: 'staff_member_email_lower_check', expression: 'email = lower(email)' },
    {
      name: 'staff_member_roles_check',
      expression: `cardinality(roles) > 0 and roles <@ array['ADMIN', 'CARE_AGENT', 'STORE_ASSOCIATE']::text[]`,
    },
    { name: 'staff_member_store_check', expression: `store_id is not null or not ('STORE_ASSOCIATE' = any(roles))` },
  ],
});

export class StaffMember extends StaffMemberSchema.class {}
StaffMemberSchema.setClass(StaffMember);
