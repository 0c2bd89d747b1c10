import type { Logger, Principal } from '@oms/platform';

/** Per request at the gateway: who is calling (verified here) and the id that follows the request. */
export interface GatewayContext {
  readonly principal: Principal;
  readonly requestId: string;
  readonly logger: Logger;
  /** The caller's address, for rate limits and the audit log. */
  readonly clientIp?: string | undefined;
  /** What admission charged this operation (reported in `extensions.cost`). */
  readonly cost?: { requested: number; remaining?: number | undefined } | undefined;
}
