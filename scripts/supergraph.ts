import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export const root = path.resolve(import.meta.dirname, '..');
export const SUBGRAPHS = [
  { name: 'orders', port: 4001 },
  { name: 'inventory', port: 4002 },
  { name: 'fulfillment', port: 4003 },
  { name: 'customers', port: 4004 },
] as const;
export const SUPERGRAPH_PATH = path.join(root, 'schema', 'supergraph.graphql');

/** Composes schema/<name>.graphql of every subgraph into the supergraph SDL the gateway serves. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      url: `http://localhost:${port}/graphql`,
      typeDefs: parse(readFileSync(path.join(root, 'schema', `${name}.graphql`), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  return result.supergraphSdl;
}
