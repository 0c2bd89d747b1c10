import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { createLogger, sendJson, startHttpServer } from '../src/index.ts';

describe('closing the HTTP server', () => {
  it('answers the requests in flight, then refuses new connections', async () => {
    const apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }' });
    await apollo.start();
    const server = await startHttpServer({
      name: 'shutdown test',
      port: 0,
      logger: createLogger('test', 'silent'),
      graphql: { apollo, context: async () => ({}) },
      routes: {
        '/slow': async (_req, res) => {
          await new Promise((resolve) => setTimeout(resolve, 500));
          sendJson(res, 200, { done: true });
        },
      },
    });
    const base = server.url.replace('/graphql', '');
    const inFlight = fetch(`${base}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = server.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    await closed;
    await expect(fetch(`${base}/slow`)).rejects.toThrow();
    await apollo.stop();
  });
});
