import type { EntityTagger } from '../../../src/core/parties/story-parties';
import type { TaggedSpan } from '../../../src/core/parties/mentions';

/**
 * A stand-in for the NER model in tests of what happens after tagging: tags every whole-word
 * occurrence of the listed names (longest first, no overlaps). The lists are written by hand for
 * each test text, so merging, roles and quotes are tested apart from the model's mistakes.
 */
export function listTagger(names: Record<string, TaggedSpan['label']>): EntityTagger {
  const entries = Object.entries(names).sort((a, b) => b[0].length - a[0].length);
  return (blocks) => {
    const spans: TaggedSpan[] = [];
    blocks.forEach((text, block) => {
      const taken: Array<[number, number]> = [];
      for (const [name, label] of entries) {
        const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const start = m.index;
          const end = start + name.length;
          if (taken.some(([s, e]) => start < e && end > s)) continue;
          taken.push([start, end]);
          spans.push({ label, start, end, block });
        }
      }
    });
    return spans.sort((a, b) => a.block - b.block || a.start - b.start);
  };
}

/** Blocks of kind paragraph (the first one may be the headline). */
export function paragraphs(texts: string[], headline?: string) {
  return [
    ...(headline ? [{ kind: 'headline' as const, text: headline, element: null }] : []),
    ...texts.map((text) => ({ kind: 'paragraph' as const, text, element: null })),
  ];
}
