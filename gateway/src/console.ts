// Serves the web console's built files (console/dist) under /console. The console is a client of
// the public API like any other: it only calls /graphql on this same origin.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendJson, type Logger } from '@oms/platform';

export const CONSOLE_PATH = '/console';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const SECURITY_HEADERS = {
  // Same-origin scripts and API calls only ('self' covers ws:/wss: to this host); React sets style attributes.
  'content-security-policy':
    "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The size of a regular file; undefined when there is none at that path. */
function fileSize(file: string): number | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats?.isFile() ? stats.size : undefined;
}

function send(res: ServerResponse, file: string, size: number, method: string, cacheControl: string): void {
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': String(size),
    'cache-control': cacheControl,
    ...SECURITY_HEADERS,
  });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

/**
 * The route handler for /console and everything below it: files of the build as they are
 * (hashed assets cached for a year), and index.html for every other path (the console's own
 * routes, e.g. /console/orders/…), so a reload or a shared link opens the right screen.
 */
export function serveConsole(distDir: string, logger: Logger) {
  const root = path.resolve(distDir);
  const index = path.join(root, 'index.html');
  let warned = false;
  return (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      sendJson(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === CONSOLE_PATH) {
      res.writeHead(301, { location: `${CONSOLE_PATH}/${url.search}` });
      res.end();
      return;
    }
    // Looked up per request: a rebuild while the gateway runs replaces index.html.
    const indexSize = fileSize(index);
    if (indexSize === undefined) {
      if (!warned) logger.warn({ distDir: root }, 'the console is not built; `pnpm start` builds it, or run `pnpm --filter @oms/console build`');
      warned = true;
      sendJson(res, 503, { error: 'The console is not built: run `pnpm --filter @oms/console build` (pnpm start builds it).' });
      return;
    }
    let relative: string;
    try {
      relative = decodeURIComponent(url.pathname.slice(CONSOLE_PATH.length + 1));
    } catch {
      sendJson(res, 400, { error: 'malformed path' });
      return;
    }
    if (relative === '' || relative === 'index.html') {
      send(res, index, indexSize, method, 'no-cache');
      return;
    }
    const file = path.resolve(root, relative);
    const inside = file.startsWith(root + path.sep);
    const size = inside ? fileSize(file) : undefined;
    if (size !== undefined) {
      const hashed = relative.startsWith('assets/');
      send(res, file, size, method, hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      return;
    }
    // A missing file (an extension, or under assets/) is a 404; anything else is a console route.
    if (!inside || path.extname(relative) !== '' || relative.startsWith('assets/')) {
      sendJson(res, 404, { error: 'not found' });
      return;
    }
    send(res, index, indexSize, method, 'no-cache');
  };
}
