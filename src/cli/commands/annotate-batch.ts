import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { annotateBytes } from '../annotate-bytes';
import { parseBatchList, type BatchEntry } from '../batch-list';
import { describeReadError, EXIT } from '../errors';
import type { Io } from '../io';
import { readInput, STDIN } from '../read-input';

/**
 * `backstory annotate --batch LIST`: JSON Lines, one object per input line, in order, each starting
 * with `"input"`. A bad line yields `{"input", "error"}` and the batch goes on; only an unreadable LIST
 * stops it (InputError, exit 2).
 */
export async function runBatch(list: string, io: Io): Promise<number> {
  const listText = new TextDecoder('utf-8').decode(await readInput(list, io));
  const baseDir = list === STDIN ? io.cwd : dirname(resolve(io.cwd, list));
  for (const entry of parseBatchList(listText, baseDir)) {
    await io.out(JSON.stringify(await annotateEntry(entry)) + '\n');
  }
  return EXIT.ok;
}

async function annotateEntry(entry: BatchEntry): Promise<object> {
  const { input } = entry;
  if ('error' in entry) return { input, error: entry.error };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(entry.path);
  } catch (error) {
    return { input, error: `cannot read ${input}: ${describeReadError(error)}` };
  }
  try {
    return { input, ...annotateBytes(bytes, entry.url) };
  } catch (error) {
    // A pipeline bug on one page must not lose the rest of a long batch.
    return { input, error: `annotate failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
