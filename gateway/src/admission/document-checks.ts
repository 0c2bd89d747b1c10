import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

export interface DocumentLimits {
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Validation errors returned at most (validation stops there). */
  maxValidationErrors: number;
}

/** A refused document, as plain data (it may come from another thread). */
export interface DocumentRefusal {
  step: 'limits' | 'validation';
  errors: { message: string; code: string; extensions: Record<string, unknown> }[];
}

const SUGGESTION = / Did you mean(.+)\?$/;

/**
 * What is known of a query text whatever its caller and variables: parse (token limit) → depth,
 * aliases, directives (graphql-armor rules, fragments counted once, stopping at the first limit
 * passed) → validation (at most `maxValidationErrors` errors). Answers the document, or why not.
 */
export function checkDocument(schema: GraphQLSchema, query: string, limits: DocumentLimits, production: boolean): DocumentNode | DocumentRefusal {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens });
  } catch (failure) {
    const message = failure instanceof GraphQLError ? failure.message : 'Invalid query';
    return { step: 'limits', errors: [{ message, code: 'GRAPHQL_PARSE_FAILED', extensions: {} }] };
  }
  let limit: DocumentRefusal['errors'][number] | undefined;
  const reject = (code: string, what: string, max: number) => () => {
    limit ??= { message: `${what}: at most ${max}`, code, extensions: { limit: max } };
  };
  const limitRules: ValidationRule[] = [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, onReject: [reject('QUERY_TOO_DEEP', 'Query is too deep', limits.maxDepth)] }),
    maxAliasesRule({ n: limits.maxAliases, onReject: [reject('TOO_MANY_ALIASES', 'Too many aliases', limits.maxAliases)] }),
    maxDirectivesRule({ n: limits.maxDirectives, onReject: [reject('TOO_MANY_DIRECTIVES', 'Too many directives', limits.maxDirectives)] }),
  ];
  try {
    validate(schema, document, limitRules);
  } catch (failure) {
    // The armor rules throw at the first limit passed, after recording it.
    if (!limit) throw failure;
  }
  if (limit) return { step: 'limits', errors: [limit] };
  const rules = production ? [...specifiedRules, NoSchemaIntrospectionCustomRule] : specifiedRules;
  const invalid = validate(schema, document, rules, { maxErrors: limits.maxValidationErrors });
  if (invalid.length === 0) return document;
  return {
    step: 'validation',
    errors: invalid.map((found) => ({
      message: production ? found.message.replace(SUGGESTION, '') : found.message,
      code: 'GRAPHQL_VALIDATION_FAILED',
      extensions: found.locations ? { locations: found.locations } : {},
    })),
  };
}
