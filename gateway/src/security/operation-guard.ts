import type { Principal } from '@oms/platform';
import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { describeScopes, isListOutput, satisfies, type AccessRequirement } from './directives.ts';

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  /** Items assumed for a list field without a `first`/`limit` argument. */
  defaultListSize: number;
  /** Page sizes are capped at this when computing cost. */
  maxListSize: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 15,
  maxAliases: 30,
  maxDirectives: 20,
  maxCost: 500_000,
  defaultListSize: 10,
  maxListSize: 100,
};

function refused(message: string, code: string, status: number, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status }, ...extra } });
}

interface Shape {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/**
 * Checks an operation before any subgraph is called: depth, aliases, directives and cost
 * (lists multiplied by their page size), then `@authenticated` / `@requiresScopes` for every
 * field and type it touches. The same checks run for HTTP and WebSocket operations.
 */
export class OperationGuard {
  readonly #schema: GraphQLSchema;
  readonly #requirements: Map<string, AccessRequirement>;
  readonly #limits: OperationLimits;
  /**
   * Results per parsed document (Apollo Server hands us the same DocumentNode for the same query
   * text), so a repeated operation is not walked again on every request: the shape per operation
   * name and page-size variables, the authorization per set of scopes.
   */
  readonly #shapes = new WeakMap<DocumentNode, Map<string, { pageVariables: string[]; byValues: Map<string, Shape> }>>();
  readonly #decisions = new WeakMap<DocumentNode, Map<string, GraphQLError[]>>();

  constructor(schema: GraphQLSchema, requirements: Map<string, AccessRequirement>, limits: OperationLimits = DEFAULT_LIMITS) {
    this.#schema = schema;
    this.#requirements = requirements;
    this.#limits = limits;
  }

  /** Measures the operation (validated documents only: fragment cycles are already refused). */
  measure(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): Shape {
    let byName = this.#shapes.get(document);
    if (!byName) this.#shapes.set(document, (byName = new Map()));
    const known = byName.get(operationName ?? '');
    const valuesKey = (names: string[]) => JSON.stringify(names.map((name) => variables[name] ?? null));
    const cached = known?.byValues.get(valuesKey(known.pageVariables));
    if (cached) return cached;
    const pageVariables: string[] = [];
    const shape = this.#measure(document, operationName, variables, pageVariables);
    const entry = known ?? { pageVariables, byValues: new Map<string, Shape>() };
    if (entry.byValues.size < 100) entry.byValues.set(valuesKey(entry.pageVariables), shape);
    byName.set(operationName ?? '', entry);
    return shape;
  }

