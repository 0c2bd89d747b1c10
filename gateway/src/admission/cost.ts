import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** `@listSize` of a field, as declared in its subgraph and composed into the supergraph (cost spec v0.1). */
export interface ListSize {
  assumedSize?: number | undefined;
  slicingArguments: string[];
  sizedFields: string[];
}

/** The demand-control declarations of the supergraph: list sizes per field, weights per field or type. */
export interface CostDeclarations {
  listSizes: Map<string, ListSize>;
  weights: Map<string, number>;
}

function argument(directive: ConstDirectiveNode, name: string): unknown {
  const node = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  return node ? valueFromASTUntyped(node) : undefined;
}

function weightOf(directives: readonly ConstDirectiveNode[] | undefined): number | undefined {
  const cost = directives?.find((directive) => directive.name.value === 'cost');
  const weight = cost ? Number(argument(cost, 'weight')) : NaN;
  return Number.isFinite(weight) ? weight : undefined;
}

/** Reads `@listSize` and `@cost` from the composed supergraph, keyed `Type.field` (weights also `Type`). */
export function readCostDeclarations(supergraphSdl: string): CostDeclarations {
  const listSizes = new Map<string, ListSize>();
  const weights = new Map<string, number>();
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeName = definition.name.value;
    const typeWeight = weightOf(definition.directives);
    if (typeWeight !== undefined) weights.set(typeName, typeWeight);
    for (const field of definition.fields ?? []) {
      const coordinate = `${typeName}.${field.name.value}`;
      const fieldWeight = weightOf(field.directives);
      if (fieldWeight !== undefined) weights.set(coordinate, fieldWeight);
      const listSize = field.directives?.find((directive) => directive.name.value === 'listSize');
      if (!listSize) continue;
      const assumed = argument(listSize, 'assumedSize');
      const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
      listSizes.set(coordinate, {
        assumedSize: typeof assumed === 'number' ? assumed : undefined,
        slicingArguments: strings(argument(listSize, 'slicingArguments')),
        sizedFields: strings(argument(listSize, 'sizedFields')),
      });
    }
  }
  return { listSizes, weights };
}

export interface CostOptions {
  maxCost: number;
  /** Size assumed for a list field that declares none (`@listSize`). */
  defaultListSize: number;
  /** Weight of each root mutation field (a write costs more than a read). */
  mutationWeight: number;
}

/** Thrown inside the walk to stop it as soon as the limit is passed. */
class OverLimit extends Error {}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * The cost of an operation as Apollo's demand control defines it: a field returning an object
 * costs 1 (leaves 0) unless `@cost` says otherwise, a list multiplies its selection by its size
 * (its slicing argument such as `first`, else its declared `assumedSize`, else the default), and a
 * connection's size applies to its `sizedFields` (`edges`). Each fragment is costed once per size
 * context and reused, so the walk is linear in the document; it stops at the first step past
 * `maxCost` and answers `Infinity`.
 */
export class CostCalculator {
  readonly #schema: GraphQLSchema;
  readonly #declarations: CostDeclarations;
  readonly #options: CostOptions;

  constructor(schema: GraphQLSchema, declarations: CostDeclarations, options: CostOptions) {
    this.#schema = schema;
    this.#declarations = declarations;
    this.#options = options;
  }

  cost(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, variables: Readonly<Record<string, unknown>>): number {
    const { maxCost, defaultListSize, mutationWeight } = this.#options;
    const memo = new Map<string, number>();
    const checked = (value: number): number => {
      if (value > maxCost) throw new OverLimit();
      return value;
    };
    const argumentValue = (field: FieldNode, definition: GraphQLField<unknown, unknown>, name: string): number | undefined => {
      const node = field.arguments?.find((arg) => arg.name.value === name)?.value;
      const raw =
        node === undefined
          ? definition.args.find((arg) => arg.name === name)?.defaultValue
          : node.kind === Kind.VARIABLE
            ? variables[node.name.value]
            : node.kind === Kind.INT
              ? Number(node.value)
              : undefined;
      return typeof raw === 'number' && Number.isFinite(raw) ? Math.max(0, raw) : undefined;
    };

    const selectionCost = (selectionSet: SelectionSetNode, typeName: string, sized: ReadonlyMap<string, number>, root: boolean): number => {
      let total = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          total = checked(total + fieldCost(selection, typeName, sized, root));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          total = checked(total + selectionCost(selection.selectionSet, selection.typeCondition?.name.value ?? typeName, sized, root));
        } else {
          const fragment = fragments.get(selection.name.value);
          if (!fragment) continue;
          const key = `${fragment.name.value}|${String(root)}|${[...sized].join(',')}`;
          let cost = memo.get(key);
          if (cost === undefined) {
            memo.set(key, 0); // a cycle (refused by validation) costs nothing here instead of looping
            cost = selectionCost(fragment.selectionSet, fragment.typeCondition.name.value, sized, root);
            memo.set(key, cost);
          }
          total = checked(total + cost);
        }
      }
      return total;
    };

    const fieldCost = (node: FieldNode, typeName: string, sized: ReadonlyMap<string, number>, root: boolean): number => {
      const parent = this.#schema.getType(typeName);
      const definition = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
      if (!definition) return 0;
      const coordinate = `${typeName}.${node.name.value}`;
      const returned = getNamedType(definition.type);
      const weight =
        this.#declarations.weights.get(coordinate) ??
        this.#declarations.weights.get(returned.name) ??
        (root && operation.operation === 'mutation' ? mutationWeight : isCompositeType(returned) ? 1 : 0);
      const listSize = this.#declarations.listSizes.get(coordinate);
      let size = sized.get(node.name.value);
      let childSized: ReadonlyMap<string, number> = new Map();
      if (listSize) {
        const sliced = listSize.slicingArguments.map((name) => argumentValue(node, definition, name)).filter((value) => value !== undefined);
        const declared = sliced.length > 0 ? Math.max(...sliced) : (listSize.assumedSize ?? defaultListSize);
        if (listSize.sizedFields.length > 0) childSized = new Map(listSize.sizedFields.map((name) => [name, declared]));
        else size = declared;
      }
      if (size === undefined && isList(definition.type)) size = defaultListSize;
      const children = node.selectionSet ? selectionCost(node.selectionSet, returned.name, childSized, false) : 0;
      return checked((size ?? 1) * (weight + children));
    };

    const root =
      operation.operation === 'query'
        ? this.#schema.getQueryType()
        : operation.operation === 'mutation'
          ? this.#schema.getMutationType()
          : this.#schema.getSubscriptionType();
    if (!root) return 0;
    try {
      return selectionCost(operation.selectionSet, root.name, new Map(), true);
    } catch (error) {
      if (error instanceof OverLimit) return Infinity;
      throw error;
    }
  }
}
