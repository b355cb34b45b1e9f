import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { EXIT, InputError, UsageError } from '../errors';
import { looksBinary } from '../input-kind';
import { readInput } from '../read-input';

const USAGE = `Usage: backstory ner --conll FILE

Tags a CoNLL-format file with the named-entity tagger (PER, ORG, LOC, MISC).

  --conll FILE  UTF-8 text: the token in the first column (other columns ignored), a blank
                line between sentences, -DOCSTART- lines between documents. Each document is
                tagged as a whole (the tagger uses what a document says elsewhere).
                FILE - reads standard input.
  -h, --help    show this help

Prints "TOKEN TAG" per token, TAG in IOB2 (B-PER, I-ORG, O, …), keeping blank lines and
document breaks (printed "-DOCSTART- O") in place, so the output can be scored
conlleval-style against the input's tags.

Exit status: 0 done, 1 internal error, 2 usage error or an unreadable, empty, binary or
non-UTF-8 FILE.
`;

/** `backstory ner --conll FILE`: the tagger of src/core/ner on a CoNLL file. */
export const nerCommand: Command = {
  name: 'ner',
  summary: 'tag the tokens of a CoNLL-format file with named entities (IOB2)',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      conll: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      await io.out(USAGE);
      return EXIT.ok;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    if (values.conll === undefined) throw new UsageError('missing --conll FILE');
    const text = decodeConll(values.conll, await readInput(values.conll, io));
    const [{ loadModelFromDisk }, { tagConll }] = await Promise.all([import('../../core/ner/load-node'), import('../../core/ner/conll')]);
    await io.out(tagConll(loadModelFromDisk(), text));
    return EXIT.ok;
  },
};

/** The file as text; empty, binary or non-UTF-8 input is an {@link InputError}, not an empty tagging. */
function decodeConll(file: string, bytes: Uint8Array): string {
  if (looksBinary(bytes)) throw new InputError(`${file} is binary data, not a CoNLL text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    throw new InputError(`${file} is not UTF-8 text`);
  }
  if (text.trim() === '') throw new InputError(`${file} is empty: no tokens to tag`);
  return text;
}
