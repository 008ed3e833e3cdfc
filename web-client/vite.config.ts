import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** The host `./ops run` starts; `npm run dev` proxies the API to it. */
const devHost = process.env.OPS_DEV_HOST ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: devHost, changeOrigin: true },
      '/openapi': { target: devHost, changeOrigin: true },
    },
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // AntD in jsdom is slow on small CI machines (two shared cores).
    testTimeout: 60_000,
  },
});
