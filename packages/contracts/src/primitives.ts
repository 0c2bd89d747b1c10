import { z } from 'zod';

/** Building blocks the event contracts share. */

/** An id as every service writes it (UUID), read in lower case. */
export const uuid = z.uuid().transform((value) => value.toLowerCase());
/** A point in time as producers write it (`Date.toISOString()`). */
export const instant = z.iso.datetime({ offset: true });
export const count = z.number().int().min(0);
export const sku = z.string().min(1).max(64);
/** An amount in minor units of a currency. */
export const money = z.object({ amount: z.number().int(), currency: z.string().regex(/^[A-Z]{3}$/) });
export const locationType = z.enum(['WAREHOUSE', 'STORE', 'DROPSHIP_VENDOR']);
export const allocationKind = z.enum(['STOCK', 'PRESELL']);
export const salesChannel = z.string().min(1).max(20);
