import { defineConfig } from 'vite';

/** Builds the `backstory` CLI (Node) from the same extraction core into dist-cli/. */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: { output: { entryFileNames: 'backstory.mjs' } },
  },
  ssr: { external: ['jsdom'] },
});