  #measure(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, pageVariables: string[]): Shape {
    const fragments = new Map<string, FragmentDefinitionNode>();
    let operation: OperationDefinitionNode | undefined;
    let directives = 0;
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      if (definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName)) operation ??= definition;
    }
    visit(document, { Directive: () => void directives++ });
    if (!operation) return { depth: 0, aliases: 0, directives, cost: 0 };

    let aliases = 0;
    const typeInfo = new TypeInfo(this.#schema);
    visit(operation, visitWithTypeInfo(typeInfo, { Field: (node) => void (node.alias && aliases++) }));
    for (const fragment of fragments.values()) visit(fragment, { Field: (node) => void (node.alias && aliases++) });

    // The shape depends on these variables only; the cache keys on their values.
    const pageVariable = (name: string): string => {
      if (!pageVariables.includes(name)) pageVariables.push(name);
      return name;
    };
    const pageSize = (field: FieldNode): number => {
      for (const argument of field.arguments ?? []) {
        if (argument.name.value !== 'first' && argument.name.value !== 'limit') continue;
        const value =
          argument.value.kind === Kind.INT
            ? Number(argument.value.value)
            : argument.value.kind === Kind.VARIABLE
              ? Number(variables[pageVariable(argument.value.name.value)])
              : NaN;
        if (Number.isFinite(value)) return Math.min(Math.max(value, 0), this.#limits.maxListSize);
      }
      return this.#limits.defaultListSize;
    };

    // Depth and cost walk the selection tree with fragments expanded (bounded by the depth limit).
    const walk = (selectionSet: SelectionSetNode, parentType: string, depth: number): { depth: number; cost: number } => {
      let deepest = depth;
      let cost = 0;
      if (depth > this.#limits.maxDepth + 1) return { depth, cost };
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const type = this.#schema.getType(parentType);
          const field = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value] : undefined;
          if (!field) continue;
          const named = getNamedType(field.type).name;
          const multiplier = isListOutput(field.type) || selection.arguments?.some((arg) => arg.name.value === 'first') ? pageSize(selection) : 1;
          if (selection.selectionSet) {
            const child = walk(selection.selectionSet, named, depth + 1);
            deepest = Math.max(deepest, child.depth);
            cost += 1 + multiplier * child.cost;
          } else {
            cost += 1;
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const child = walk(selection.selectionSet, selection.typeCondition?.name.value ?? parentType, depth);
          deepest = Math.max(deepest, child.depth);
          cost += child.cost;
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment) continue;
          const child = walk(fragment.selectionSet, fragment.typeCondition.name.value, depth);
          deepest = Math.max(deepest, child.depth);
          cost += child.cost;
        }
      }
      return { depth: deepest, cost };
    };
    const root =
      operation.operation === 'query'
        ? this.#schema.getQueryType()
        : operation.operation === 'mutation'
          ? this.#schema.getMutationType()
          : this.#schema.getSubscriptionType();
    const { depth, cost } = root ? walk(operation.selectionSet, root.name, 0) : { depth: 0, cost: 0 };
    return { depth, aliases, directives, cost };
  }

  /** Limits first (cheap, no schema knowledge leaks), then authorization. */
  check(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>, principal: Principal): { errors: GraphQLError[]; cost: number } {
    const shape = this.measure(document, operationName, variables);
    const limits = this.#limits;
    if (shape.depth > limits.maxDepth) {
      return { errors: [refused(`Query is too deep: ${shape.depth} levels, at most ${limits.maxDepth}`, 'QUERY_TOO_DEEP', 400)], cost: shape.cost };
    }
    if (shape.aliases > limits.maxAliases) {
      return { errors: [refused(`Too many aliases: ${shape.aliases}, at most ${limits.maxAliases}`, 'TOO_MANY_ALIASES', 400)], cost: shape.cost };
    }
    if (shape.directives > limits.maxDirectives) {
      return { errors: [refused(`Too many directives: ${shape.directives}, at most ${limits.maxDirectives}`, 'TOO_MANY_DIRECTIVES', 400)], cost: shape.cost };
    }
    if (shape.cost > limits.maxCost) {
      return {
        errors: [refused(`Query is too expensive: cost ${shape.cost}, at most ${limits.maxCost}`, 'QUERY_TOO_COMPLEX', 400, { cost: shape.cost })],
        cost: shape.cost,
      };
    }
    return { errors: this.#authorize(document, principal), cost: shape.cost };
  }

  #authorize(document: DocumentNode, principal: Principal): GraphQLError[] {
    if (principal.kind === 'service') return [];
    const key = principal.kind === 'anonymous' ? '' : `+${[...principal.scopes].sort().join(' ')}`;
    let byScopes = this.#decisions.get(document);
    if (!byScopes) this.#decisions.set(document, (byScopes = new Map()));
    let decision = byScopes.get(key);
    if (!decision) {
      decision = this.#decide(document, principal);
      if (byScopes.size < 100) byScopes.set(key, decision);
    }
    return decision;
  }

  #decide(document: DocumentNode, principal: Exclude<Principal, { kind: 'service' }>): GraphQLError[] {
    const authenticated = principal.kind !== 'anonymous';
    const scopes = new Set(principal.kind === 'anonymous' ? [] : principal.scopes);
    const denied = new Map<string, AccessRequirement>();
    const typeInfo = new TypeInfo(this.#schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field: (node) => {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (!parent || !field) return;
          const onField = this.#requirements.get(`${parent.name}.${node.name.value}`);
          if (onField && !satisfies(onField, authenticated, scopes)) denied.set(`${parent.name}.${node.name.value}`, onField);
          const returned = getNamedType(field.type).name;
          const onType = this.#requirements.get(returned);
          if (onType && !satisfies(onType, authenticated, scopes)) denied.set(returned, onType);
        },
      }),
    );
    if (denied.size === 0) return [];
    const entries = [...denied].map(([coordinate, requirement]) => `${coordinate} (${describeScopes(requirement) || 'signed in'})`);
    return authenticated
      ? [refused(`Not allowed: missing scopes for ${entries.join(', ')}`, 'FORBIDDEN', 403, { denied: [...denied.keys()] })]
      : [refused(`Sign in or use an API key to access ${entries.join(', ')}`, 'UNAUTHENTICATED', 401, { denied: [...denied.keys()] })];
  }
}
