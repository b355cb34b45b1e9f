import { TAGS } from '../../src/core/ner/labels';
import type { NerModel } from '../../src/core/ner/model';
import { decodeDocument } from '../../src/core/ner/tag-document';
import { prepareDocument } from '../../src/core/ner/prepare';
import { type Counts, countSpans } from './conlleval';
import type { TaggedDocument } from './corpora';

/** Tags every document with the model and counts exact-span matches per type ("ALL" overall). */
export function evaluate(model: NerModel, documents: TaggedDocument[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const document of documents) {
    const prepared = prepareDocument(
      document.map((s) => s.words),
      model,
    );
    decodeDocument(model, prepared).forEach((tags, s) => {
      const predicted = Array.from(tags, (t) => TAGS[t]);
      countSpans(counts, document[s].tags, predicted);
    });
  }
  return counts;
}
