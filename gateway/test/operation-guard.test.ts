import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Principal } from '@oms/platform';
import { readAccessRequirements, supergraphForExecution } from '../src/security/directives.ts';
import { DEFAULT_LIMITS, OperationGuard } from '../src/security/operation-guard.ts';
import { SubscriptionPlanner } from '../src/subscriptions/planner.ts';

const supergraph = readFileSync(path.resolve(import.meta.dirname, '../../schema/supergraph.graphql'), 'utf8');
const planner = new SubscriptionPlanner(supergraphForExecution(supergraph));
const guard = new OperationGuard(planner.apiGraphQLSchema, readAccessRequirements(supergraph));

const anonymous: Principal = { kind: 'anonymous' };
const readOnlyPartner: Principal = { kind: 'partner', keyId: 'k1', scopes: ['orders:read'] };
const admin: Principal = { kind: 'staff', staffId: 's1', roles: ['ADMIN'], scopes: ['orders:read', 'orders:write', 'customers:read', 'admin'] };

function check(query: string, principal: Principal, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  expect(validate(planner.apiGraphQLSchema, document)).toEqual([]);
  return guard.check(document, undefined, variables, principal);
}

describe('authorization from @requiresScopes', () => {
  it('lets anyone read public catalogue fields', () => {
    expect(check('{ locations { code name } sku(code: "X") { name } }', anonymous).errors).toEqual([]);
  });

  it('asks anonymous callers to authenticate for protected fields', () => {
    const [error] = check('{ orders(first: 1) { edges { node { id } } } }', anonymous).errors;
    expect(error?.extensions['code']).toBe('UNAUTHENTICATED');
    expect(error?.message).toContain('Query.orders (orders:read)');
  });

  it('forbids a partner key without the scope', () => {
    const [error] = check('mutation { cancelOrder(input: { orderId: "1", reason: "x" }) { id } }', readOnlyPartner).errors;
    expect(error?.extensions['code']).toBe('FORBIDDEN');
    expect(error?.extensions['denied']).toEqual(['Mutation.cancelOrder']);
  });

  it('checks type-level requirements reached through other types', () => {
    const [error] = check('{ order(id: "1") { customer { name } } }', readOnlyPartner).errors;
    expect(error?.extensions['denied']).toEqual(['Customer']);
    expect(check('{ order(id: "1") { customer { name } } }', admin).errors).toEqual([]);
  });

  it('checks fields inside fragments', () => {
    const query = 'query { order(id: "1") { ...F } } fragment F on Order { customer { email } }';
    expect(check(query, readOnlyPartner).errors[0]?.extensions['code']).toBe('FORBIDDEN');
  });
});

describe('limits', () => {
  it('refuses a query 20 levels deep', () => {
    const deep = `{ locations { ${'stock { location { '.repeat(10)}id${' } }'.repeat(10)} } }`;
    const result = guard.check(parse(deep), undefined, {}, admin);
    expect(result.errors[0]?.extensions['code']).toBe('QUERY_TOO_DEEP');
  });

  it('refuses 1,000 aliases', () => {
    const aliases = Array.from({ length: 1000 }, (_, index) => `a${index}: locations { id }`).join(' ');
    expect(guard.check(parse(`{ ${aliases} }`), undefined, {}, admin).errors[0]?.extensions['code']).toBe('TOO_MANY_ALIASES');
  });

  it('computes cost with page sizes, capped at 100', () => {
    const { cost } = guard.check(parse('{ orders(first: 50) { edges { node { id } } } }'), undefined, {}, admin);
    // orders (1) + 50 × (edges (1) + 10 × (node (1) + id (1)))
    expect(cost).toBe(1 + 50 * (1 + 10 * (1 + 1)));
    const capped = guard.check(parse('query($n: Int) { orders(first: $n) { edges { cursor } } }'), undefined, { n: 100_000 }, admin);
    expect(capped.cost).toBe(1 + 100 * (1 + 10));
    expect(DEFAULT_LIMITS.maxListSize).toBe(100);
  });

  it('refuses an operation over the cost limit', () => {
    const expensive = '{ orders(first: 100) { edges { node { lines { sku { stock { location { stock { sku { stock { onHand } } } } } } } } } } }';
    expect(guard.check(parse(expensive), undefined, {}, admin).errors[0]?.extensions['code']).toBe('QUERY_TOO_COMPLEX');
  });

  it('does not loop on fragment cycles (validation refuses them first)', () => {
    const cyclic = parse('query { locations { ...A } } fragment A on Location { stock { location { ...B } } } fragment B on Location { ...A }');
    expect(validate(planner.apiGraphQLSchema, cyclic).some((error) => /Cannot spread fragment/.test(error.message))).toBe(true);
    expect(() => guard.measure(cyclic, undefined, {})).not.toThrow();
  });
});

describe('directive reading', () => {
  it('reads OR-of-AND scope alternatives', () => {
    const requirements = readAccessRequirements(supergraph);
    expect(requirements.get('Query.reservation')?.scopes).toEqual([[['orders:write'], ['inventory:read']]]);
    expect(requirements.get('Query.locations')).toBeUndefined();
    void buildSchema;
  });
});

describe('caching per parsed document', () => {
  it('measures again when a page-size variable changes, and decides per set of scopes', () => {
    const document = parse('query($n: Int) { orders(first: $n) { edges { cursor } } }');
    expect(guard.check(document, undefined, { n: 10 }, admin).cost).toBe(1 + 10 * (1 + 10));
    expect(guard.check(document, undefined, { n: 50 }, admin).cost).toBe(1 + 50 * (1 + 10));
    expect(guard.check(document, undefined, { n: 10 }, admin).cost).toBe(1 + 10 * (1 + 10));
    expect(guard.check(document, undefined, { n: 10 }, admin).errors).toEqual([]);
    expect(guard.check(document, undefined, { n: 10 }, anonymous).errors[0]?.extensions['code']).toBe('UNAUTHENTICATED');
    expect(guard.check(document, undefined, { n: 10 }, admin).errors).toEqual([]);
  });
});
