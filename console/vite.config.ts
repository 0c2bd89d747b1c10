import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the gateway under /console; in development (`pnpm --filter @oms/console dev`) the
// GraphQL API, HTTP and WebSocket, is proxied to a gateway on GATEWAY_URL (default port 4000).
const gateway = process.env['GATEWAY_URL'] ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: { proxy: { '/graphql': { target: gateway, ws: true } } },
});
