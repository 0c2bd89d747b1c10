import type { RequestContext } from '@oms/platform';

/** What a return needs from the inventory service: the returnability of items and where goods may come back. */
type Caller = Pick<RequestContext, 'services' | 'requestId'>;

export interface SkuReturnInfo {
  returnable: boolean;
  /** The item master's `category` attribute; null when the SKU has none. */
  category: string | null;
}

const SKU_RETURN_INFO = /* GraphQL */ `
  query SkuReturnInfo($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Sku { code returnable attributes { name value } }
    }
  }
`;

interface SkuView {
  code: string;
  returnable: boolean;
  attributes: { name: string; value: string }[];
}

/** Returnability and category of SKUs, in one request; a SKU the item master no longer knows is missing from the map. */
export async function skuReturnInfo(ctx: Caller, codes: readonly string[]): Promise<Map<string, SkuReturnInfo>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return new Map();
  const response = await ctx.services
    .client('inventory')
    .request<{ _entities: (SkuView | null)[] }>(SKU_RETURN_INFO, { representations: unique.map((code) => ({ __typename: 'Sku', code })) }, ctx.requestId);
  const info = new Map<string, SkuReturnInfo>();
  for (const sku of response._entities) {
    if (!sku) continue;
    const category = sku.attributes.find((attribute) => attribute.name.toLowerCase() === 'category')?.value ?? null;
    info.set(sku.code, { returnable: sku.returnable, category });
  }
  return info;
}

const LOCATION = /* GraphQL */ `
  query ReturnLocation($id: ID!) { location(id: $id) { id code active } }
`;

/** The location goods are handed back at; null when inventory knows no such location. */
export async function returnLocation(ctx: Caller, id: string): Promise<{ id: string; code: string; active: boolean } | null> {
  const response = await ctx.services.client('inventory').request<{ location: { id: string; code: string; active: boolean } | null }>(LOCATION, { id }, ctx.requestId);
  return response.location;
}
