import { runSubgraphProcess } from '@oms/platform';
import { inventorySubgraph } from './server.ts';

await runSubgraphProcess(inventorySubgraph, { portVariable: 'INVENTORY_PORT', defaultPort: 4002 });
