// Builds the console into dist/ when the build is missing or older than its sources. `pnpm start`
// and the browser tests call it, so a fresh clone needs no separate build step.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONSOLE_DIR = import.meta.dirname;
export const CONSOLE_DIST = path.join(CONSOLE_DIR, 'dist');
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json'];

function newestChange(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stats.mtimeMs);
}

/** True when dist/ holds a build at least as new as every source file. */
export function consoleBuildIsFresh(): boolean {
  const built = path.join(CONSOLE_DIST, 'index.html');
  if (!existsSync(built)) return false;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.every((source) => newestChange(path.join(CONSOLE_DIR, source)) <= builtAt);
}

/**
 * Runs `vite build` in a child process (Vite stays out of the caller's process) into a scratch
 * directory, then swaps it in, so a gateway serving dist/ never sees half a build.
 */
export function buildConsole(): void {
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const scratch = `${CONSOLE_DIST}.build-${process.pid}`;
  try {
    // A production build whatever the caller's NODE_ENV (vitest sets `test`, which Vite would honour).
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', scratch], { cwd: CONSOLE_DIR, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    rmSync(CONSOLE_DIST, { recursive: true, force: true });
    renameSync(scratch, CONSOLE_DIST);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Builds the console unless dist/ is up to date; returns whether it built. */
export function ensureConsoleBuilt(): boolean {
  if (consoleBuildIsFresh()) return false;
  buildConsole();
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const force = process.argv.includes('--force');
  if (force) buildConsole();
  else ensureConsoleBuilt();
  console.log(`console built in ${path.relative(process.cwd(), CONSOLE_DIST) || CONSOLE_DIST}`);
}
