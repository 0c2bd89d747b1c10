export { loadGatewayConfig, SUBGRAPH_NAMES, type GatewayConfig, type SubgraphName } from './config.ts';
export { startGateway, type RunningGateway } from './server.ts';
