import { buildDocumentContext } from './document-context';
import { type FeatureResources, sentenceFeatures, type SentenceFeatures } from './features';
import type { Lexicon } from './lexicon';
import { normalizeToken } from './normalize';
import { isAllCapsSentence, isTitleCaseSentence, truecaseAllCaps, truecaseTitleCase } from './truecase';

/** Lexicons that preparing a document needs. */
export interface PrepareResources extends FeatureResources {
  casing: Lexicon;
}

/**
 * Turns one document's tokenised sentences into tagger features: typographic normalisation, truecasing
 * of capitals lines (and of Title-Case lines marked as headlines), document context from the sentences
 * in ordinary case, then per-token features. Training and tagging share this, so they see the same input.
 */
export function prepareDocument(
  sentences: readonly (readonly string[])[],
  resources: PrepareResources,
  headlines: readonly boolean[] = [],
): SentenceFeatures[] {
  const normal = sentences.map((words) => words.map(normalizeToken));
  const caps = normal.map(isAllCapsSentence);
  const titled = normal.map((words, s) => !caps[s] && headlines[s] === true && isTitleCaseSentence(words, resources.casing));
  const document = buildDocumentContext(
    normal,
    normal.map((_, s) => !caps[s] && !titled[s]),
  );
  return normal.map((words, s) => {
    const cased = caps[s]
      ? truecaseAllCaps(words, resources.casing, document.forms)
      : titled[s]
        ? truecaseTitleCase(words, resources.casing, document.forms)
        : words;
    return sentenceFeatures(cased, resources, document, caps[s]);
  });
}
