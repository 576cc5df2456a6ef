import { defineConfig } from 'vitest/config';

// A test's time limit is a guard against a hang, never a speed check: on a shared 2-core machine
// under load, building a million columnar rows or rendering 450 list items in jsdom can pass 5 s.
const testTimeout = 60_000;

export default defineConfig({
  test: {
    // Vitest leaves one core free by default: on a 2-core machine that is one worker, 107 s for
    // the unit tests against 75 s with both (measured back to back, 2026-12-04).
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          testTimeout,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'dom',
          environment: 'jsdom',
          testTimeout,
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/test/setupDom.ts'],
        },
      },
    ],
  },
});
