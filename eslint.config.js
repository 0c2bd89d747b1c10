// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SUBGRAPHS = ['orders', 'inventory', 'fulfillment', 'customers'];

/** A subgraph never imports another subgraph's code (ARCHITECTURE.md, Boundaries). */
const subgraphBoundaries = SUBGRAPHS.map((name) => ({
  files: [`subgraphs/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: SUBGRAPHS.filter((other) => other !== name).flatMap((other) => [
          { group: [`@oms/${other}`, `@oms/${other}/*`], message: `The ${name} subgraph must not import the ${other} subgraph.` },
          { group: [`**/subgraphs/${other}/**`, `../../${other}/**`, `../../../${other}/**`], message: `The ${name} subgraph must not import the ${other} subgraph.` },
        ]),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/__generated__/**', '**/migrations/**', '.data/**', 'console/dist/**', 'console/dist.build-*/**', 'schema/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  ...subgraphBoundaries,
  {
    // The web console runs in the browser and reaches the OMS only through the public API.
    files: ['console/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@oms/*', '**/subgraphs/**', '**/gateway/**', '**/packages/**'], message: 'The console talks to the OMS only through the GraphQL API.' }] },
      ],
    },
  },
  {
    // domain/ holds pure business logic: no GraphQL, no Apollo (STYLE.md).
    files: ['subgraphs/*/src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['graphql', 'graphql/*', '@apollo/*'], message: 'domain/ must not depend on GraphQL; map results in resolvers/.' },
            { group: ['../resolvers/*', '../__generated__/*'], message: 'domain/ must not depend on the GraphQL layer.' },
          ],
        },
      ],
    },
  },
);
