import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger, Principal } from '@oms/platform';
import { GraphQLError, type ExecutionResult } from 'graphql';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Admission, AdmissionRequest, Refused } from '../admission/pipeline.ts';
import type { GatewayContext } from '../context.ts';
import type { Identity } from '../security/authenticate.ts';
import type { SubscriptionEngine } from './engine.ts';
import type { SubscriptionPlanner } from './planner.ts';

/**
 * Close codes clients can act on (4000–4999 are the application's; graphql-ws uses a few), each
 * with a reason that starts with what it means: `Unauthorized: …`, `Forbidden: …`, `Too many requests: …`.
 */
export const CLOSE_SLOW_CONSUMER = 4290;
export const CLOSE_GOING_AWAY = 1001;
/** Credentials refused at connection, the token expired while connected, or a subscription asked for without credentials. */
export const CLOSE_UNAUTHORIZED = 4401;
/** A subscription the principal may not run (its scopes), or credentials that lost their access while connected (a revoked key). */
export const CLOSE_FORBIDDEN = 4403;
/** A quota was passed (the address's request rate, the caller's cost budget): the connection is cut, not only the operation. */
export const CLOSE_TOO_MANY_REQUESTS = 4429;

/**
 * The close a refused operation calls for, if any: a quota cuts the connection; so does a
 * subscription refused by its authorization (it would never deliver anything). Other refusals
 * (limits, validation, cost) answer the operation alone, as over HTTP. A record out of the caller's
 * reach is no refusal here: the service answers it as missing (NOT_FOUND), connection kept.
 */
export function closeFor(refused: Refused): { code: number; reason: string } | undefined {
  const reason = refused.errors[0]?.message ?? refused.step;
  if (refused.step === 'quota') return { code: CLOSE_TOO_MANY_REQUESTS, reason: `Too many requests: ${reason}` };
  if (refused.step === 'authorization' && refused.operationType === 'subscription') {
    return refused.status === 401 ? { code: CLOSE_UNAUTHORIZED, reason: `Unauthorized: ${reason}` } : { code: CLOSE_FORBIDDEN, reason: `Forbidden: ${reason}` };
  }
  return undefined;
}

/** Whether two principals carry the same access (kind, id, scopes, bindings). */
function sameAccess(a: Principal, b: Principal): boolean {
  const canonical = (principal: Principal) => JSON.stringify(principal, (_key, value: unknown) => (Array.isArray(value) ? [...(value as unknown[])].map(String).sort() : value));
  return canonical(a) === canonical(b);
}

export interface GatewaySubscriptionOptions {
  server: Server;
  path: string;
  engine: SubscriptionEngine;
  planner: SubscriptionPlanner;
  apollo: ApolloServer<GatewayContext>;
  logger: Logger;
  /** Who is connecting, from the connection parameters (same rules as HTTP headers). */
  identify(connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<Identity>;
  /** The client's address, for the anonymous rate (same rules as HTTP). */
  clientIpOf(req: IncomingMessage): string;
  /** The gateway's admission, run once for every operation sent over the socket. */
  admit(request: AdmissionRequest): Promise<Admission>;
  keepAliveMs?: number;
  /** How often a connection's credentials are identified again (default 60 s): a revoked or narrowed key loses its connection. */
  reauthenticateMs?: number;
}

type ConnectionState = {
  identity?: Identity;
  clientIp?: string;
  expiry?: NodeJS.Timeout;
};

/** Timers of a connection, cleared when it closes. */
function untilClosed(socket: WebSocket, timer: NodeJS.Timeout): void {
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

type SubscriptionContext = GatewayContext & { closeConnection(code: number, reason: string): void };

/**
 * graphql-ws on the gateway's HTTP port and path: subscriptions go to the engine, queries and
 * mutations sent over the socket run through Apollo Server like HTTP requests.
 */
export function serveGatewaySubscriptions(options: GatewaySubscriptionOptions): () => Promise<void> {
  const sockets = new WebSocketServer({ server: options.server, path: options.path });
  // Close reasons are limited to 123 bytes by the protocol.
  const close = (socket: WebSocket, code: number, reason: string) => socket.close(code, reason.slice(0, 120));
  const cleanup = useServer<Record<string, unknown>, Extra & ConnectionState & Record<PropertyKey, unknown>>(
    {
      schema: options.planner.apiGraphQLSchema,
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        try {
          const identity = await options.identify(ctx.connectionParams);
          ctx.extra.identity = identity;
          ctx.extra.clientIp = options.clientIpOf(ctx.extra.request);
          if (identity.expiresAt !== undefined) {
            // An open connection lives no longer than the token it was opened with.
            const expiry = setTimeout(() => close(socket, CLOSE_UNAUTHORIZED, 'Unauthorized: token expired'), Math.max(0, identity.expiresAt - Date.now()));
            untilClosed(socket, expiry);
            ctx.extra.expiry = expiry;
          }
          if (identity.principal.kind !== 'anonymous') {
            // Credentials are checked again while connected: a key revoked or narrowed since loses the connection.
            const params = ctx.connectionParams;
            const recheck = setInterval(() => {
              options.identify(params).then(
                (now) => {
                  if (!sameAccess(now.principal, identity.principal)) close(socket, CLOSE_FORBIDDEN, 'Forbidden: the credentials’ access changed');
                },
                (error: unknown) => close(socket, CLOSE_FORBIDDEN, `Forbidden: access revoked (${error instanceof Error ? error.message : String(error)})`),
              );
            }, options.reauthenticateMs ?? 60_000);
            untilClosed(socket, recheck);
          }
          return true;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          options.logger.info({ reason }, 'websocket connection refused');
          close(socket, CLOSE_UNAUTHORIZED, `Unauthorized: ${reason}`);
          return false;
        }
      },
      onSubscribe: async (ctx, _id, payload) => {
        const identity = ctx.extra.identity ?? { principal: { kind: 'anonymous' as const } };
        const clientIp = ctx.extra.clientIp ?? 'unknown';
        const admitted = await options.admit({
          query: payload.query,
          operationName: payload.operationName,
          variables: payload.variables,
          clientIp,
          credentials: identity.principal.kind !== 'anonymous',
          identify: () => Promise.resolve(identity),
        });
        if (!admitted.ok) {
          const closing = closeFor(admitted);
          // The operation's errors go out first, then the close that says why the connection ends.
          if (closing) setImmediate(() => close(ctx.extra.socket, closing.code, closing.reason));
          return admitted.errors;
        }
        const requestId = randomUUID();
        const contextValue: SubscriptionContext = {
          principal: identity.principal,
          requestId,
          clientIp,
          cost: admitted.cost,
          logger: options.logger.child({ requestId }),
          closeConnection: (code, reason) => close(ctx.extra.socket, code, reason),
        };
        return {
          schema: options.planner.apiGraphQLSchema,
          document: admitted.document,
          operationName: admitted.operation.name?.value,
          variableValues: admitted.variables,
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
