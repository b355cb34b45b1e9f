import type { Party } from '../types';
import { mergeMentions, nameKey, type MentionCluster } from './merge';
import { toMentions, type Mention, type TaggedSpan } from './mentions';
import { parentOf } from './org-parents';
import { roleAfterName, roleBeforeName } from './roles';

/** Where a party is mentioned: block index and character offsets inside that block's text. */
export interface PartyMention {
  party: number;
  block: number;
  start: number;
  end: number;
}

/** Parties (not yet marked key) and every placed mention of each. */
export interface PartyExtraction {
  parties: Party[];
  mentions: PartyMention[];
}

/**
 * Builds the article's parties from tagged spans over its text blocks: mentions are cleaned, extended
 * over their parent organisation ("General Staff of the Armenian army"), merged by name, given the
 * role the text states and counted. `exclude` names outlets (the publisher, credited agencies) whose
 * credit lines and datelines are not parties of the story.
 */
export function buildParties(blocks: readonly string[], spans: readonly TaggedSpan[], exclude: readonly string[] = []): PartyExtraction {
  const raw = toMentions(spans, blocks);
  // A parent is looked for among the mentions of the same block: by block, a long page is not mentions².
  const byBlock = new Map<number, Mention[]>();
  for (const m of raw) {
    const list = byBlock.get(m.block);
    if (list) list.push(m);
    else byBlock.set(m.block, [m]);
  }
  const parents = new Map<Mention, string>();
  const mentions = raw.map((m) => {
    const p = parentOf(m, blocks[m.block], byBlock.get(m.block)!);
    if (!p) return m;
    const extended = { ...m, end: p.end, text: p.text };
    parents.set(extended, p.parent);
    return extended;
  });
  const excluded = new Set(exclude.map(nameKey).filter(Boolean));
  const clusters = mergeMentions(mentions, blocks).filter((c) => !excluded.has(nameKey(c.name)) && !c.aliases.some((a) => excluded.has(nameKey(a))));
  const parties: Party[] = [];
  const placed: PartyMention[] = [];
  for (const cluster of clusters) {
    const index = parties.length;
    parties.push({
      name: cluster.name,
      type: cluster.type,
      role: cluster.type === 'person' ? roleOf(cluster, blocks) : null,
      parent: cluster.mentions.map((m) => parents.get(m)).find((p) => p !== undefined) ?? null,
      aliases: cluster.aliases,
      mentions: cluster.mentions.length,
      key: false,
    });
    for (const m of cluster.mentions) placed.push({ party: index, block: m.block, start: m.start, end: m.end });
  }
  return { parties, mentions: placed };
}

/** The first role the article gives a person: a title before a mention or an apposition after it. */
function roleOf(cluster: MentionCluster, blocks: readonly string[]): string | null {
  for (const m of cluster.mentions) {
    const text = blocks[m.block];
    const role = roleBeforeName(text.slice(0, m.start)) ?? roleAfterName(text.slice(m.end));
    if (role) return role;
  }
  return null;
}
