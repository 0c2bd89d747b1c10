import { buildOperationContext } from '@apollo/gateway';
import { operationFromDocument, Supergraph, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';

type OperationContext = ReturnType<typeof buildOperationContext>;

export interface SubscriptionPlan {
  /** The fetch sent upstream to the subgraph that owns the subscription field. */
  primary: FetchNode;
  /** The fetches that hydrate, for each event, the fields other subgraphs own. */
  rest: PlanNode | undefined;
  operationContext: OperationContext;
}

/**
 * Plans subscriptions with the same query planner the gateway uses for queries, over the same
 * static supergraph. `@apollo/gateway` stops at the resulting SubscriptionNode; we execute it.
 */
export class SubscriptionPlanner {
  readonly supergraphSchema: GraphQLSchema;
  readonly apiSchema: Schema;
  readonly apiGraphQLSchema: GraphQLSchema;
  readonly #supergraph: Supergraph;
  readonly #planner: QueryPlanner;
  readonly #cache = new Map<DocumentNode, Map<string, SubscriptionPlan>>();

  constructor(supergraphSdl: string) {
    this.#supergraph = Supergraph.build(supergraphSdl);
    this.#planner = new QueryPlanner(this.#supergraph);
    this.supergraphSchema = this.#supergraph.schema.toGraphQLJSSchema();
    this.apiSchema = this.#supergraph.apiSchema();
    this.apiGraphQLSchema = this.apiSchema.toGraphQLJSSchema();
  }

  /** Plans a validated subscription document; plans are cached per document and operation name. */
  plan(document: DocumentNode, operationName: string | undefined): SubscriptionPlan {
    const key = operationName ?? '';
    const cached = this.#cache.get(document)?.get(key);
    if (cached) return cached;
    const operation = operationFromDocument(this.#supergraph.schema, document, { ...(operationName ? { operationName } : {}) });
    const queryPlan = this.#planner.buildQueryPlan(operation);
    const node = queryPlan.node;
    if (node?.kind !== 'Subscription') throw new Error('Not a subscription operation');
    const plan: SubscriptionPlan = {
      primary: node.primary,
      rest: node.rest,
      operationContext: buildOperationContext({
        schema: this.apiGraphQLSchema,
        operationDocument: document,
        ...(operationName ? { operationName } : {}),
      }),
    };
    let byName = this.#cache.get(document);
    if (!byName) {
      byName = new Map();
      // Documents are parsed per request; keep the cache bounded.
      if (this.#cache.size > 1_000) this.#cache.clear();
      this.#cache.set(document, byName);
    }
    byName.set(key, plan);
    return plan;
  }
}
