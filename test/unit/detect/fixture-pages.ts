import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A fixture page with the URL it is tested with (from its `<!-- url: … -->` first line). */
export interface FixturePage {
  file: string;
  url: string;
  html: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const NEGATIVE_DIR = path.resolve(here, '../../fixtures/negative');
export const POSITIVE_DIR = path.resolve(here, '../../fixtures/detect');

/** Reads every `.html` fixture of a folder; each must start with `<!-- url: https://… -->`. */
export function loadFixtures(dir: string): FixturePage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(path.join(dir, file), 'utf8');
      const m = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html);
      if (!m) throw new Error(`${file}: first line must be <!-- url: https://… -->`);
      return { file, url: m[1], html };
    });
}

/**
 * The dev corpus folder (212 labelled real news pages), or null when it is not there. Looked for in
 * $BACKSTORY_CORPUS_DIR, then beside the repository (../shared/corpus/dev).
 */
export function corpusDir(): string | null {
  const candidates = [
    process.env.BACKSTORY_CORPUS_DIR,
    path.resolve(here, '../../../../shared/corpus/dev'),
    path.resolve(process.cwd(), '../shared/corpus/dev'),
  ].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(path.join(p, 'manifest.json'))) ?? null;
}

export interface CorpusEntry {
  file: string;
  url: string;
}

export function loadManifest(dir: string): CorpusEntry[] {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as CorpusEntry[];
}
