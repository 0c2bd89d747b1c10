import { randomUUID } from 'node:crypto';
import { OrderStatusChanged } from '@oms/contracts';
import type { WorkerStarter } from '@oms/platform';
import { ordersConfig } from '../config.ts';
import { createProcessContext } from '../context.ts';
import { nextReleaseTime, releaseDueOrders } from '../domain/release.service.ts';

/** After a failed or skipped release (inventory unreachable, the order locked), the next try. */
const RETRY_MS = 2_000;

/**
 * Releases allocated orders to fulfillment once their cancellation window (ORDER_RELEASE_DELAY_MS)
 * has passed. It sleeps until the next order falls due: it learns of new ones from the bus (an
 * order that becomes ALLOCATED, on any instance) and looks again at least every
 * ORDER_RELEASE_CHECK_MS. Safe with several instances (rows are taken with SKIP LOCKED).
 */
export const startOrderReleaser: WorkerStarter = ({ orm, logger, services, bus }) => {
  const { releaseDelayMs, releaseCheckMs } = ordersConfig();
  const log = logger.child({ worker: 'order-release' });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeAt = Number.POSITIVE_INFINITY;
  let running: Promise<void> | undefined;
  let rerun = false;

  const wakeAtLatest = (at: number) => {
    if (stopped || at >= wakeAt) return;
    clearTimeout(timer);
    wakeAt = at;
    timer = setTimeout(round, Math.max(0, at - Date.now()));
  };

  function round(): void {
    timer = undefined;
    wakeAt = Number.POSITIVE_INFINITY;
    if (running) {
      rerun = true;
      return;
    }
    running = (async () => {
      let next = Date.now() + releaseCheckMs;
      try {
        const ctx = createProcessContext({ em: orm.em.fork(), services, logger: log }, randomUUID());
        const released = await releaseDueOrders(ctx);
        if (released > 0) log.info({ released }, 'orders released to fulfillment');
        const due = await nextReleaseTime(ctx);
        if (due && due.getTime() > Date.now()) next = Math.min(next, due.getTime());
        // Still due: more than one round's worth (go on at once), or left locked or failed (try again shortly).
        else if (due) next = released > 0 ? Date.now() : Date.now() + RETRY_MS;
      } catch (error) {
        log.error({ err: error }, 'order release round failed');
        next = Date.now() + RETRY_MS;
      } finally {
        running = undefined;
      }
      if (rerun) {
        rerun = false;
        next = Date.now();
      }
      wakeAtLatest(next);
    })();
  }

  const unsubscribe = bus?.subscribe((event) => {
    if (event.source === 'orders' && event.type === OrderStatusChanged.type && event.payload['to'] === 'ALLOCATED') wakeAtLatest(Date.now() + releaseDelayMs);
  });
  unsubscribe?.catch((error: unknown) => log.error({ err: error }, 'release worker cannot follow the bus; it checks every ORDER_RELEASE_CHECK_MS'));
  wakeAtLatest(Date.now());

  return async () => {
    stopped = true;
    clearTimeout(timer);
    await (await unsubscribe?.catch(() => undefined))?.();
    await running;
  };
};
