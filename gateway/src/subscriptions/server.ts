import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger, Principal } from '@oms/platform';
import { GraphQLError, parse, validate, type DocumentNode, type ExecutionResult } from 'graphql';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GatewayContext } from '../context.ts';
import type { SubscriptionEngine } from './engine.ts';
import type { SubscriptionPlanner } from './planner.ts';

/** Close codes clients can act on (4000–4999 are the application's; graphql-ws uses a few). */
export const CLOSE_SLOW_CONSUMER = 4290;
export const CLOSE_GOING_AWAY = 1001;

export interface GatewaySubscriptionOptions {
  server: Server;
  path: string;
  engine: SubscriptionEngine;
  planner: SubscriptionPlanner;
  apollo: ApolloServer<GatewayContext>;
  logger: Logger;
  /** Who is connecting, from the connection parameters (same rules as HTTP headers). */
  authenticate(connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<Principal>;
  /** Checks applied to every operation before it runs (limits, authorization); errors refuse it. */
  checkOperation?(document: DocumentNode, principal: Principal, variables: Record<string, unknown>, query: string): readonly GraphQLError[];
  keepAliveMs?: number;
}

type ConnectionState = {
  principal?: Principal;
};

type SubscriptionContext = GatewayContext & { closeConnection(code: number, reason: string): void };

/**
 * graphql-ws on the gateway's HTTP port and path: subscriptions go to the engine, queries and
 * mutations sent over the socket run through Apollo Server like HTTP requests.
 */
export function serveGatewaySubscriptions(options: GatewaySubscriptionOptions): () => Promise<void> {
  const sockets = new WebSocketServer({ server: options.server, path: options.path });
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();

  const documentFor = (query: string): DocumentNode | readonly GraphQLError[] => {
    let cached = documents.get(query);
    if (!cached) {
      try {
        const document = parse(query);
        const errors = validate(options.planner.apiGraphQLSchema, document);
        cached = errors.length > 0 ? errors : document;
      } catch (error) {
        cached = [error instanceof GraphQLError ? error : new GraphQLError('Invalid query')];
      }
      if (documents.size > 5_000) documents.clear();
      documents.set(query, cached);
    }
    return cached;
  };

  const contextOf = (state: ConnectionState, requestId: string): GatewayContext => ({
    principal: state.principal ?? { kind: 'anonymous' },
    requestId,
    logger: options.logger.child({ requestId }),
  });

  const cleanup = useServer<Record<string, unknown>, Extra & ConnectionState & Record<PropertyKey, unknown>>(
    {
      schema: options.planner.apiGraphQLSchema,
      onConnect: async (ctx) => {
        try {
          ctx.extra.principal = await options.authenticate(ctx.connectionParams);
          return true;
        } catch (error) {
          options.logger.info({ reason: error instanceof Error ? error.message : String(error) }, 'websocket connection refused');
          return false;
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const parsed = documentFor(payload.query);
        if (!('kind' in parsed)) return parsed;
        const variables = payload.variables ?? {};
        const principal = ctx.extra.principal ?? { kind: 'anonymous' as const };
        const refused = options.checkOperation?.(parsed, principal, variables, payload.query) ?? [];
        if (refused.length > 0) return refused;
        const contextValue: SubscriptionContext = {
          ...contextOf(ctx.extra, randomUUID()),
          closeConnection: (code, reason) => ctx.extra.socket.close(code, reason),
        };
        return {
          schema: options.planner.apiGraphQLSchema,
          document: parsed,
          operationName: payload.operationName ?? undefined,
          variableValues: variables,
          contextValue,
        };
      },
      subscribe: (args) => {
        const { closeConnection, ...context } = args.contextValue as SubscriptionContext;
        return options.engine.subscribe({
          document: args.document,
          operationName: args.operationName ?? undefined,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
          context,
          onSlowConsumer: () => closeConnection(CLOSE_SLOW_CONSUMER, 'Slow consumer: too many undelivered events'),
        });
      },
      execute: async (args): Promise<ExecutionResult> => {
        const context = args.contextValue as GatewayContext;
        const response = await options.apollo.executeOperation(
          { query: args.document, variables: (args.variableValues ?? {}) as Record<string, unknown>, ...(args.operationName ? { operationName: args.operationName } : {}) },
          { contextValue: context },
        );
        if (response.body.kind !== 'single') return { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket')] };
        return response.body.singleResult as ExecutionResult;
      },
    },
    sockets,
  );

  sockets.on('connection', (socket) => {
    (socket as WebSocket & { isAlive?: boolean }).isAlive = true;
    socket.on('pong', () => {
      (socket as WebSocket & { isAlive?: boolean }).isAlive = true;
    });
  });

  // Keep-alive: ping every client; one that did not answer the previous ping is gone.
  const keepAlive = setInterval(() => {
    for (const socket of sockets.clients as Set<WebSocket & { isAlive?: boolean }>) {
      if (socket.isAlive === false) {
        socket.terminate();
        continue;
      }
      socket.isAlive = false;
      socket.ping();
    }
  }, options.keepAliveMs ?? 15_000);
  keepAlive.unref();

  return async () => {
    clearInterval(keepAlive);
    for (const socket of sockets.clients) socket.close(CLOSE_GOING_AWAY, 'Server shutting down');
    await cleanup.dispose();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
  };
}
