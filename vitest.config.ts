import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
