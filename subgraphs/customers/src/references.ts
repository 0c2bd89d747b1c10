/**
 * Federation references to entities other services own: only the key travels, the owning
 * service resolves the rest. Codegen maps the GraphQL types to these (codegen.yml).
 */
export interface OrderReference {
  __typename?: 'Order';
  id: string;
}

export interface ReturnReference {
  __typename?: 'Return';
  id: string;
}
