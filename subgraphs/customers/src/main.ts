import { runSubgraphProcess } from '@oms/platform';
import { customersSubgraph } from './server.ts';

await runSubgraphProcess(customersSubgraph, { portVariable: 'CUSTOMERS_PORT', defaultPort: 4004 });
