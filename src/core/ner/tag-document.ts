import type { SentenceFeatures } from './features';
import { PredictionHistory } from './history';
import { TAGS } from './labels';
import { decodeSentence, type NerModel } from './model';
import { prepareDocument } from './prepare';

/**
 * Tags pre-tokenised sentences of one document (document-level features use all of them); returns IOB2
 * tags per token. Lines in capitals are truecased before tagging; `headlines[i]` marks sentence i as a
 * headline, whose Title-Case is truecased too.
 */
export function tagSentences(model: NerModel, sentences: string[][], headlines: readonly boolean[] = []): string[][] {
  return decodeDocument(model, prepareDocument(sentences, model, headlines)).map((tags) => {
    const names = new Array<string>(tags.length);
    for (let i = 0; i < tags.length; i++) names[i] = TAGS[tags[i]];
    return names;
  });
}

/** Tag indices of a prepared document, sentence by sentence in reading order (for the prediction history). */
export function decodeDocument(model: NerModel, prepared: readonly SentenceFeatures[]): Uint8Array[] {
  const history = new PredictionHistory();
  const tags = prepared.map((features) => {
    const sentenceTags = decodeSentence(model, features, history.features(features.words));
    history.record(features.words, sentenceTags);
    return sentenceTags;
  });
  // The first sentence (usually the headline) was tagged with no history at all: tag it again with what
  // the whole document said ("Pashinyan" in a headline is the PER of the article's "Nikol Pashinyan").
  if (prepared.length > 1) tags[0] = decodeSentence(model, prepared[0], history.features(prepared[0].words));
  return tags;
}
