import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { supergraphForExecution } from '../src/security/directives.ts';
import { operationId, PersistedOperations } from '../src/security/persisted-operations.ts';
import { SubscriptionPlanner } from '../src/subscriptions/planner.ts';

const root = path.resolve(import.meta.dirname, '../..');
const manifestPath = path.join(root, 'schema/persisted-operations.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { operations: { id: string; name: string; body: string }[] };
const planner = new SubscriptionPlanner(supergraphForExecution(readFileSync(path.join(root, 'schema/supergraph.graphql'), 'utf8')));

describe('the persisted operations safelist', () => {
  it('has ids that are the SHA-256 of each body, and every body is valid against the API', () => {
    expect(manifest.operations.length).toBeGreaterThan(0);
    for (const operation of manifest.operations) {
      expect(operation.id).toBe(operationId(operation.body));
      expect(validate(planner.apiGraphQLSchema, parse(operation.body)).map((error) => error.message)).toEqual([]);
    }
  });

  it('expands an id into its text and refuses other text for restricted callers only', () => {
    const safelist = new PersistedOperations(manifestPath);
    const [first] = manifest.operations;
    expect(safelist.expand({ extensions: { persistedQuery: { sha256Hash: first!.id } } })).toMatchObject({ query: first!.body });
    expect(safelist.check(first!.body, true)).toBeUndefined();
    expect(safelist.check('{ locations { id } }', true)?.extensions['code']).toBe('PERSISTED_OPERATION_REQUIRED');
    expect(safelist.check('{ locations { id } }', false)).toBeUndefined();
  });
});
