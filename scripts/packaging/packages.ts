/**
 * What goes into each store package (used by `npm run package`, scripts/packaging/package.ts, and by
 * test/unit/packaging). Each extension zip is checked first: its manifest must be the right browser's
 * and every file the manifest, its pages and its chunks load must be in it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExecutable, listFiles, missingFiles } from './package-files';
import type { ZipEntry } from './zip';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Never in the sources zip, whatever .gitignore says. */
const SOURCE_SKIP_DIRS = new Set(['node_modules', '.git', 'packages', '.tmp', 'test-results']);

type Json = Record<string, unknown>;

export function extensionEntries(dir: string, browser: 'chrome' | 'firefox'): ZipEntry[] {
  const manifestPath = join(dir, 'manifest.json');
  let manifest: Json;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Json;
  } catch {
    throw new Error(`${relative(ROOT, manifestPath)} is missing or not JSON: build first (npm run build${browser === 'firefox' ? ':firefox' : ''})`);
  }
  const background = (manifest.background ?? {}) as Json;
  const isFirefox = Array.isArray(background.scripts) && 'browser_specific_settings' in manifest;
  if (isFirefox !== (browser === 'firefox')) throw new Error(`${relative(ROOT, dir)}/manifest.json is not a ${browser} manifest`);
  const files = listFiles(dir, (p) => p.split('/').some((part) => part.startsWith('.')));
  const has = new Set(files);
  const missing = missingFiles(manifest, (p) => has.has(p), (p) => readFileSync(join(dir, p), 'utf8'));
  if (missing.length) throw new Error(`${relative(ROOT, dir)} lacks files its manifest or pages load: ${missing.join(', ')}`);
  return files.map((path) => ({ path, data: readFileSync(join(dir, path)) }));
}

/** Simple .gitignore lines: "name", "name/", "/name", "*.ext". Enough for this project's file. */
function gitignoreSkip(): (rel: string, isDir: boolean) => boolean {
  let lines: string[] = [];
  try {
    lines = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !l.startsWith('!'));
  } catch {
    /* no .gitignore */
  }
  const rules = lines.map((l) => {
    const dirOnly = l.endsWith('/');
    const anchored = l.startsWith('/');
    const body = l.replace(/^\/|\/$/g, '');
    const re = new RegExp(`^${body.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
    return { dirOnly, anchored: anchored || body.includes('/'), re };
  });
  return (rel, isDir) => {
    const name = rel.slice(rel.lastIndexOf('/') + 1);
    if (name === '.git') return true; // a folder, or a file in a git worktree
    if (isDir && (SOURCE_SKIP_DIRS.has(name) || (/^dist($|-)/.test(name) && !rel.includes('/')))) return true;
    return rules.some((r) => (!r.dirOnly || isDir) && (r.anchored ? r.re.test(rel) : r.re.test(name)));
  };
}

/** The sources zip's files: the project as a fresh clone has it (no node_modules, builds, packages, .tmp). */
export function sourceFiles(): string[] {
  return listFiles(ROOT, gitignoreSkip());
}

export function sourceEntries(): ZipEntry[] {
  return sourceFiles().map((path) => {
    const file = join(ROOT, path);
    return { path, data: readFileSync(file), executable: isExecutable(file) };
  });
}

