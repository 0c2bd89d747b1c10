import { z } from 'zod';

/** Raised when a setting is missing or malformed; start-up stops with its message. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses settings once, at start-up. Every problem is reported with the name of the
 * environment variable that caused it, so an operator knows what to fix.
 */
export function parseConfig<S extends z.ZodObject>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    return `  ${name}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}

/** An unset or empty variable takes the schema's default. */
const unsetIfEmpty = (value: unknown) => (value === '' ? undefined : value);

export const port = (fallback: number) => z.preprocess(unsetIfEmpty, z.coerce.number().int().min(0).max(65535).default(fallback));

const boundedWholeNumber = (min: number, max: number) => {
  const message = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number().int(message).min(min, message).max(max, message);
};

/** A whole-number setting within bounds, e.g. an interval in milliseconds. */
export const wholeNumber = (fallback: number, min: number, max: number) => z.preprocess(unsetIfEmpty, boundedWholeNumber(min, max).default(fallback));

/** A whole-number setting within bounds that may be left unset (undefined: the feature is off). */
export const optionalWholeNumber = (min: number, max: number) => z.preprocess(unsetIfEmpty, boundedWholeNumber(min, max).optional());

/** A secret setting: optional in development (a known default applies), required in production. */
export const secretSetting = (minLength: number) => z.preprocess(unsetIfEmpty, z.string().min(minLength, `must be at least ${minLength} characters`).optional());

/** Stops start-up in production when any of these settings is missing, naming each. */
export function requireInProduction(env: NodeJS.ProcessEnv, settings: Record<string, unknown>): void {
  if (!isProduction(env)) return;
  const missing = Object.entries(settings).filter(([, value]) => value === undefined).map(([name]) => name);
  if (missing.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${missing.map((name) => `  ${name}: required when NODE_ENV=production`).join('\n')}`);
  }
}

const isProduction = (env: NodeJS.ProcessEnv) => env['NODE_ENV'] === 'production';

/** Development secret: only ever accepted outside production. */
export const DEVELOPMENT_INTERNAL_SECRET = 'oms-development-internal-secret-change-me';

/** Settings every service shares. */
export const platformConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  INTERNAL_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type PlatformConfig = z.infer<typeof platformConfigSchema> & { INTERNAL_SECRET: string; JWT_SECRET: string };

/** Development secret for HS256 bearer tokens: only ever accepted outside production. */
export const DEVELOPMENT_JWT_SECRET = 'oms-development-jwt-secret-change-me-please';

export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const config = parseConfig(platformConfigSchema, env);
  requireInProduction(env, { INTERNAL_SECRET: config.INTERNAL_SECRET, JWT_SECRET: config.JWT_SECRET });
  const development = Object.entries({ INTERNAL_SECRET: DEVELOPMENT_INTERNAL_SECRET, JWT_SECRET: DEVELOPMENT_JWT_SECRET }).filter(
    ([name, secret]) => config[name as 'INTERNAL_SECRET' | 'JWT_SECRET'] === secret,
  );
  if (isProduction(env) && development.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${development.map(([name]) => `  ${name}: the development secret is refused when NODE_ENV=production`).join('\n')}`);
  }
  return {
    ...config,
    INTERNAL_SECRET: config.INTERNAL_SECRET ?? DEVELOPMENT_INTERNAL_SECRET,
    JWT_SECRET: config.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
  };
}
