import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { assertPortFree } from './embedded-postgres.ts';
import { ElidedList, parseJsonEliding, type Region } from './large-json.ts';
import { REQUEST_ID_HEADER } from './principal.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface GraphQLHttpOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  /** Builds the per-request context; may throw a GraphQLError (e.g. UNAUTHENTICATED). `operation` is the request's query and variables as sent. */
  context: (req: IncomingMessage, requestId: string, operation: { query: unknown; variables: unknown }) => Promise<C>;
  path?: string;
  /** The body limit: one for every request, or one per request (e.g. smaller without credentials). */
  maxBodyBytes?: number | ((req: IncomingMessage) => number);
  /** Longest query document accepted (413 QUERY_TOO_LARGE beyond), checked before parsing. */
  maxQueryBytes?: number;
  /** Rewrites a parsed JSON body before it is executed (e.g. expands a persisted operation id). */
  rewriteBody?: (body: unknown) => unknown;
  /**
   * Admits a single operation before Apollo Server sees it: answers its context, or a refusal sent
   * as is. Replaces `context` and `maxQueryBytes` for admitted requests (batches go to Apollo).
   */
  admit?: (request: GraphQLHttpRequest) => Promise<{ context: C } | { refused: HttpRefusal }>;
  /** Runs once the headers are in, before the body is read: a refusal is sent at once (e.g. an address over its request rate). */
  beforeBody?: (req: IncomingMessage) => Promise<HttpRefusal | undefined>;
  /**
   * Bodies of at least `fromBytes` are read with their lists of more than `longerThan` items left
   * out (`ElidedList`, length only) until `admit` asks for the variables in full: a body refused
   * for a list's length is never built. Needs `admit`. `findLongLists`, when given, finds them off
   * the event loop (`findLongLists` of large-json.ts, e.g. in a worker thread).
   */
  elideLists?: { fromBytes: number; longerThan: number; findLongLists?: (text: Buffer) => Promise<Region[] | null | undefined> };
}

export interface HttpRefusal {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A GraphQL request over HTTP, read from a JSON body or from the query string (GET). */
export interface GraphQLHttpRequest {
  req: IncomingMessage;
  requestId: string;
  query: unknown;
  operationName: unknown;
  variables: unknown;
  /** Present when `variables` holds `ElidedList`s: parses the body in full and answers its variables. */
  fullVariables?: () => unknown;
}

function fromSearch(search: string): Pick<GraphQLHttpRequest, 'query' | 'operationName' | 'variables'> {
  const params = new URLSearchParams(search);
  const variables = params.get('variables');
  const parsed = (): unknown => {
    try {
      return variables ? JSON.parse(variables) : undefined;
    } catch {
      return variables;
    }
  };
  return { query: params.get('query') ?? undefined, operationName: params.get('operationName') ?? undefined, variables: parsed() };
}

export interface HttpServerOptions<C extends BaseContext> {
  port: number;
  host?: string;
  name: string;
  logger: Logger;
  graphql: GraphQLHttpOptions<C>;
  routes?: Record<string, RouteHandler>;
  /** How long `close` waits for requests in flight before cutting them (default 10 s). */
  shutdownGraceMs?: number;
}

export interface RunningHttpServer {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** GraphQL requests received so far (tests use it to prove a request never reached a service). */
  readonly graphqlRequests: number;
  close(): Promise<void>;
}

export class PayloadTooLargeError extends Error {
  constructor(limit: number) {
    super(`Request body too large: at most ${limit} bytes`);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new PayloadTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new PayloadTooLargeError(limit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** `\u0000` written as a GraphQL string escape (not preceded by an escaping backslash). */
const NUL_ESCAPE = /(?:^|[^\\])(?:\\\\)*\\u0000/;

/** A value met in a walk of the body, and how it was reached (its path is spelled only if it is reported). */
interface Visit {
  value: unknown;
  parent: Visit | undefined;
  step: string | number;
}

function pathOf(visit: Visit): string {
  let path = '';
  for (let current: Visit | undefined = visit; current; current = current.parent) {
    path = (typeof current.step === 'number' ? `[${current.step}]` : current.parent ? `.${current.step}` : current.step) + path;
  }
  return path;
}

/**
 * Where a request carries text PostgreSQL cannot store (the NUL character, in a variable or as a
 * `\u0000` escape in the query): every service refuses it here, once, as BAD_USER_INPUT, instead of
 * failing deep inside a write. Walks the JSON body once; a list left out of a large body
 * (`ElidedList`) holds no NUL, or it would not have been left out.
 */
export function unstorableText(value: unknown, where = 'request'): string | undefined {
  const pending: Visit[] = [{ value, parent: undefined, step: where }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const current = visit.value;
    if (typeof current === 'string') {
      if (current.includes('\0') || (where === 'request' && visit.step === 'query' && visit.parent?.parent === undefined && NUL_ESCAPE.test(current))) return pathOf(visit);
    } else if (current instanceof ElidedList) {
      continue;
    } else if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) pending.push({ value: current[index], parent: visit, step: index });
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, item] of Object.entries(current)) pending.push({ value: item, parent: visit, step: key });
    }
  }
  return undefined;
}

