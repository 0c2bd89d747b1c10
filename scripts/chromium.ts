// The browser the console's tests and screenshots drive: CHROMIUM_PATH when set, otherwise the
// headless Chromium shipped inside the `@sparticuz/chromium` package (unpacked once into the
// temporary directory), so neither a system package nor a browser download is needed.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Flags for running as root or in a container: no sandbox (it needs user namespaces), no /dev/shm. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage'];

export async function resolveChromium(): Promise<string> {
  const configured = process.env['CHROMIUM_PATH'];
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is ${configured}, but there is no file there: unset it to use the packaged Chromium`);
    return configured;
  }
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    const executable = await packaged.executablePath();
    // Without a system font configuration, use the fonts unpacked beside the browser.
    if (!existsSync('/etc/fonts/fonts.conf')) process.env['FONTCONFIG_PATH'] ??= path.join(tmpdir(), 'fonts');
    return executable;
  } catch (error) {
    throw new Error(
      `The packaged Chromium (@sparticuz/chromium) could not be unpacked into ${tmpdir()}: ${error instanceof Error ? error.message : String(error)}. ` +
        'Run `pnpm install` again, or set CHROMIUM_PATH to an installed Chromium.',
      { cause: error },
    );
  }
}
