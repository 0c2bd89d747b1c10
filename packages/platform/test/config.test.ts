import { describe, expect, it } from 'vitest';
import { ConfigError, DEVELOPMENT_INTERNAL_SECRET, loadPlatformConfig } from '../src/config.ts';

describe('platform configuration', () => {
  it('uses development defaults outside production', () => {
    const config = loadPlatformConfig({});
    expect(config.NODE_ENV).toBe('development');
    expect(config.INTERNAL_SECRET).toBe(DEVELOPMENT_INTERNAL_SECRET);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names the setting that is malformed', () => {
    expect(() => loadPlatformConfig({ DATABASE_URL: 'mysql://localhost/oms' })).toThrow(/DATABASE_URL/);
    expect(() => loadPlatformConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadPlatformConfig({ INTERNAL_SECRET: 'short' })).toThrow(/INTERNAL_SECRET: must be at least 32 characters/);
  });

  it('requires an internal secret in production', () => {
    expect(() => loadPlatformConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadPlatformConfig({ NODE_ENV: 'production' })).toThrow(/INTERNAL_SECRET: required/);
  });
});
