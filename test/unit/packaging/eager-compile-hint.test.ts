import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EAGER_COMPILE_HINT, eagerCompileHint } from '../../../scripts/build/eager-compile-hint';

/** A written bundle: the content-script entry importing `shared.js`, and an article-only chunk it loads lazily. */
function writtenBundle() {
  const dir = mkdtempSync(path.join(tmpdir(), 'hint-'));
  const files = { 'entry.js': 'import "./shared.js";\nexport const a = 1;\n', 'shared.js': 'export const s = 2;\n', 'article.js': 'export const b = 3;\n' };
  for (const [name, code] of Object.entries(files)) writeFileSync(path.join(dir, name), code);
  const bundle = {
    'entry.js': { type: 'chunk', fileName: 'entry.js', facadeModuleId: path.resolve('content-scripts/main.ts'), imports: ['shared.js'], dynamicImports: ['article.js'] },
    'shared.js': { type: 'chunk', fileName: 'shared.js', facadeModuleId: null, imports: [], dynamicImports: [] },
    'article.js': { type: 'chunk', fileName: 'article.js', facadeModuleId: path.resolve('content-scripts/article-features.ts'), imports: [], dynamicImports: [] },
  };
  return { dir, bundle, read: (name: string) => readFileSync(path.join(dir, name), 'utf8') };
}

function run(plugin: ReturnType<typeof eagerCompileHint>, dir: string, bundle: object) {
  const hook = plugin.writeBundle as (this: { error(m: string): never }, o: { dir: string }, b: object) => void;
  hook.call({ error: (m: string) => { throw new Error(m); } }, { dir }, bundle);
}

describe('eager compile hint on the every-page content-script chunks', () => {
  it('puts the hint on the first line of the entry and its static imports, not of lazily loaded chunks', () => {
    const { dir, bundle, read } = writtenBundle();
    run(eagerCompileHint('content-scripts/main.ts'), dir, bundle);
    expect(read('entry.js').split('\n')[0]).toBe(EAGER_COMPILE_HINT);
    expect(read('entry.js')).toContain('export const a = 1;');
    expect(read('shared.js').split('\n')[0]).toBe(EAGER_COMPILE_HINT);
    expect(read('article.js')).toBe('export const b = 3;\n');
  });

  it('adds it once however often the hook runs', () => {
    const { dir, bundle, read } = writtenBundle();
    const plugin = eagerCompileHint('content-scripts/main.ts');
    run(plugin, dir, bundle);
    run(plugin, dir, bundle);
    expect(read('entry.js').split(EAGER_COMPILE_HINT).length).toBe(2);
  });

  it('fails the build when the entry is not in the bundle (a renamed content script)', () => {
    const { dir, bundle } = writtenBundle();
    expect(() => run(eagerCompileHint('content-scripts/other.ts'), dir, bundle)).toThrow(/no chunk built from/);
  });
});
