import type { Principal } from '@oms/platform';
import { getNamedType, GraphQLError, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import { describeScopes, satisfies, type AccessRequirement } from '../security/directives.ts';

function refused(message: string, code: string, status: number, denied: string[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code, denied, http: { status } } });
}

/**
 * `@authenticated` / `@requiresScopes` of every field and type an operation touches, decided once
 * per document and set of scopes (a repeated operation is not walked again).
 */
export class DirectiveAuthorization {
  readonly #schema: GraphQLSchema;
  readonly #requirements: Map<string, AccessRequirement>;
  readonly #decisions = new WeakMap<DocumentNode, Map<string, GraphQLError | null>>();

  constructor(schema: GraphQLSchema, requirements: Map<string, AccessRequirement>) {
    this.#schema = schema;
    this.#requirements = requirements;
  }

  /** The refusal of this operation for this principal, or undefined when every requirement is met. */
  check(document: DocumentNode, principal: Principal): GraphQLError | undefined {
    if (principal.kind === 'service') return undefined;
    const key = principal.kind === 'anonymous' ? '' : `+${[...principal.scopes].sort().join(' ')}`;
    let byScopes = this.#decisions.get(document);
    if (!byScopes) this.#decisions.set(document, (byScopes = new Map()));
    let decision = byScopes.get(key);
    if (decision === undefined) {
      decision = this.#decide(document, principal) ?? null;
      if (byScopes.size < 100) byScopes.set(key, decision);
    }
    return decision ?? undefined;
  }

  #decide(document: DocumentNode, principal: Exclude<Principal, { kind: 'service' }>): GraphQLError | undefined {
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
    if (denied.size === 0) return undefined;
    const entries = [...denied].map(([coordinate, requirement]) => `${coordinate} (${describeScopes(requirement) || 'signed in'})`);
    return authenticated
      ? refused(`Not allowed: missing scopes for ${entries.join(', ')}`, 'FORBIDDEN', 403, [...denied.keys()])
      : refused(`Sign in or use an API key to access ${entries.join(', ')}`, 'UNAUTHENTICATED', 401, [...denied.keys()]);
  }
}
