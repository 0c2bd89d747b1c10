import {
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  isInputObjectType,
  isListType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type OperationTypeNode,
} from 'graphql';
import { ElidedList } from '@oms/platform';
import type { Identity } from '../security/authenticate.ts';
import type { PersistedOperations } from '../security/persisted-operations.ts';
import type { DirectiveAuthorization } from './authorization.ts';
import type { CostCalculator } from './cost.ts';
import { checkDocument } from './document-checks.ts';
import type { AdmissionWorker } from './worker.ts';
import type { QuotaCharge, Quotas } from './quota.ts';

export interface AdmissionLimits {
  maxQueryBytes: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  /** Validation errors returned at most (validation stops there). */
  maxValidationErrors: number;
  /** Items a list in the variables may hold, unless its input field says otherwise (`listItemCaps`). */
  maxListItems: number;
  /** Larger caps for input lists that are bulk by nature, keyed `InputType.field`. */
  listItemCaps: Readonly<Record<string, number>>;
}

/** One operation as it arrives, whatever the transport. */
export interface AdmissionRequest {
  query: unknown;
  operationName: unknown;
  variables: unknown;
  clientIp: string;
  /** Whether the request carries credentials at all; without, the address's request rate is taken first. */
  credentials: boolean;
  /** The address's request rate was already taken for this request (`countRequest`, before its body was read). */
  requestCounted?: boolean;
  /**
   * Present when `variables` holds lists of a large body left unread (`ElidedList`, length only):
   * answers the variables in full. Asked only if no list is refused for its length.
   */
  fullVariables?: () => unknown;
  /** Who is calling: resolved only once the document passed its limits. */
  identify(): Promise<Identity>;
}

export interface Admitted {
  ok: true;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  identity: Identity;
  cost: { requested: number; remaining?: number | undefined };
}

export interface Refused {
  ok: false;
  status: number;
  errors: GraphQLError[];
  headers?: Record<string, string>;
  /** Which step refused (logs, metrics, WebSocket close reasons). */
  step: 'request' | 'limits' | 'validation' | 'variables' | 'authentication' | 'authorization' | 'cost' | 'quota';
  /** The kind of operation refused, once known (a subscription refused its authorization closes its socket). */
  operationType?: OperationTypeNode;
}

export type Admission = Admitted | Refused;

export interface AdmissionPipelineOptions {
  schema: GraphQLSchema;
  limits: AdmissionLimits;
  production: boolean;
  authorization: DirectiveAuthorization;
  cost: CostCalculator;
  quotas: Quotas;
  persisted: PersistedOperations;
  /** Checks documents not seen before off the event loop; without it they are checked in process. */
  worker?: AdmissionWorker;
}

/** What is known of a query text whatever its caller and variables; cached per text. */
type Parsed = { document: DocumentNode; fragments: Map<string, FragmentDefinitionNode> } | Omit<Refused, 'ok'>;

