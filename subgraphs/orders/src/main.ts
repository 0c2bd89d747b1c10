import { runSubgraphProcess } from '@oms/platform';
import { ordersSubgraph } from './server.ts';

await runSubgraphProcess(ordersSubgraph, { portVariable: 'ORDERS_PORT', defaultPort: 4001 });
