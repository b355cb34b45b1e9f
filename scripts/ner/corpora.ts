import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A tagged sentence: tokens and their IOB2 tags (PER/ORG/LOC/MISC). */
export interface TaggedSentence {
  words: string[];
  tags: string[];
}

/** Sentences of one document (tweets and other corpora without documents: one sentence each). */
export type TaggedDocument = TaggedSentence[];

/** Root of the NER data (see its PROVENANCE.md); override with BACKSTORY_NER_DATA. */
export const DATA_ROOT = process.env.BACKSTORY_NER_DATA ?? join(import.meta.dirname, '../../../shared/data/ner');

interface Layout {
  /** Column of the token and of the tag, after splitting on whitespace. */
  token: number;
  tag: number;
  /** IOB1 files (CoNLL-2003, WikiGold) are converted to IOB2. */
  iob1?: boolean;
  /** Corpora without document markers: every sentence is its own document. */
  sentenceDocuments?: boolean;
  /** Lines starting with "#" are comments; "# newdoc" starts a document (Universal NER). */
  comments?: boolean;
}

/** Every corpus the trainer knows, by name, with its files and column layout. */
export const CORPORA: Record<string, { files: string[]; layout: Layout; open: boolean }> = {
  'conll-train': { files: ['conll2003/train.txt'], layout: { token: 0, tag: 3, iob1: true }, open: false },
  'conll-dev': { files: ['conll2003/dev.txt'], layout: { token: 0, tag: 3, iob1: true }, open: false },
  wikigold: { files: ['open/wikigold/wikigold.conll'], layout: { token: 0, tag: 1, iob1: true }, open: true },
  btc: { files: ['a', 'b', 'e', 'f', 'g', 'h'].map((f) => `open/btc/${f}.conll`), layout: { token: 0, tag: 1, sentenceDocuments: true }, open: true },
  'uner-ewt': { files: ['dev', 'test'].map((f) => `open/uner-english-ewt/${f}.iob2`), layout: { token: 1, tag: 2, comments: true }, open: true },
  'uner-pud': { files: ['open/uner-english-pud/test.txt'], layout: { token: 0, tag: 1 }, open: true },
  gum: { files: ['train', 'dev', 'test'].map((f) => `open/gum/open-${f}.txt`), layout: { token: 0, tag: 1 }, open: true },
  redocred: { files: ['dev', 'test'].map((f) => `open/redocred/${f}.txt`), layout: { token: 0, tag: 1 }, open: true },
  crossner: { files: ['ai', 'literature', 'music', 'politics', 'science'].map((f) => `open/crossner/${f}.txt`), layout: { token: 0, tag: 1 }, open: true },
};

/** Reads a corpus by name into documents of IOB2-tagged sentences. */
export function readCorpus(name: string): TaggedDocument[] {
  const corpus = CORPORA[name];
  if (!corpus) throw new Error(`unknown corpus ${name}; known: ${Object.keys(CORPORA).join(', ')}`);
  return corpus.files.flatMap((file) => parseColumns(readFileSync(join(DATA_ROOT, file), 'utf8'), corpus.layout));
}

/** Parses one column file into documents. */
export function parseColumns(text: string, layout: Layout): TaggedDocument[] {
  const documents: TaggedDocument[] = [];
  let document: TaggedDocument = [];
  let sentence: TaggedSentence = { words: [], tags: [] };
  const endSentence = () => {
    if (sentence.words.length > 0) {
      if (layout.iob1) sentence.tags = iob1ToIob2(sentence.tags);
      document.push(sentence);
      if (layout.sentenceDocuments) endDocument();
    }
    sentence = { words: [], tags: [] };
  };
  const endDocument = () => {
    if (document.length > 0) documents.push(document);
    document = [];
  };
  for (const line of text.split('\n')) {
    if (layout.comments && line.startsWith('#')) {
      if (line.startsWith('# newdoc')) {
        endSentence();
        endDocument();
      }
      continue;
    }
    const columns = line.trim().split(/\s+/);
    if (columns[0] === '') {
      endSentence();
      continue;
    }
    if (columns[0] === '-DOCSTART-') {
      endSentence();
      endDocument();
      continue;
    }
    sentence.words.push(columns[layout.token]);
    sentence.tags.push(normalizeTag(columns[layout.tag] ?? 'O'));
  }
  endSentence();
  endDocument();
  return documents;
}

const KNOWN = new Set(['PER', 'ORG', 'LOC', 'MISC']);

function normalizeTag(tag: string): string {
  const match = /^([BI])-(.+)$/.exec(tag);
  return match && KNOWN.has(match[2]) ? tag : 'O';
}

/** IOB1 → IOB2: an I-X that does not continue an X becomes B-X (B- in IOB1 only separates two X). */
export function iob1ToIob2(tags: readonly string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const previous = i > 0 ? tags[i - 1] : 'O';
    return previous.slice(2) === tag.slice(2) ? tag : `B-${tag.slice(2)}`;
  });
}
