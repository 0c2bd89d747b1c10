import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config.ts';
import { loadRetentionPolicy } from '../src/retention.ts';

describe('retention policy', () => {
  it('keeps operational rows for bounded times by default and the audit log forever', () => {
    expect(loadRetentionPolicy({})).toEqual({
      intervalMs: 300_000,
      batchSize: 5_000,
      idempotencyDays: 30,
      processedEventDays: 30,
      busEventDays: 7,
      outboxDays: 7,
      webhookDeliveryDays: 30,
      notificationDays: 365,
      reservationDays: 7,
      auditDays: null,
    });
  });

  it('reads each setting and treats an empty one as unset', () => {
    const policy = loadRetentionPolicy({ IDEMPOTENCY_RETENTION_DAYS: '2', BUS_EVENT_RETENTION_DAYS: '3', PROCESSED_EVENT_RETENTION_DAYS: '4', AUDIT_RETENTION_DAYS: '', RETENTION_BATCH_SIZE: '1000' });
    expect(policy).toMatchObject({ idempotencyDays: 2, busEventDays: 3, processedEventDays: 4, auditDays: null, batchSize: 1_000 });
    expect(loadRetentionPolicy({ AUDIT_RETENTION_DAYS: '2555' }).auditDays).toBe(2_555);
  });

  it('refuses processed events kept no longer than the bus log, naming the setting', () => {
    const refused = (env: NodeJS.ProcessEnv) => () => loadRetentionPolicy(env);
    expect(refused({ BUS_EVENT_RETENTION_DAYS: '30' })).toThrow(ConfigError);
    expect(refused({ BUS_EVENT_RETENTION_DAYS: '30' })).toThrow(/PROCESSED_EVENT_RETENTION_DAYS: must be greater than BUS_EVENT_RETENTION_DAYS \(30\)/);
    expect(refused({ PROCESSED_EVENT_RETENTION_DAYS: '5', BUS_EVENT_RETENTION_DAYS: '6' })).toThrow(/PROCESSED_EVENT_RETENTION_DAYS/);
    expect(loadRetentionPolicy({ PROCESSED_EVENT_RETENTION_DAYS: '31', BUS_EVENT_RETENTION_DAYS: '30' }).processedEventDays).toBe(31);
  });

  it('names malformed settings', () => {
    expect(() => loadRetentionPolicy({ IDEMPOTENCY_RETENTION_DAYS: '0' })).toThrow(/IDEMPOTENCY_RETENTION_DAYS: must be a whole number from 1 to 3650/);
    expect(() => loadRetentionPolicy({ OUTBOX_RETENTION_DAYS: 'a week' })).toThrow(/OUTBOX_RETENTION_DAYS/);
    expect(() => loadRetentionPolicy({ RETENTION_BATCH_SIZE: '1000000' })).toThrow(/RETENTION_BATCH_SIZE/);
    expect(() => loadRetentionPolicy({ AUDIT_RETENTION_DAYS: '30' })).toThrow(/AUDIT_RETENTION_DAYS: must be a whole number from 365 to 36500/);
  });
});
