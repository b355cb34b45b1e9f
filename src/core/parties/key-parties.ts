import type { Party } from '../types';
import type { BlockKind } from '../body/article-blocks';
import type { PartyMention } from './parties';

const MAX_KEY_PARTIES = 6;

/**
 * Marks the story's central parties and orders parties by importance: a party named in the headline
 * or standfirst, the lead paragraph, or often, or one that speaks, scores; the best few are key.
 */
export function rankParties(parties: readonly Party[], mentions: readonly PartyMention[], kinds: readonly BlockKind[], speakers: ReadonlySet<number>): { parties: Party[]; order: number[] } {
  const lead = kinds.indexOf('paragraph');
  const inHeadline = new Set<number>();
  const inLead = new Set<number>();
  for (const m of mentions) {
    const kind = kinds[m.block];
    if (kind === 'headline' || kind === 'standfirst') inHeadline.add(m.party);
    if (m.block === lead) inLead.add(m.party);
  }
  const score = (i: number) => parties[i].mentions + (inHeadline.has(i) ? 4 : 0) + (inLead.has(i) ? 2 : 0) + (speakers.has(i) ? 2 : 0);
  const eligible = (i: number) => inHeadline.has(i) || inLead.has(i) || speakers.has(i) || parties[i].mentions >= 3;
  const order = parties.map((_, i) => i).sort((a, b) => score(b) - score(a) || a - b);
  const key = new Set(order.filter(eligible).slice(0, MAX_KEY_PARTIES));
  return { parties: order.map((i) => ({ ...parties[i], key: key.has(i) })), order };
}
