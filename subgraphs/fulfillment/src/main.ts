import { runSubgraphProcess } from '@oms/platform';
import { fulfillmentSubgraph } from './server.ts';

await runSubgraphProcess(fulfillmentSubgraph, { portVariable: 'FULFILLMENT_PORT', defaultPort: 4003 });
