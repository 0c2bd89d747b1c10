# One image for every OMS service; docker-compose.yml picks the entry point per service.
FROM node:24-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH NODE_ENV=production
RUN npm install -g pnpm@10.34.8
WORKDIR /app

FROM base AS deps
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY packages/platform/package.json packages/platform/
COPY packages/contracts/package.json packages/contracts/
COPY gateway/package.json gateway/
COPY subgraphs/orders/package.json subgraphs/orders/
COPY subgraphs/inventory/package.json subgraphs/inventory/
COPY subgraphs/fulfillment/package.json subgraphs/fulfillment/
COPY subgraphs/customers/package.json subgraphs/customers/
COPY console/package.json console/
RUN pnpm install --frozen-lockfile --prod

# The web console is the one part with a build (Vite); the gateway serves its output at /console.
FROM deps AS console
ENV NODE_ENV=development
COPY console/ console/
RUN pnpm install --frozen-lockfile --filter @oms/console && pnpm --filter @oms/console build

FROM base AS runtime
COPY --from=deps /app /app
COPY . .
COPY --from=console /app/console/dist console/dist
USER node
# Node 24 runs the TypeScript sources directly (type stripping); there is no build step.
CMD ["node", "gateway/src/main.ts"]
