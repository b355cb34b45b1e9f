/** Where the labelled dev corpus lives and what its manifest says (see the corpus README). */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The labels of one page; a key is absent when the source had no label for it. */
export interface CorpusLabels {
  title?: string;
  authors?: string[];
  /** UTC instant (postlight labels). */
  published?: string;
  /** metascraper's single date: modified when the page has one, else published (UTC instant). */
  date_modified_or_published?: string;
  publisher?: string;
  lang?: string;
  canonical_url?: string;
}

/** One manifest entry (fields this harness uses). */
export interface CorpusEntry {
  file: string;
  url: string;
  source_repo?: string;
  expected: CorpusLabels;
  /** Fields whose label is known to be unreliable. */
  suspect?: string[];
}

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The corpus folder: `$BACKSTORY_CORPUS`, else `../shared/corpus/dev` beside the repository. */
export function corpusDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BACKSTORY_CORPUS ? resolve(env.BACKSTORY_CORPUS) : join(REPO, '..', 'shared', 'corpus', 'dev');
}

/** True when the folder holds a manifest. */
export function corpusExists(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json'));
}

/** Reads `manifest.json`. */
export function readManifest(dir: string): CorpusEntry[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusEntry[];
}
