import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../context.ts';
import type { Authenticator } from './authenticate.ts';
import type { PersistedOperations } from './persisted-operations.ts';
import type { OperationGuard } from './operation-guard.ts';
import type { QuotaBuckets } from './quota.ts';

/** Ids of API keys this operation revokes or rotates, so the gateway stops trusting them at once. */
function keysChangedBy(document: DocumentNode, variables: Record<string, unknown>): string[] {
  const ids: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'mutation') continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || !['revokeApiKey', 'rotateApiKey'].includes(selection.name.value)) continue;
      const argument = selection.arguments?.find((arg) => arg.name.value === 'id')?.value;
      const id = argument?.kind === Kind.STRING ? argument.value : argument?.kind === Kind.VARIABLE ? variables[argument.name.value] : undefined;
      if (typeof id === 'string') ids.push(id);
    }
  }
  return ids;
}

/**
 * Security for every HTTP operation, before any subgraph is called: limits and
 * authorization (OperationGuard), then the caller's quota of cost points. The cost is reported
 * in `extensions.cost`.
 */
export function securityPlugin(options: {
  guard: OperationGuard;
  quotas: QuotaBuckets;
  authenticator: Authenticator;
  persisted: PersistedOperations;
}): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let cost: { requested: number; remaining?: number } | undefined;
      let changedKeys: string[] = [];
      return {
        async didResolveOperation({ document, operationName, request, contextValue }) {
          const variables = (request.variables ?? {}) as Record<string, unknown>;
          const { principal: caller } = contextValue;
          const notPersisted = options.persisted.check(request.query, caller.kind === 'partner' && caller.persistedOperationsOnly);
          if (notPersisted) throw notPersisted;
          const { errors, cost: requested } = options.guard.check(document, operationName, variables, contextValue.principal);
          if (errors[0]) throw errors[0];
          cost = { requested };
          const { principal } = contextValue;
          if (principal.kind === 'partner') {
            const taken = options.quotas.take(`key:${principal.keyId}`, requested);
            cost.remaining = taken.remaining;
            if (!taken.ok) {
              throw new GraphQLError(`Quota exceeded for this API key: retry in ${taken.retryAfterSeconds} s`, {
                extensions: {
                  code: 'THROTTLED',
                  retryAfter: taken.retryAfterSeconds,
                  cost,
                  http: { status: 429, headers: new Map([['retry-after', String(taken.retryAfterSeconds)]]) },
                },
              });
            }
          }
          changedKeys = keysChangedBy(document, variables);
        },
        async willSendResponse({ response }) {
          for (const keyId of changedKeys) options.authenticator.forgetKey(keyId);
          if (cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          }
        },
      };
    },
  };
}
