import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/packaging/firefox-manifest';

/**
 * Builds the Firefox MV3 add-on from the same sources into dist-firefox/ (`npm run build:firefox`).
 * Same as vite.config.ts (the Chrome build) except for the manifest and the browser crxjs targets.
 */
export default defineConfig({
  plugins: [preact(), crx({ manifest: firefoxManifest(manifest) as never, browser: 'firefox' })],
  build: {
    outDir: 'dist-firefox',
    emptyOutDir: true,
    target: 'firefox142',
    sourcemap: false,
  },
});
