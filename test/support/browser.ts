// Drives the web console in headless Chromium (the packaged one unless CHROMIUM_PATH is set,
// resolved once per run by the global setup) through playwright-core.
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { ensureConsoleBuilt } from '../../console/build.ts';
import { CHROMIUM_ARGS } from '../../scripts/chromium.ts';

export const DEMO_PASSWORD = 'demo-password-2026';

/** Builds the console when its build is missing or stale, then starts the browser. */
export async function launchBrowser(): Promise<Browser> {
  ensureConsoleBuilt();
  const browser = inject('chromium');
  if ('error' in browser) throw new Error(browser.error);
  return chromium.launch({ executablePath: browser.path, args: CHROMIUM_ARGS });
}

/** The console's URL on the gateway serving it. */
export function consoleUrl(gatewayUrl: string, path = '/'): string {
  return new URL(`/console${path}`, gatewayUrl).toString();
}

/** Opens the console in a fresh context (its own session storage) and signs in as a demo staff member. */
export async function signedIn(browser: Browser, gatewayUrl: string, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // A script error in the console fails loudly in the test output rather than as a time-out.
  page.on('pageerror', (error) => console.error(`console page error (${email}): ${error.message}`));
  await page.goto(consoleUrl(gatewayUrl));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  return page;
}
