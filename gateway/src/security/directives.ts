import {
  getNamedType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLOutputType,
} from 'graphql';

/** What a type or field asks of its caller, read from `@authenticated` / `@requiresScopes` in the supergraph. */
export interface AccessRequirement {
  authenticated: boolean;
  /** Alternatives (OR) of scope sets (AND); empty when no scopes are required. */
  scopes: string[][][];
}

function requirementFrom(directives: readonly ConstDirectiveNode[] | undefined): AccessRequirement | undefined {
  let requirement: AccessRequirement | undefined;
  for (const directive of directives ?? []) {
    if (directive.name.value === 'authenticated') {
      requirement ??= { authenticated: false, scopes: [] };
      requirement.authenticated = true;
    }
    if (directive.name.value === 'requiresScopes') {
      const argument = directive.arguments?.find((arg) => arg.name.value === 'scopes');
      if (argument?.value.kind !== Kind.LIST) continue;
      const alternatives = argument.value.values.map((group) =>
        group.kind === Kind.LIST ? group.values.flatMap((scope) => (scope.kind === Kind.STRING ? [scope.value] : [])) : [],
      );
      requirement ??= { authenticated: false, scopes: [] };
      requirement.scopes.push(alternatives);
    }
  }
  return requirement;
}

/** Requirements of every type and field of the supergraph, keyed `Type` and `Type.field`. */
export function readAccessRequirements(supergraphSdl: string): Map<string, AccessRequirement> {
  const requirements = new Map<string, AccessRequirement>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION
    ) {
      continue;
    }
    const typeName = definition.name.value;
    const onType = requirementFrom(definition.directives);
    if (onType) requirements.set(typeName, onType);
    for (const field of definition.fields ?? []) {
      const onField = requirementFrom(field.directives);
      if (onField) requirements.set(`${typeName}.${field.name.value}`, onField);
    }
  }
  return requirements;
}

/** True when the principal's scopes satisfy every `@requiresScopes` of the requirement. */
export function satisfies(requirement: AccessRequirement, authenticated: boolean, scopes: ReadonlySet<string>): boolean {
  if (requirement.authenticated && !authenticated) return false;
  return requirement.scopes.every((alternatives) => alternatives.some((all) => all.every((scope) => scopes.has(scope))));
}

export function describeScopes(requirement: AccessRequirement): string {
  return requirement.scopes.map((alternatives) => alternatives.map((all) => all.join(' and ')).join(' or ')).join('; ');
}

export function isListOutput(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

export { getNamedType };

const ENFORCED_HERE = /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:requiresScopes|authenticated)\/v[\d.]+"), for: SECURITY\)/g;

/**
 * The supergraph as `@apollo/gateway` accepts it. Stock gateways refuse a supergraph whose
 * security features they cannot enforce; this gateway enforces `@authenticated` and
 * `@requiresScopes` itself (OperationGuard), so their links lose only the SECURITY purpose.
 */
export function supergraphForExecution(supergraphSdl: string): string {
  return supergraphSdl.replace(ENFORCED_HERE, '$1)');
}
