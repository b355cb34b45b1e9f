import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT, UsageError } from '../errors';
import { checkUrl, defaultUrl } from '../read-input';

const USAGE = `Usage: backstory annotate [--url URL] [--pretty] FILE
       backstory annotate --batch LIST

Prints the Annotation of an HTML page as one JSON object (fields: src/core/types.ts).

  FILE          an HTML file; - reads standard input
  --url URL     the page's address: printed as "url" exactly as given, and used for URL clues.
                Default: the file:// URL of FILE's absolute path (about:blank for stdin).
  --pretty      indent the JSON
  --batch LIST  annotate each file named in LIST and print JSON Lines: one object per input line,
                in order, each starting with "input" (the PATH as written). A LIST line is
                PATH<TAB>URL; URL is optional (default as above), relative PATHs resolve against
                LIST's folder, blank lines and # comments are skipped, LIST may be - (stdin).
                A file that cannot be read gives {"input": PATH, "error": REASON}; the batch goes on.
  -h, --help    show this help

Metadata is extracted even when the page is not detected as an article; "isArticle" stays the
detector's verdict. Bytes are decoded by BOM, then <meta charset> / http-equiv Content-Type in the
first 1024 bytes, else UTF-8 (windows-1252 when the bytes are not valid UTF-8). Input that is empty,
binary or not HTML (JSON, plain text, XML, images) is not parsed: it gets an Annotation with every
field empty and "isArticle": false.

Exit status: 0 done (also when batch lines fail), 1 internal error,
             2 usage error or unreadable FILE / LIST.
`;

/**
 * `backstory annotate`: the extraction pipeline on saved HTML. The pipeline (and jsdom, ~1 s to load)
 * is imported only once the command line is valid, so `--help` and usage errors answer at once.
 */
export const annotateCommand: Command = {
  name: 'annotate',
  summary: 'print the Annotation (JSON) of an HTML file, or JSON Lines for a --batch list',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      url: { type: 'string' },
      pretty: { type: 'boolean' },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      await io.out(USAGE);
      return EXIT.ok;
    }
    if (values.batch !== undefined) {
      if (positionals.length > 0) throw new UsageError('--batch takes no FILE: the list names the files');
      if (values.url !== undefined) throw new UsageError('--url cannot be used with --batch: give each URL in the list');
      if (values.pretty) throw new UsageError('--pretty cannot be used with --batch: JSON Lines need one object per line');
      const { runBatch } = await import('./annotate-batch');
      return runBatch(values.batch, io);
    }
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length === 0 ? 'missing FILE (use - for standard input)' : 'expected one FILE; use --batch for several');
    }
    const file = positionals[0];
    const url = values.url !== undefined ? checkUrl(values.url) : defaultUrl(file, io.cwd);
    const { annotateFile } = await import('./annotate-file');
    return annotateFile(file, url, values.pretty ?? false, io);
  },
};