function error(message: string, code: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

function refuse(step: Refused['step'], status: number, ...errors: GraphQLError[]): Refused {
  return { ok: false, step, status, errors };
}

function throttled(charge: Extract<QuotaCharge, { ok: false }>, requested?: number): Refused {
  const extensions = { retryAfter: charge.retryAfterSeconds, ...(requested !== undefined ? { cost: { requested, remaining: charge.remaining } } : {}) };
  return { ...refuse('quota', 429, error(charge.message, 'THROTTLED', extensions)), headers: { 'retry-after': String(charge.retryAfterSeconds) } };
}

/** A list whose items were not read yet, within its cap: the list check needs the variables in full. */
const UNREAD = Symbol('unread list');

/**
 * Admission of every operation, HTTP and WebSocket alike, run once per operation before anything
 * reaches a subgraph: size in bytes → parse (token limit) → depth, aliases, directives (graphql-armor
 * rules, fragments counted once, stopping at the first limit passed) → validation (at most
 * `maxValidationErrors` errors) → list caps on the raw variables → authentication → persisted-only
 * keys → `@authenticated` / `@requiresScopes` → cost (`@listSize` / `@cost`) → quota (full cost).
 */
export class AdmissionPipeline {
  readonly #options: AdmissionPipelineOptions;
  readonly #parsed = new Map<string, Parsed>();

  constructor(options: AdmissionPipelineOptions) {
    this.#options = options;
  }

  /**
   * Takes the request rate of an address for a caller without credentials. `admit` does it first,
   * unless told it was done; HTTP does it as soon as the headers are in, before reading the body.
   */
  async countRequest(request: Pick<AdmissionRequest, 'clientIp' | 'credentials'>): Promise<Refused | undefined> {
    if (request.credentials) return undefined;
    const taken = await this.#options.quotas.takeRequest(request.clientIp);
    return taken.ok ? undefined : throttled(taken);
  }

  async admit(request: AdmissionRequest): Promise<Admission> {
    // The request rate of an address is taken before any work for callers without credentials, and
    // every refusal counts against it too, so a flood of bad documents or forged tokens is throttled.
    const { quotas } = this.#options;
    if (!request.requestCounted) {
      const refused = await this.countRequest(request);
      if (refused) return refused;
    }
    const admission = await this.#admit(request);
    if (!admission.ok && admission.step !== 'quota' && request.credentials) {
      const taken = await quotas.takeRequest(request.clientIp);
      if (!taken.ok) return throttled(taken);
    }
    return admission;
  }

  async #admit(request: AdmissionRequest): Promise<Admission> {
    const { limits } = this.#options;
    if (typeof request.query !== 'string' || request.query.length === 0) {
      return refuse('request', 400, error('A query is required', 'BAD_REQUEST'));
    }
    if (Buffer.byteLength(request.query) > limits.maxQueryBytes) {
      return refuse('limits', 413, error(`Query is too large: at most ${limits.maxQueryBytes} bytes`, 'QUERY_TOO_LARGE'));
    }
    if (request.operationName !== undefined && request.operationName !== null && typeof request.operationName !== 'string') {
      return refuse('request', 400, error('operationName must be a string', 'BAD_REQUEST'));
    }
    const parsed = await this.#parse(request.query);
    if ('status' in parsed) return { ok: false, ...parsed };
    const { document, fragments } = parsed;
    const operation = getOperationAST(document, request.operationName);
    if (!operation) {
      return refuse('request', 400, error(request.operationName ? `Unknown operation "${request.operationName}"` : 'Name the operation to run (operationName)', 'OPERATION_RESOLUTION_FAILURE'));
    }
    let variables = request.variables ?? {};
    if (typeof variables !== 'object' || Array.isArray(variables)) return refuse('request', 400, error('variables must be an object', 'BAD_REQUEST'));
    let tooLong = this.#checkLists(operation, variables as Record<string, unknown>);
    if (!(tooLong instanceof GraphQLError) && request.fullVariables) {
      // No list left unread was refused for its length: read them all, and check again.
      variables = (request.fullVariables() ?? {}) as object;
      tooLong = this.#checkLists(operation, variables as Record<string, unknown>);
    }
    if (tooLong instanceof GraphQLError) return refuse('variables', 400, tooLong);

    let identity: Identity;
    try {
      identity = await request.identify();
    } catch (failure) {
      if (failure instanceof GraphQLError) return refuse('authentication', 401, failure);
      throw failure;
    }
    const { principal } = identity;
    const notPersisted = this.#options.persisted.check(request.query, principal.kind === 'partner' && principal.persistedOperationsOnly);
    if (notPersisted) return { ...refuse('authorization', 403, notPersisted), operationType: operation.operation };
    const denied = this.#options.authorization.check(document, principal);
    if (denied) return { ...refuse('authorization', denied.extensions['code'] === 'UNAUTHENTICATED' ? 401 : 403, denied), operationType: operation.operation };

    const requested = this.#options.cost.cost(operation, fragments, variables as Record<string, unknown>);
    if (requested > limits.maxCost) {
      const shown = Number.isFinite(requested) ? `cost ${requested}` : 'its cost';
      return refuse('cost', 400, error(`Query is too expensive: ${shown} passes the limit of ${limits.maxCost}`, 'QUERY_TOO_COMPLEX', { maxCost: limits.maxCost }));
    }
    const charged = await this.#options.quotas.charge(principal, request.clientIp, requested);
    if (!charged.ok) return throttled(charged, requested);
    return { ok: true, document, operation, variables: variables as Record<string, unknown>, identity, cost: { requested, remaining: charged.remaining } };
  }

  async #parse(query: string): Promise<Parsed> {
    const known = this.#parsed.get(query);
    if (known) return known;
    const parsed = await this.#parseUncached(query);
    if (this.#parsed.size >= 2_000) this.#parsed.delete(this.#parsed.keys().next().value!);
    this.#parsed.set(query, parsed);
    return parsed;
  }

  /** Checks a text not seen before: in the worker when there is one, else here; parses it here only if it passed. */
  async #parseUncached(query: string): Promise<Parsed> {
    const { schema, limits, production, worker } = this.#options;
    const checked = worker ? await worker.checkDocument(query) : undefined;
    const document = checked === undefined ? checkDocument(schema, query, limits, production) : checked ?? parse(query, { maxTokens: limits.maxTokens });
    if (!('kind' in document)) {
      return { step: document.step, status: 400, errors: document.errors.map((found) => error(found.message, found.code, found.extensions)) };
    }
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    return { document, fragments };
  }

  /**
   * Caps on lists in the raw variables, before coercion: a list longer than its cap is one error at
   * once, not one coercion error per item. Walks each value along its declared type, so the work is
   * bounded by the request body. A list left unread (`ElidedList`) within its cap stops the walk:
   * its items must be read to go on (`UNREAD`).
   */
  #checkLists(operation: OperationDefinitionNode, variables: Record<string, unknown>): GraphQLError | typeof UNREAD | undefined {
    const { limits, schema } = this.#options;
    const walk = (value: unknown, type: GraphQLInputType, where: string, cap: number): GraphQLError | typeof UNREAD | undefined => {
      const nullable = getNullableType(type);
      if (isListType(nullable)) {
        if (!Array.isArray(value)) return walk(value, nullable.ofType, where, limits.maxListItems);
        const items = value instanceof ElidedList ? value.items : value.length;
        if (items > cap) return error(`${where} holds ${items} items, at most ${cap}`, 'BAD_USER_INPUT', { limit: cap });
        if (value instanceof ElidedList) return UNREAD;
        for (const item of value) {
          const found = walk(item, nullable.ofType, where, limits.maxListItems);
          if (found) return found;
        }
        return undefined;
      }
      const named = getNamedType(nullable);
      if (!isInputObjectType(named) || typeof value !== 'object' || value === null) return undefined;
      const fields = named.getFields();
      for (const [name, item] of Object.entries(value)) {
        const field = fields[name];
        if (!field) continue;
        const found = walk(item, field.type, `${where}.${name}`, limits.listItemCaps[`${named.name}.${name}`] ?? limits.maxListItems);
        if (found) return found;
      }
      return undefined;
    };
    for (const definition of operation.variableDefinitions ?? []) {
      const type = typeFromAST(schema, definition.type);
      const name = definition.variable.name.value;
      if (!type || !(name in variables)) continue;
      const found = walk(variables[name], type as GraphQLInputType, `Variable $${name}`, limits.maxListItems);
      if (found) return found;
    }
    return undefined;
  }
}
