// A diagnostic to preload in the gateway: every 4 s, the delay of its event loop (p50, p99, max),
// the CPU its process used, and its garbage-collection pauses (total, longest). `NODE_OPTIONS="--import ./bench/event-loop-delay.ts" pnpm bench:admission`
// (the services inherit NODE_OPTIONS; only the gateway's main thread reports, on stderr).
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';

const INTERVAL_MS = 4_000;

if (isMainThread && process.argv.some((argument) => argument.endsWith('gateway/src/main.ts'))) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let since = process.cpuUsage();
  let collecting = 0;
  let longest = 0;
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      collecting += entry.duration;
      longest = Math.max(longest, entry.duration);
    }
  }).observe({ entryTypes: ['gc'] });
  setInterval(() => {
    const used = process.cpuUsage(since);
    since = process.cpuUsage();
    const ms = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(1);
    const cpu = (((used.user + used.system) / 1_000 / INTERVAL_MS) * 100).toFixed(0);
    process.stderr.write(
      `gateway ${new Date().toISOString().slice(11, 19)} event-loop delay p50 ${ms(delay.percentile(50))} p99 ${ms(delay.percentile(99))} max ${ms(delay.max)} ms; ` +
        `CPU ${cpu}% of a core; GC ${collecting.toFixed(0)} ms, longest pause ${longest.toFixed(1)} ms\n`,
    );
    delay.reset();
    collecting = 0;
    longest = 0;
  }, INTERVAL_MS).unref();
}
