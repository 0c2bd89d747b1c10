import { defineEntity, p } from '@mikro-orm/core';

export const FEED_MODES = ['SNAPSHOT', 'DELTA'] as const;
export type FeedMode = (typeof FEED_MODES)[number];

export const FEED_REJECTION_REASONS = ['UNKNOWN_SKU', 'UNKNOWN_LOCATION', 'NEGATIVE_COUNT', 'NEGATIVE_RESULT', 'DUPLICATE_LINE'] as const;
export type FeedRejectionReason = (typeof FEED_REJECTION_REASONS)[number];

export interface FeedLineRejection {
  line: number;
  sku: string;
  location: string;
  reason: FeedRejectionReason;
  message: string;
}

/**
 * An imported inventory feed and its report. The feed id is the primary key: the row is inserted
 * first in the import's transaction, so a concurrent duplicate waits and then finds it (applied once).
 */
export const InventoryFeedSchema = defineEntity({
  name: 'InventoryFeed',
  tableName: 'inventory_feed',
  properties: {
    feedId: p.string().length(200).primary(),
    source: p.string().length(200),
    mode: p.enum(FEED_MODES),
    receivedLines: p.integer(),
    appliedLines: p.integer(),
    rejectedLines: p.json<FeedLineRejection[]>(),
    processedAt: p.datetime(),
  },
});

export class InventoryFeed extends InventoryFeedSchema.class {}
InventoryFeedSchema.setClass(InventoryFeed);
