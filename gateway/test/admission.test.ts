import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Principal } from '@oms/platform';
import { DirectiveAuthorization } from '../src/admission/authorization.ts';
import { CostCalculator, readCostDeclarations } from '../src/admission/cost.ts';
import { readAccessRequirements, supergraphForExecution } from '../src/security/directives.ts';
import { SubscriptionPlanner } from '../src/subscriptions/planner.ts';

const supergraph = readFileSync(path.resolve(import.meta.dirname, '../../schema/supergraph.graphql'), 'utf8');
const planner = new SubscriptionPlanner(supergraphForExecution(supergraph));
const declarations = readCostDeclarations(supergraph);
const calculator = new CostCalculator(planner.apiGraphQLSchema, declarations, { maxCost: 1_000_000, defaultListSize: 10, mutationWeight: 10 });
const authorization = new DirectiveAuthorization(planner.apiGraphQLSchema, readAccessRequirements(supergraph));

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(
    document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  return calculator.cost(operation, fragments, variables);
}

describe('cost from @listSize / @cost in the supergraph', () => {
  it('reads the list sizes the subgraphs declare', () => {
    expect(declarations.listSizes.get('Location.stock')?.assumedSize).toBe(5000);
    expect(declarations.listSizes.get('Query.orders')).toEqual({ assumedSize: undefined, slicingArguments: ['first'], sizedFields: ['edges'] });
  });

  it('costs objects 1 and leaves 0, lists by their declared size', () => {
    expect(cost('{ locations { code name } }')).toBe(200);
    expect(cost('{ locations { address { city } } }')).toBe(200 * 2);
  });

  it('sizes a connection by its page argument, from a literal, a variable or the default', () => {
    expect(cost('{ orders(first: 5) { edges { node { id } } } }')).toBe(1 + 5 * 2);
    expect(cost('query($n: Int) { orders(first: $n) { edges { node { id } } } }', { n: 50 })).toBe(1 + 50 * 2);
    expect(cost('{ orders { edges { node { id } } } }')).toBe(1 + 20 * 2);
  });

  it('costs a fragment once however often it is spread, and stops past the limit', () => {
    const chain = Array.from({ length: 60 }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`).join(' ');
    const started = performance.now();
    expect(cost(`{ ...F0 } ${chain} fragment F60 on Query { locations { code } }`)).toBe(Infinity);
    expect(performance.now() - started).toBeLessThan(50);
    expect(cost('{ ...A ...A } fragment A on Query { locations { code } }')).toBe(400);
  });

  it('weighs root mutation fields 10', () => {
    expect(cost('mutation { signIn(email: "a", password: "b") { token } }')).toBe(10);
  });
});

describe('authorization from @requiresScopes', () => {
  const anonymous: Principal = { kind: 'anonymous' };
  const readOnlyPartner: Principal = { kind: 'partner', keyId: 'k1', scopes: ['orders:read'] };
  const admin: Principal = { kind: 'staff', staffId: 's1', roles: ['ADMIN'], scopes: ['orders:read', 'orders:write', 'customers:read', 'admin'] };

  it('lets anyone read the public catalogue and asks anonymous callers to sign in for the rest', () => {
    expect(authorization.check(parse('{ locations { code } sku(code: "X") { name } }'), anonymous)).toBeUndefined();
    expect(authorization.check(parse('{ orders(first: 1) { edges { node { id } } } }'), anonymous)?.extensions['code']).toBe('UNAUTHENTICATED');
  });

  it('forbids what the scopes do not cover, inside fragments too', () => {
    const error = authorization.check(parse('query { order(id: "1") { ...F } } fragment F on Order { customer { email } }'), readOnlyPartner);
    expect(error?.extensions).toMatchObject({ code: 'FORBIDDEN', denied: ['Customer'] });
    expect(authorization.check(parse('{ order(id: "1") { customer { name } } }'), admin)).toBeUndefined();
  });
});
