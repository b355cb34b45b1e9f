/**
 * The store packages as the stores get them: builds the Firefox and Chrome extensions from the sources
 * into a temporary folder (about 3 s each), zips them the way `npm run package` does, reads the zips back
 * and checks the manifests and that every file the manifest, pages and chunks load is in the zip.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxManifest, GECKO_ID } from '../../../scripts/packaging/firefox-manifest';
import { loadedFiles, manifestFiles, missingFiles, referencedFiles } from '../../../scripts/packaging/package-files';
import { extensionEntries, ROOT, sourceFiles } from '../../../scripts/packaging/packages';
import { makeZip, readZip } from '../../../scripts/packaging/zip';

type Json = Record<string, any>;

const chromeSource = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Json;
let tmp = '';
const zips: Record<'chrome' | 'firefox', Map<string, Uint8Array>> = { chrome: new Map(), firefox: new Map() };
const text = (files: Map<string, Uint8Array>, path: string) => new TextDecoder().decode(files.get(path));
const manifestOf = (files: Map<string, Uint8Array>) => JSON.parse(text(files, 'manifest.json')) as Json;

async function buildInto(configFile: string, outDir: string): Promise<void> {
  await build({ root: ROOT, configFile: join(ROOT, configFile), logLevel: 'error', build: { outDir, emptyOutDir: true } });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'backstory-packages-'));
  await buildInto('vite.firefox.config.ts', join(tmp, 'firefox'));
  await buildInto('vite.config.ts', join(tmp, 'chrome'));
  zips.firefox = readZip(makeZip(extensionEntries(join(tmp, 'firefox'), 'firefox')));
  zips.chrome = readZip(makeZip(extensionEntries(join(tmp, 'chrome'), 'chrome')));
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('firefoxManifest (from manifest.json)', () => {
  it('swaps the service worker for background scripts and adds the gecko settings, leaving manifest.json alone', () => {
    const before = JSON.stringify(chromeSource);
    const ff = firefoxManifest(chromeSource) as Json;
    expect(JSON.stringify(chromeSource)).toBe(before);
    expect(ff.background).toEqual({ scripts: [chromeSource.background.service_worker], type: 'module' });
    expect(ff.browser_specific_settings.gecko).toMatchObject({ id: GECKO_ID, strict_min_version: '142.0' });
    expect(ff).not.toHaveProperty('minimum_chrome_version');
    expect(chromeSource.background).toHaveProperty('service_worker');
    expect(chromeSource).not.toHaveProperty('browser_specific_settings');
  });
});

describe('Firefox package', () => {
  it('has manifest.json at the zip root, MV3 with the gecko id, minimum version and no data collection', () => {
    const m = manifestOf(zips.firefox);
    expect(m.manifest_version).toBe(3);
    expect(m.version).toBe(chromeSource.version);
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'], optional: ['websiteContent'] } },
    });
    expect(GECKO_ID).toMatch(/^[a-zA-Z0-9-._]*@[a-zA-Z0-9-._]+$/);
  });

  it('runs the background as scripts (an event page), with no service_worker', () => {
    const m = manifestOf(zips.firefox);
    expect(m.background.scripts).toHaveLength(1);
    expect(m.background.scripts[0]).toMatch(/\.js$/);
    expect(m.background).not.toHaveProperty('service_worker');
    expect(zips.firefox.has(m.background.scripts[0])).toBe(true);
  });

  it('keeps the default MV3 content security policy and has nothing Firefox rejects', () => {
    const m = manifestOf(zips.firefox);
    expect(m).not.toHaveProperty('content_security_policy');
    expect(m).not.toHaveProperty('minimum_chrome_version');
    expect(m.options_ui).not.toHaveProperty('browser_style');
    for (const war of m.web_accessible_resources ?? []) expect(war).not.toHaveProperty('use_dynamic_url');
    expect(m.permissions).toEqual(chromeSource.permissions);
    expect(m.optional_host_permissions).toEqual(chromeSource.optional_host_permissions);
    expect(m).not.toHaveProperty('host_permissions');
  });

  it('contains every file the manifest, its pages and its chunks load', () => {
    const m = manifestOf(zips.firefox);
    const named = manifestFiles(m);
    expect(named).toEqual(expect.arrayContaining(['popup/index.html', 'options/index.html', 'icons/icon-128.png', ...m.background.scripts]));
    // The tagger's weights, loaded by a chunk: the closure reaches files the manifest does not name.
    expect(loadedFiles(m, (p) => zips.firefox.has(p), (p) => text(zips.firefox, p)).some((p) => /^assets\/model-.+\.bin$/.test(p))).toBe(true);
    expect(missingFiles(m, (p) => zips.firefox.has(p), (p) => text(zips.firefox, p))).toEqual([]);
  });

  it('would be caught if a loaded chunk were missing (the check is not vacuous)', () => {
    const m = manifestOf(zips.firefox);
    const popupScript = referencedFiles('popup/index.html', text(zips.firefox, 'popup/index.html')).find((p) => p.endsWith('.js'))!;
    const chunk = referencedFiles(popupScript, text(zips.firefox, popupScript))[0];
    expect(chunk).toMatch(/^assets\/.+\.js$/);
    const without = (gone: string) => missingFiles(m, (p) => p !== gone && zips.firefox.has(p), (p) => text(zips.firefox, p));
    expect(without(chunk)).toEqual([chunk]);
    expect(without(m.content_scripts[0].js[0])).toEqual([m.content_scripts[0].js[0]]);
  });
});

describe('Chrome package', () => {
  it('keeps the service worker, has no gecko settings and contains every file it loads', () => {
    const m = manifestOf(zips.chrome);
    expect(m.background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
    expect(m).not.toHaveProperty('browser_specific_settings');
    expect(m.minimum_chrome_version).toBe(chromeSource.minimum_chrome_version);
    expect(missingFiles(m, (p) => zips.chrome.has(p), (p) => text(zips.chrome, p))).toEqual([]);
  });
});

describe('zips', () => {
  it('are deterministic: sorted entries, fixed times, same bytes for the same files', () => {
    const entries = [
      { path: 'b.txt', data: new TextEncoder().encode('b') },
      { path: 'a/x.txt', data: new TextEncoder().encode('x') },
    ];
    const one = makeZip(entries);
    expect(makeZip([...entries].reverse())).toEqual(one);
    expect([...readZip(one).keys()]).toEqual(['a/x.txt', 'b.txt']);
    expect(() => makeZip([{ path: '../evil', data: new Uint8Array() }])).toThrow(/bad zip path/);
  });

  it('leave dependencies, builds and packages out of the sources zip', () => {
    const files = sourceFiles();
    expect(files).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'vite.firefox.config.ts', 'README.md']));
    const top = new Set(files.map((f) => f.split('/')[0]));
    for (const dir of ['node_modules', '.git', 'dist', 'dist-firefox', 'dist-cli', 'packages', '.tmp']) expect(top.has(dir)).toBe(false);
  });
});
