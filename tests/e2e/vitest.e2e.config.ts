/**
 * Standalone vitest config for the end-to-end journeys (tests/e2e/run.ts builds the app, starts
 * `vite preview` and passes its URL in E2E_BASE_URL). One file at a time: each drives a real
 * Chromium, and the machine has two cores.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    retry: 0,
    reporters: ['default'],
  },
});