async function handleGraphQL<C extends BaseContext>(
  options: GraphQLHttpOptions<C>,
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
  requestId: string,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const early = await options.beforeBody?.(req);
  if (early) {
    sendJson(res, early.status, early.body, early.headers);
    return;
  }
  let body: unknown = undefined;
  /** The body in full, when it was first read with its long lists left out. */
  let full: (() => unknown) | undefined;
  if (req.method === 'POST') {
    const { elideLists } = options;
    const { maxBodyBytes = 16_000_000 } = options;
    const text = await readBody(req, typeof maxBodyBytes === 'function' ? maxBodyBytes(req) : maxBodyBytes);
    if (text.length > 0 && (headers.get('content-type') ?? '').includes('json')) {
      const rewrite = (parsed: unknown) => (options.rewriteBody ? options.rewriteBody(parsed) : parsed);
      try {
        if (elideLists && options.admit && text.length >= elideLists.fromBytes) {
          // Found elsewhere: the regions, or null for text that is not JSON; undefined if not found out.
          const regions = await elideLists.findLongLists?.(text);
          const read = parseJsonEliding(text, elideLists.longerThan, regions);
          body = rewrite(read.body);
          if (read.elided) {
            let whole: unknown;
            full = () => (whole ??= rewrite(JSON.parse(text.toString('utf8'))));
          }
        } else {
          body = rewrite(JSON.parse(text.toString('utf8')));
        }
      } catch {
        sendJson(res, 400, errorBody('Request body is not valid JSON', 'BAD_REQUEST'));
        return;
      }
    } else {
      body = text.toString('utf8');
    }
  }
  const sent: Partial<Pick<GraphQLHttpRequest, 'query' | 'operationName' | 'variables'>> =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? body : fromSearch(search);
  let context = () => options.context(req, requestId, { query: sent.query, variables: sent.variables });
  const unstorable = unstorableText(body);
  if (unstorable) {
    sendJson(res, 400, errorBody(`Text with the NUL character (\\u0000) cannot be stored: remove it from ${unstorable.replace(/^request\./, '')}`, 'BAD_USER_INPUT'));
    return;
  }
  if (options.admit && Array.isArray(body)) {
    sendJson(res, 400, errorBody('Batched operations are not supported: send one operation per request', 'BAD_REQUEST'));
    return;
  }
  if (options.admit) {
    const fullBody = full;
    const fullVariables = fullBody ? () => (fullBody() as { variables?: unknown }).variables : undefined;
    const admission = await options.admit({ req, requestId, query: sent.query, operationName: sent.operationName, variables: sent.variables, ...(fullVariables ? { fullVariables } : {}) });
    if ('refused' in admission) {
      sendJson(res, admission.refused.status, admission.refused.body, admission.refused.headers);
      return;
    }
    context = () => Promise.resolve(admission.context);
    // Admitted: what runs is the body in full.
    if (fullBody) body = fullBody();
  }
  const query = typeof body === 'object' && body !== null && 'query' in body ? body.query : new URLSearchParams(search).get('query');
  if (options.maxQueryBytes !== undefined && typeof query === 'string' && Buffer.byteLength(query) > options.maxQueryBytes) {
    sendJson(res, 413, errorBody(`Query is too large: at most ${options.maxQueryBytes} bytes`, 'QUERY_TOO_LARGE'));
    return;
  }
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
    context,
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Finds a request's route: exact paths first, then prefixes written as `/webhooks/*`. Built once per server. */
function routeFinder(routes: Record<string, RouteHandler> = {}): (pathname: string) => RouteHandler | undefined {
  const exact = new Map(Object.entries(routes));
  const prefixes = [...exact].filter(([pattern]) => pattern.endsWith('/*')).map(([pattern, handler]) => [pattern.slice(0, -1), handler] as const);
  return (pathname) => exact.get(pathname) ?? prefixes.find(([prefix]) => pathname.startsWith(prefix))?.[1];
}

/** Reads a whole request body (for routes that need the raw bytes, e.g. to verify a signature). */
export async function readRawBody(req: IncomingMessage, limit = 1_000_000): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * A plain node:http server for an Apollo Server: GraphQL on one path, a few extra routes,
 * request ids on every response, body size limit, and errors that never leak as 500 pages.
 */
export async function startHttpServer<C extends BaseContext>(options: HttpServerOptions<C>): Promise<RunningHttpServer> {
  const { logger } = options;
  const graphqlPath = options.graphql.path ?? '/graphql';
  const findRoute = routeFinder(options.routes);
  let graphqlRequests = 0;
  const server = createServer((req, res) => {
    const incoming = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof incoming === 'string' && /^[\w-]{1,128}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = findRoute(url.pathname);
    const work =
      route !== undefined
        ? route(req, res)
        : url.pathname === graphqlPath || (url.pathname === '/' && graphqlPath === '/')
          ? (graphqlRequests++, handleGraphQL(options.graphql, req, res, url.search, requestId))
          : sendJson(res, 404, { error: 'not found' });
    Promise.resolve(work).catch((error: unknown) => {
      if (error instanceof PayloadTooLargeError) {
        // Answered before the rest is read (Node discards it unbuffered), so the client can still read the answer.
        sendJson(res, 413, errorBody(error.message, 'PAYLOAD_TOO_LARGE'));
        return;
      }
      logger.error({ err: error, requestId }, 'http handler failed');
      if (!res.headersSent) sendJson(res, 500, errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  const host = options.host ?? '127.0.0.1';
  if (options.port !== 0) await assertPortFree(options.port, options.name);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${port}${graphqlPath}`,
    port,
    server,
    get graphqlRequests() {
      return graphqlRequests;
    },
    // Graceful: no new connections, idle keep-alive ones closed (and each one that becomes idle),
    // requests in flight answered for up to `shutdownGraceMs`, then whatever is left is cut.
    close: () =>
      new Promise<void>((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
        const idle = setInterval(() => server.closeIdleConnections(), 100);
        idle.unref();
        server.once('close', () => clearInterval(idle));
      }),
  };
}
