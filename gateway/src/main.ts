import { answerCallCountQueries, createLogger, guardProcess, onShutdown } from '@oms/platform';
import { loadGatewayConfig } from './config.ts';
import { startGateway } from './server.ts';

const logger = createLogger('gateway');
guardProcess(logger);
try {
  const gateway = await startGateway(loadGatewayConfig(), logger);
  onShutdown(() => gateway.close(), logger);
  answerCallCountQueries('gateway');
  process.send?.({ ready: 'gateway', url: gateway.url });
} catch (error) {
  logger.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
  process.exit(1);
}
