import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { eagerCompileHint } from './scripts/build/eager-compile-hint';

/** Builds the Chrome MV3 extension into dist/ (see README for loading it). */
export default defineConfig({
  plugins: [preact(), eagerCompileHint('content-scripts/main.ts'), crx({ manifest: manifest as never })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
  },
});
