import { executeQueryPlan, type GraphQLDataSource, type ServiceMap } from '@apollo/gateway';
import type { QueryPlan } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import type { Logger } from '@oms/platform';
import { GraphQLError, print, type DocumentNode, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context.ts';
import type { SubscriptionPlan, SubscriptionPlanner } from './planner.ts';
import type { UpstreamConnections } from './upstream.ts';

/** The service name the planned primary fetch is answered from: the upstream event itself. */
const EVENT_SOURCE = '__subscription_event__';

export class SlowConsumerError extends Error {
  override readonly name = 'SlowConsumerError';
}

interface Listener {
  push(result: ExecutionResult): void;
  end(error?: Error): void;
}

/** Subscriptions identical in operation, variables and principal share one upstream and one hydration. */
class SharedSubscription {
  readonly listeners = new Set<Listener>();
  stopUpstream: () => void = () => undefined;
  #chain: Promise<void> = Promise.resolve();

  readonly onEmpty: () => void;

  constructor(onEmpty: () => void) {
    this.onEmpty = onEmpty;
  }

  deliver(produce: () => Promise<ExecutionResult>): void {
    // Events are hydrated one after the other so every client sees them in upstream order.
    this.#chain = this.#chain.then(async () => {
      const result = await produce();
      for (const listener of this.listeners) listener.push(result);
    });
  }

  end(error?: Error): void {
    this.#chain = this.#chain.then(() => {
      for (const listener of this.listeners) listener.end(error);
      this.listeners.clear();
    });
  }

  remove(listener: Listener): void {
    this.listeners.delete(listener);
    if (this.listeners.size === 0) {
      this.stopUpstream();
      this.onEmpty();
    }
  }
}

export interface SubscribeArgs {
  document: DocumentNode;
  operationName: string | undefined;
  variables: Record<string, unknown>;
  context: GatewayContext;
  /** Called when this client falls more than `queueSize` events behind. */
  onSlowConsumer(): void;
}

export interface SubscriptionEngineOptions {
  planner: SubscriptionPlanner;
  upstream: UpstreamConnections;
  dataSources: Record<string, GraphQLDataSource>;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  logger: Logger;
  queueSize?: number;
}

function principalKey(context: GatewayContext): string {
  return JSON.stringify(context.principal);
}

/**
 * Federated subscriptions for `@apollo/gateway`: the primary fetch of the plan runs upstream as a
 * graphql-ws subscription on the owning subgraph; each event is hydrated by executing the rest of
 * the plan (fields other subgraphs own) with the gateway's own executor.
 */
export class SubscriptionEngine {
  readonly #options: SubscriptionEngineOptions;
  readonly #shared = new Map<string, SharedSubscription>();

  constructor(options: SubscriptionEngineOptions) {
    this.#options = options;
  }

  get upstreamCount(): number {
    return this.#shared.size;
  }

  async #hydrate(plan: SubscriptionPlan, args: SubscribeArgs, data: Record<string, unknown>): Promise<ExecutionResult> {
    const queryPlan: QueryPlan = {
      kind: 'QueryPlan',
      node: { kind: 'Sequence', nodes: [{ ...plan.primary, serviceName: EVENT_SOURCE }, ...(plan.rest ? [plan.rest] : [])] },
    };
    const eventSource: GraphQLDataSource = { process: async () => ({ data }) };
    const serviceMap: ServiceMap = { ...this.#options.dataSources, [EVENT_SOURCE]: eventSource };
    const requestContext = {
      request: { query: print(args.document), variables: args.variables, operationName: args.operationName },
      context: args.context,
      logger: args.context.logger,
      metrics: {},
    } as unknown as GatewayGraphQLRequestContext<GatewayContext>;
    const result = await executeQueryPlan(
      queryPlan,
      serviceMap,
      requestContext,
      plan.operationContext,
      this.#options.planner.supergraphSchema,
      this.#options.planner.apiSchema,
    );
    return this.#format(result);
  }

