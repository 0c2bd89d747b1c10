/**
 * Federation references to entities other services own: only the key travels, the owning
 * service resolves the rest. Codegen maps the GraphQL types to these (codegen.yml).
 */
export interface OrderReference {
  __typename?: 'Order';
  id: string;
}

export interface LocationReference {
  id: string;
}

export interface CustomerReference {
  __typename?: 'Customer';
  id: string;
}

export interface SkuReference {
  code: string;
}
