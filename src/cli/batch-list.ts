import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAbsoluteUrl } from './read-input';

/** One input of a batch list, ready to read, or the reason its line is unusable. */
export type BatchEntry =
  | { input: string; lineNumber: number; path: string; url: string }
  | { input: string; lineNumber: number; error: string };

/**
 * Parses a batch list: one `PATH<TAB>URL` per line. Relative paths resolve against `baseDir` (the
 * list's folder), a missing URL defaults to the file's `file://` URL, blank lines and lines starting
 * with `#` are skipped. A malformed line becomes an entry with an `error`, so the output keeps one
 * object per input line.
 */
export function parseBatchList(text: string, baseDir: string): BatchEntry[] {
  const entries: BatchEntry[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [pathField, urlField = '', ...extra] = line.split('\t').map((field) => field.trim());
    const input = pathField;
    if (extra.some((field) => field !== '')) {
      entries.push({ input, lineNumber, error: `line ${lineNumber}: expected PATH<TAB>URL, found ${2 + extra.length} columns` });
      return;
    }
    // A space instead of the tab is the likeliest mistake; say so rather than "no such file".
    if (urlField === '' && /\s(?:https?|file):\/\//i.test(pathField)) {
      entries.push({ input, lineNumber, error: `line ${lineNumber}: separate PATH and URL with a TAB` });
      return;
    }
    if (input === '') {
      entries.push({ input, lineNumber, error: `line ${lineNumber}: missing PATH` });
      return;
    }
    const path = resolve(baseDir, input);
    if (urlField !== '' && !isAbsoluteUrl(urlField)) {
      entries.push({ input, lineNumber, error: `line ${lineNumber}: not an absolute URL: ${JSON.stringify(urlField)}` });
      return;
    }
    entries.push({ input, lineNumber, path, url: urlField || pathToFileURL(path).href });
  });
  return entries;
}
