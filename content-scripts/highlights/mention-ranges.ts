import type { ArticleBlock } from '../../src/core/body/article-blocks';
import type { PartyMention } from '../../src/core/parties/parties';

/** A page range covering one mention of a party. */
export interface MentionRange {
  party: number;
  range: Range;
}

/**
 * Maps party mentions (block + offsets into the block's text) back to ranges over the page's own
 * text nodes. Block text is the element's text content character for character, so an offset is
 * found by walking the element's text nodes. Mentions whose element left the page or whose text
 * changed since it was read are skipped.
 */
export function mentionRanges(blocks: readonly ArticleBlock[], mentions: readonly PartyMention[]): MentionRange[] {
  const byBlock = new Map<number, PartyMention[]>();
  for (const m of mentions) byBlock.set(m.block, [...(byBlock.get(m.block) ?? []), m]);
  const out: MentionRange[] = [];
  for (const [index, list] of byBlock) {
    const block = blocks[index];
    const el = block?.element;
    if (!el || !el.isConnected) continue;
    const nodes = textNodes(el);
    const current = nodes.map((n) => n.data).join('');
    // The page changed the element since we read it (live updates): offsets no longer apply.
    if (current.length !== block.text.length) continue;
    for (const m of list) {
      const range = rangeAt(nodes, m.start, m.end);
      if (range) out.push({ party: m.party, range });
    }
  }
  return out;
}

function textNodes(el: Element): Text[] {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

function rangeAt(nodes: readonly Text[], start: number, end: number): Range | null {
  if (end <= start || !nodes.length) return null;
  let offset = 0;
  let startNode: Text | null = null;
  let startOffset = 0;
  for (const node of nodes) {
    const len = node.data.length;
    if (!startNode && start < offset + len) {
      startNode = node;
      startOffset = start - offset;
    }
    if (startNode && end <= offset + len) {
      const range = node.ownerDocument.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(node, end - offset);
      return range;
    }
    offset += len;
  }
  return null;
}
