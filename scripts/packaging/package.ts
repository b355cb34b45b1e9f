/**
 * `npm run package`: store-ready zips in packages/ from the builds in dist/ (Chrome) and dist-firefox/
 * (Firefox), plus the sources zip addons.mozilla.org asks for when the add-on's code is bundled:
 *
 *   packages/backstory-chrome-VERSION.zip    Chrome Web Store (manifest.json at the zip root)
 *   packages/backstory-firefox-VERSION.zip   addons.mozilla.org
 *   packages/backstory-sources-VERSION.zip   the project's files (no node_modules, builds or packages)
 *
 * Each extension zip is checked first (packages.ts). Zips are deterministic (zip.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, extensionEntries, sourceEntries } from './packages';
import { makeZip, type ZipEntry } from './zip';

const OUT = join(ROOT, 'packages');

function write(name: string, entries: ZipEntry[]): void {
  const zip = makeZip(entries);
  writeFileSync(join(OUT, name), zip);
  console.log(`packages/${name}  ${(zip.length / 1024).toFixed(1)} kB  ${entries.length} files`);
}

function main(): void {
  const version = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;
  const pkgVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  if (version !== pkgVersion) throw new Error(`manifest.json version ${version} differs from package.json version ${pkgVersion}`);
  mkdirSync(OUT, { recursive: true });
  write(`backstory-chrome-${version}.zip`, extensionEntries(join(ROOT, 'dist'), 'chrome'));
  write(`backstory-firefox-${version}.zip`, extensionEntries(join(ROOT, 'dist-firefox'), 'firefox'));
  write(`backstory-sources-${version}.zip`, sourceEntries());
}

try {
  main();
} catch (e) {
  console.error(`package: ${(e as Error).message}`);
  process.exit(1);
}
