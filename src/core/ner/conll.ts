import type { NerModel } from './model';
import { tagSentences } from './tag-document';

const DOCSTART = '-DOCSTART-';

/**
 * Tags a CoNLL-format text (token in the first column, other columns ignored, blank lines between
 * sentences, -DOCSTART- lines between documents) and returns it as "token TAG" lines (IOB2), blank lines
 * and document breaks kept in place (a document break is printed "-DOCSTART- O"). Each document is
 * tagged as a whole, so document-level features see all of it.
 */
export function tagConll(model: NerModel, text: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const tokens = lines.map((line) => line.trim().split(/\s+/)[0]);
  const out: string[] = new Array<string>(lines.length);
  let documentLines: number[][] = [];
  let sentence: number[] = [];
  const endSentence = () => {
    if (sentence.length > 0) documentLines.push(sentence);
    sentence = [];
  };
  const endDocument = () => {
    endSentence();
    const tags = tagSentences(
      model,
      documentLines.map((s) => s.map((line) => tokens[line])),
    );
    documentLines.forEach((s, i) => s.forEach((line, j) => (out[line] = `${tokens[line]} ${tags[i][j]}`)));
    documentLines = [];
  };
  tokens.forEach((token, line) => {
    if (token === '') {
      out[line] = '';
      endSentence();
    } else if (token === DOCSTART) {
      out[line] = `${DOCSTART} O`;
      endDocument();
    } else {
      sentence.push(line);
    }
  });
  endDocument();
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
