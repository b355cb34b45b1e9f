import { DATE_LABELS } from './date-labels.data';
import { foldText, foldWord } from './fold-text';

/** What a labelled date stands for. */
export type DateKind = 'published' | 'modified';

/** A label found in folded text. */
export interface LabelMatch {
  kind: DateKind;
  /** Position in the folded text. */
  start: number;
  end: number;
}

/** Scripts written without spaces between words: their labels are matched inside words. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const MAX_INPUT = 300;

/** Labels by their first word, longest first; and the labels of unspaced scripts. Built on first use. */
let table: { byFirstWord: Map<string, { label: string; kind: DateKind }[]>; unspaced: { label: string; kind: DateKind }[] } | null = null;

function labelTable() {
  if (table) return table;
  const byFirstWord = new Map<string, { label: string; kind: DateKind }[]>();
  const unspaced: { label: string; kind: DateKind }[] = [];
  for (const labels of Object.values(DATE_LABELS)) {
    for (const kind of ['published', 'modified'] as const) {
      for (const raw of labels[kind]) {
        const label = foldWord(raw);
        if (UNSPACED_SCRIPT.test(label)) {
          unspaced.push({ label, kind });
          continue;
        }
        const first = /^\p{L}+/u.exec(label)?.[0] ?? label;
        const list = byFirstWord.get(first) ?? [];
        list.push({ label, kind });
        list.sort((a, b) => b.label.length - a.label.length); // "last updated" before "last"
        byFirstWord.set(first, list);
      }
    }
  }
  table = { byFirstWord, unspaced };
  return table;
}

const WORD = /\p{L}+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * Every date label in folded text, in order. Alphabetic labels are whole words ("published" is not
 * found in "unpublished"); a word-by-word lookup keeps this cheap on the thousands of short lines a
 * page has, where one big alternation would be tried at every character.
 */
export function findLabels(folded: string): LabelMatch[] {
  const { byFirstWord, unspaced } = labelTable();
  const out: LabelMatch[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m; m = WORD.exec(folded)) {
    const candidates = byFirstWord.get(m[0]);
    if (!candidates || (m.index > 0 && WORD_CHAR.test(folded[m.index - 1]))) continue;
    const hit = candidates.find(({ label }) => folded.startsWith(label, m!.index) && !LETTER.test(folded[m!.index + label.length] ?? ''));
    if (!hit) continue;
    out.push({ kind: hit.kind, start: m.index, end: m.index + hit.label.length });
    WORD.lastIndex = m.index + hit.label.length;
  }
  if (UNSPACED_SCRIPT.test(folded)) {
    for (const { label, kind } of unspaced) {
      for (let i = folded.indexOf(label); i >= 0; i = folded.indexOf(label, i + label.length)) out.push({ kind, start: i, end: i + label.length });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * Whether a short text is labelled as the publication or the last update, in any supported
 * language ("Published", "Mis à jour", "Stand:", "Güncelleme", "Обновлено"…); the first label
 * decides when there are both. Only the first 300 characters are read.
 */
export function labelKind(text: string): DateKind | null {
  return findLabels(foldText(text.slice(0, MAX_INPUT)).lower)[0]?.kind ?? null;
}

/** Between a label and the date it labels: punctuation and at most one short word ("on", "le", "am", "日時"). */
const GAP_TO_DATE = /^[^\p{L}\p{N}]*(?:\p{L}{1,3}[^\p{L}\p{N}]*)?$/u;

/**
 * The label a text ends with — the words printed right before a date element: "last updated ",
 * "Updated:" in the element before a `<time>`, "Publié le ". Null when the text's last label is
 * followed by more than punctuation and one short word (a date between them took the label), or
 * when there is none. Chinese and Japanese labels usually follow their date ("2019年2月22日 公開"),
 * so one counts here only with a colon after it ("公開日："). Only the last 300 characters are read.
 */
export function labelBefore(text: string): DateKind | null {
  const lower = foldText(text.slice(-MAX_INPUT)).lower;
  const last = findLabels(lower).at(-1);
  if (!last) return null;
  const gap = lower.slice(last.end);
  if (!GAP_TO_DATE.test(gap)) return null;
  if (UNSPACED_SCRIPT.test(lower.slice(last.start, last.end)) && !/[:：]/.test(gap)) return null;
  return last.kind;
}
