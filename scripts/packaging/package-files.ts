import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * What a built extension must contain: every file its manifest names, and every file its HTML pages
 * and JavaScript chunks load (module imports, dynamic imports, preload lists, runtime.getURL paths).
 * Used by `npm run package` before it writes a zip and by the packaging tests on the zip itself.
 */

type Json = Record<string, unknown>;

/** Files named by the manifest (paths relative to the extension root, no leading slash). */
export function manifestFiles(manifest: Json): string[] {
  const out = new Set<string>();
  const add = (p: unknown): void => {
    if (typeof p === 'string' && p && !p.includes('*') && !/^[a-z]+:/i.test(p)) out.add(p.replace(/^\//, ''));
  };
  const values = (o: unknown): void => {
    if (o && typeof o === 'object') for (const v of Object.values(o)) add(v);
  };
  const m = manifest as {
    icons?: Json;
    action?: { default_icon?: Json | string; default_popup?: string };
    background?: { service_worker?: string; scripts?: string[]; page?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
    options_ui?: { page?: string };
    options_page?: string;
    web_accessible_resources?: { resources?: string[] }[];
    side_panel?: { default_path?: string };
    sidebar_action?: { default_panel?: string };
    devtools_page?: string;
  };
  values(m.icons);
  if (typeof m.action?.default_icon === 'string') add(m.action.default_icon);
  else values(m.action?.default_icon);
  add(m.action?.default_popup);
  add(m.background?.service_worker);
  m.background?.scripts?.forEach(add);
  add(m.background?.page);
  for (const cs of m.content_scripts ?? []) [...(cs.js ?? []), ...(cs.css ?? [])].forEach(add);
  add(m.options_ui?.page);
  add(m.options_page);
  for (const war of m.web_accessible_resources ?? []) war.resources?.forEach(add);
  add(m.side_panel?.default_path);
  add(m.sidebar_action?.default_panel);
  add(m.devtools_page);
  return [...out].sort();
}

/** Files a page or chunk at `from` loads, resolved to extension-root paths. */
export function referencedFiles(from: string, text: string): string[] {
  const out = new Set<string>();
  const resolve = (ref: string): void => {
    const clean = ref.split(/[?#]/)[0];
    const path = clean.startsWith('/') ? clean.slice(1) : clean.startsWith('.') ? posix.join(posix.dirname(from), clean) : clean;
    out.add(posix.normalize(path));
  };
  if (from.endsWith('.html')) {
    for (const m of text.matchAll(/\s(?:src|href)=["']([^"']+)["']/g)) if (!/^[a-z]+:|^#/i.test(m[1])) resolve(m[1]);
  }
  if (from.endsWith('.js')) {
    // import … from "./x.js", import "./x.js", import("./x.js") with any quote.
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`\s]+)["'`]/g)) resolve(m[1]);
    // Root-relative asset paths in string literals: preload maps, runtime.getURL("assets/…"), weights URLs.
    for (const m of text.matchAll(/["'`]\/?(assets\/[A-Za-z0-9._-]+)["'`]/g)) resolve(m[1]);
  }
  return [...out].sort();
}

/** Every file the package loads: what the manifest names, then what those pages and chunks load, transitively. */
export function loadedFiles(manifest: Json, has: (path: string) => boolean, read: (path: string) => string): string[] {
  const seen = new Set<string>();
  const queue = manifestFiles(manifest);
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    if (has(path) && (path.endsWith('.html') || path.endsWith('.js'))) queue.push(...referencedFiles(path, read(path)));
  }
  return [...seen].sort();
}

/** The files the package loads that `has` says are missing. */
export function missingFiles(manifest: Json, has: (path: string) => boolean, read: (path: string) => string): string[] {
  return loadedFiles(manifest, has, read).filter((p) => !has(p));
}

/** Every regular file under `dir`, as sorted '/'-separated paths relative to it, skipping names `skip` rejects. */
export function listFiles(dir: string, skip: (relPath: string, isDir: boolean) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const ent of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) {
        if (!skip(path, true)) walk(path);
      } else if (ent.isFile() && !skip(path, false)) out.push(path);
    }
  };
  walk('');
  return out.sort();
}

export function isExecutable(file: string): boolean {
  return (statSync(file).mode & 0o111) !== 0;
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
