#!/usr/bin/env node
// Launcher of the `backstory` CLI. The CLI is TypeScript built by `npm run build` into
// dist-cli/backstory.mjs; say so plainly instead of a module-not-found stack when it is missing.
import { existsSync } from 'node:fs';

const built = new URL('../dist-cli/backstory.mjs', import.meta.url);
if (!existsSync(built)) {
  console.error('backstory: the CLI is not built (dist-cli/backstory.mjs is missing); run `npm run build` first');
  process.exit(2);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
