import { EXIT } from '../errors';
import type { Io } from '../io';
import { prepareInput } from '../prepare-input';
import { readInput } from '../read-input';

/**
 * `backstory annotate [--url URL] [--pretty] FILE`: one JSON object on stdout. jsdom and the pipeline
 * are loaded only when the input is HTML.
 */
export async function annotateFile(file: string, url: string, pretty: boolean, io: Io): Promise<number> {
  const input = prepareInput(await readInput(file, io), url);
  const annotation = input.kind === 'html' ? (await import('../annotate-html')).annotateHtml(input.html, url) : input.annotation;
  await io.out(JSON.stringify(annotation, null, pretty ? 2 : undefined) + '\n');
  return EXIT.ok;
}