  #format(result: ExecutionResult): ExecutionResult {
    if (!result.errors?.length) return { data: result.data ?? null };
    const errors = result.errors.map((error) => {
      const formatted = this.#options.formatError(error.toJSON(), error);
      return new GraphQLError(formatted.message, { extensions: formatted.extensions ?? {}, path: formatted.path ?? undefined });
    });
    return { data: result.data ?? null, errors };
  }

  subscribe(args: SubscribeArgs): AsyncIterableIterator<ExecutionResult> {
    const plan = this.#options.planner.plan(args.document, args.operationName);
    const variables = Object.fromEntries(
      (plan.primary.variableUsages ?? []).filter((name) => name in args.variables).map((name) => [name, args.variables[name]]),
    );
    const key = JSON.stringify([print(args.document), args.operationName ?? null, args.variables, principalKey(args.context)]);

    let shared = this.#shared.get(key);
    if (!shared) {
      const created = new SharedSubscription(() => this.#shared.delete(key));
      shared = created;
      this.#shared.set(key, created);
      created.stopUpstream = this.#options.upstream.subscribe(
        { service: plan.primary.serviceName, query: plan.primary.operation, variables, principal: args.context.principal, requestId: args.context.requestId },
        {
          next: (result) => {
            if (!result.data) {
              // The subgraph refused or failed this event: pass its (already masked) errors on.
              const errors = (result.errors ?? []).map(
                (error) => new GraphQLError(error.message, { extensions: { ...error.extensions, service: plan.primary.serviceName } }),
              );
              created.deliver(async () => ({ errors }));
              return;
            }
            created.deliver(() =>
              this.#hydrate(plan, args, result.data as Record<string, unknown>).catch((error: unknown) => {
                this.#options.logger.error({ err: error }, 'subscription hydration failed');
                return { errors: [new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })] };
              }),
            );
          },
          error: (error) => {
            const service = plan.primary.serviceName;
            // An array is the subgraph refusing the subscription (already formatted, with its code);
            // anything else is the connection failing.
            const refused = Array.isArray(error) ? (error as GraphQLFormattedError[]) : undefined;
            if (!refused) this.#options.logger.warn({ err: error, service }, 'upstream subscription failed');
            created.deliver(async () => ({
              errors: refused
                ? refused.map((item) => new GraphQLError(item.message, { extensions: { ...item.extensions, service } }))
                : [new GraphQLError(`The ${service} service ended the subscription`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', service } })],
            }));
            created.end();
            this.#shared.delete(key);
          },
          complete: () => {
            created.end();
            this.#shared.delete(key);
          },
        },
      );
    }
    return this.#listen(shared, args.onSlowConsumer);
  }

  /** A bounded queue per client: a client more than `queueSize` events behind is cut off. */
  #listen(shared: SharedSubscription, onSlowConsumer: () => void): AsyncIterableIterator<ExecutionResult> {
    const limit = this.#options.queueSize ?? 100;
    const queue: ExecutionResult[] = [];
    let waiting: { resolve: (result: IteratorResult<ExecutionResult>) => void; reject: (error: Error) => void } | undefined;
    let finished: Error | true | undefined;

    const listener: Listener = {
      push: (result) => {
        if (finished) return;
        if (waiting) {
          const { resolve } = waiting;
          waiting = undefined;
          resolve({ value: result, done: false });
          return;
        }
        if (queue.length >= limit) {
          finished = new SlowConsumerError('Slow consumer: more events queued than allowed');
          shared.remove(listener);
          onSlowConsumer();
          return;
        }
        queue.push(result);
      },
      end: (error) => {
        finished = error ?? true;
        if (waiting) {
          const pending = waiting;
          waiting = undefined;
          if (error) pending.reject(error);
          else pending.resolve({ value: undefined, done: true });
        }
      },
    };
    shared.listeners.add(listener);

    const iterator: AsyncIterableIterator<ExecutionResult> = {
      next: () => {
        const value = queue.shift();
        if (value) return Promise.resolve({ value, done: false });
        if (finished instanceof Error) return Promise.reject(finished);
        if (finished) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          waiting = { resolve, reject };
        });
      },
      return: () => {
        if (!finished) {
          finished = true;
          shared.remove(listener);
        }
        waiting?.resolve({ value: undefined, done: true });
        waiting = undefined;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
