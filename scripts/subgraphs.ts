import { customersSubgraph } from '../subgraphs/customers/src/server.ts';
import { fulfillmentSubgraph } from '../subgraphs/fulfillment/src/server.ts';
import { inventorySubgraph } from '../subgraphs/inventory/src/server.ts';
import { ordersSubgraph } from '../subgraphs/orders/src/server.ts';

/** Every subgraph's definition. */
export const SUBGRAPH_DEFINITIONS = {
  orders: ordersSubgraph,
  inventory: inventorySubgraph,
  fulfillment: fulfillmentSubgraph,
  customers: customersSubgraph,
} as const;
