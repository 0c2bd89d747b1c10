import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode } from 'graphql';
import type { GatewayContext } from '../context.ts';
import type { Authenticator } from './authenticate.ts';

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
 * After admission (AdmissionPipeline, run once per operation before Apollo Server sees it): reports
 * the operation's cost in `extensions.cost`, and stops trusting API keys the operation revoked.
 */
export function securityPlugin(options: { authenticator: Authenticator }): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let changedKeys: string[] = [];
      return {
        async didResolveOperation({ document, request }) {
          changedKeys = keysChangedBy(document, (request.variables ?? {}) as Record<string, unknown>);
        },
        async willSendResponse({ response, contextValue }) {
          for (const keyId of changedKeys) options.authenticator.forgetKey(keyId);
          if (contextValue.cost && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: contextValue.cost };
          }
        },
      };
    },
  };
}
