import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../src/admission/document-checks.ts';
import { AdmissionWorker } from '../src/admission/worker.ts';
import { supergraphForExecution } from '../src/security/directives.ts';
import { SubscriptionPlanner } from '../src/subscriptions/planner.ts';

const supergraph = readFileSync(path.resolve(import.meta.dirname, '../../schema/supergraph.graphql'), 'utf8');
const schema = new SubscriptionPlanner(supergraphForExecution(supergraph)).apiGraphQLSchema;
const limits = { maxTokens: 3_000, maxDepth: 15, maxAliases: 30, maxDirectives: 20, maxValidationErrors: 10 };

let worker: AdmissionWorker;

beforeAll(async () => {
  worker = await AdmissionWorker.start(schema, limits, true);
});

afterAll(async () => {
  await worker?.close();
});

describe('the admission worker', () => {
  it('refuses documents as the checks in process do', async () => {
    const documents = [
      `{ locations { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Location { stock { location { ...F${i + 1} } } }`).join(' ')} fragment F30 on Location { code }`,
      `{ locations { ${Array.from({ length: 50 }, (_, i) => `f${i}`).join(' ')} } }`,
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: locations { code }`).join(' ')} }`,
      '{ locations { code',
      '{ __schema { types { name } } }',
    ];
    for (const query of documents) {
      const inProcess = checkDocument(schema, query, limits, true);
      expect('kind' in inProcess).toBe(false);
      expect(await worker.checkDocument(query)).toEqual(inProcess);
    }
  });

  it('answers null for a document within limits and valid', async () => {
    expect(await worker.checkDocument('query($code: String!) { sku(code: $code) { code name } }')).toBeNull();
  });

  it('finds the long lists of a body, or that it is not JSON', async () => {
    const body = Buffer.from(JSON.stringify({ query: 'q', variables: { skus: Array.from({ length: 2_000 }, (_, i) => `SKU-${i}`) } }));
    const regions = await worker.findLongLists(body, 1_000);
    expect(regions).toHaveLength(1);
    expect(regions![0]!.items).toBe(2_000);
    expect(await worker.findLongLists(Buffer.from('{"query":'), 1_000)).toBeNull();
  });

  it('answers undefined once it is gone, so the checks run in process', async () => {
    const gone = await AdmissionWorker.start(schema, limits, true);
    await gone.close();
    expect(await gone.checkDocument('{ __typename }')).toBeUndefined();
  });
});
