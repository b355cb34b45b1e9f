import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeReadError, InputError, UsageError } from './errors';
import type { Io } from './io';

/** The file argument that means standard input. */
export const STDIN = '-';

/** URL given to a page read from stdin without `--url`: there is no address to report. */
export const STDIN_URL = 'about:blank';

/** Reads a file argument (or stdin for `-`); an unreadable file becomes an {@link InputError}. */
export async function readInput(file: string, io: Io): Promise<Uint8Array> {
  if (file === STDIN) return io.readStdin();
  try {
    return await readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new InputError(`cannot read ${file}: ${describeReadError(error)}`);
  }
}

/** The URL reported for a file when none is given: `file://` + its absolute path (about:blank for stdin). */
export function defaultUrl(file: string, cwd: string): string {
  return file === STDIN ? STDIN_URL : pathToFileURL(resolve(cwd, file)).href;
}

/** True for an absolute URL (`https://…`, `file:///…`); the Annotation reports it exactly as given. */
export function isAbsoluteUrl(url: string): boolean {
  return URL.canParse(url);
}

/** Validates a `--url` value. */
export function checkUrl(url: string): string {
  if (!isAbsoluteUrl(url)) throw new UsageError(`--url needs an absolute URL, got ${JSON.stringify(url)}`);
  return url;
}
