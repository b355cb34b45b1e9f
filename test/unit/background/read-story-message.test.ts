import { describe, expect, it } from 'vitest';
import { parseContentMessage } from '../../../src/background/validate';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_CHARS } from '../../../src/core/body/article-blocks';
import { readStory } from '../../../src/core/add-story-parties';
import { cliEntityTagger } from '../../../src/cli/entity-tagger';
import { sampleAnnotation } from '../ui/sample-annotation';

/** The background reads parties from block texts a page sent: the texts are page content, so their shape and size are checked. */
describe("the background's read-story message", () => {
  const annotation = sampleAnnotation();
  const blocks = [
    { kind: 'headline', text: 'Armenian military maintains call for premier to resign' },
    { kind: 'paragraph', text: 'Prime Minister Nikol Pashinyan met Robert Kocharian in Yerevan on Thursday.' },
  ];

  it('accepts block texts of the known kinds, dropping any other fields', () => {
    const parsed = parseContentMessage({ type: 'read-story', annotation, blocks: blocks.map((b) => ({ ...b, element: {} })) });
    expect(parsed).toEqual({ type: 'read-story', annotation, blocks });
  });

  it('rejects unknown kinds, non-string texts, too many blocks and too much text', () => {
    expect(parseContentMessage({ type: 'read-story', annotation, blocks: [{ kind: 'script', text: 'x' }] })).toBeNull();
    expect(parseContentMessage({ type: 'read-story', annotation, blocks: [{ kind: 'paragraph', text: 42 }] })).toBeNull();
    expect(parseContentMessage({ type: 'read-story', annotation, blocks: 'text' })).toBeNull();
    expect(parseContentMessage({ type: 'read-story', annotation: { url: 'x' }, blocks })).toBeNull();
    const many = Array.from({ length: MAX_ARTICLE_BLOCKS + 1 }, () => ({ kind: 'paragraph', text: 'a' }));
    expect(parseContentMessage({ type: 'read-story', annotation, blocks: many })).toBeNull();
    const long = [{ kind: 'paragraph', text: 'a'.repeat(MAX_ARTICLE_CHARS + 1) }];
    expect(parseContentMessage({ type: 'read-story', annotation, blocks: long })).toBeNull();
  });

  it('reads the same parties from block texts as the pipeline does from the page', () => {
    const story = readStory(annotation, blocks as never, cliEntityTagger());
    const names = story.annotation.parties.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Nikol Pashinyan', 'Robert Kocharian', 'Yerevan']));
    // Mentions point into the texts that were sent.
    for (const m of story.mentions) expect(blocks[m.block].text.slice(m.start, m.end).length).toBeGreaterThan(0);
  });
});
