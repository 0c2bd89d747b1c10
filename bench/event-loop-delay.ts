// A diagnostic to preload in the gateway: every 4 s, the delay of its event loop (p50, p99, max)
// and the CPU its process used. `NODE_OPTIONS="--import ./bench/event-loop-delay.ts" pnpm bench:admission`
// (the services inherit NODE_OPTIONS; only the gateway's main thread reports, on stderr).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const INTERVAL_MS = 4_000;

if (isMainThread && process.argv.some((argument) => argument.endsWith('gateway/src/main.ts'))) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let since = process.cpuUsage();
  setInterval(() => {
    const used = process.cpuUsage(since);
    since = process.cpuUsage();
    const ms = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(1);
    const cpu = (((used.user + used.system) / 1_000 / INTERVAL_MS) * 100).toFixed(0);
    process.stderr.write(
      `gateway ${new Date().toISOString().slice(11, 19)} event-loop delay p50 ${ms(delay.percentile(50))} p99 ${ms(delay.percentile(99))} max ${ms(delay.max)} ms; CPU ${cpu}% of a core\n`,
    );
    delay.reset();
  }, INTERVAL_MS).unref();
}
