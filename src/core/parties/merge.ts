import type { PartyType } from '../types';
import type { Mention } from './mentions';
import { ALSO_KNOWN_AS } from './alias-phrases';
import { leadingAndTrailingRuns, ShorterFormIndex } from './name-index';

/** Mentions of one party after merging, in document order. */
export interface MentionCluster {
  type: PartyType;
  name: string;
  aliases: string[];
  mentions: Mention[];
}

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'der', 'die', 'das', 'von', 'van', 'al', 'el', '&']);

/**
 * Groups mentions that name the same party: case and possessive variants ("AZERBAIJAN", "Azerbaijan's"),
 * a surname or first name after a full name ("Pashinyan" → "Nikol Pashinyan"), an acronym given
 * with or matching its expansion ("National Security Service (NSS)", "NSS"), and the short form of a
 * longer organisation name ("General Staff" → "General Staff of the Armenian army"). Each cluster
 * gets the type most of its mentions have, so one party has one type across the article.
 */
export function mergeMentions(mentions: readonly Mention[], blocks: readonly string[]): MentionCluster[] {
  const groups = groupByKey(mentions);
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (short: number, long: number) => {
    const a = find(short);
    const b = find(long);
    if (a !== b) parent[a] = b;
  };

  linkDeclaredAcronyms(groups, blocks, union);
  linkAlsoKnownAs(groups, blocks, union);
  // A longer name a group shortens starts or ends with its words, or has its letters as initials.
  const longer = new ShorterFormIndex(groups.length, function* (i) {
    yield* leadingAndTrailingRuns(groups[i].tokens);
    if (groups[i].tokens.length >= 2) yield initialsOf(groups[i]);
  });
  for (let i = 0; i < groups.length; i++) {
    const target = longerNameFor(groups[i], groups, longer.itemsFor(groups[i].key));
    if (target !== null) union(i, target);
  }

  const clusters = new Map<number, Group[]>();
  groups.forEach((g, i) => {
    const root = find(i);
    const members = clusters.get(root);
    if (members) members.push(g);
    else clusters.set(root, [g]);
  });
  return [...clusters.values()].map(toCluster).sort((a, b) => firstPosition(a) - firstPosition(b));
}

interface Group {
  key: string;
  tokens: string[];
  mentions: Mention[];
  type: PartyType;
}

/** Past this many names the {@link nameKey} memo starts over. */
const NAME_KEY_MEMO_LIMIT = 10_000;
const nameKeys = new Map<string, string>();

/** The comparison key of a name: folded case and accents, punctuation and leading articles dropped. */
export function nameKey(text: string): string {
  // Every mention's key is asked for several times (grouping, clusters, aliases, outlets): memoised.
  let key = nameKeys.get(text);
  if (key === undefined) {
    if (nameKeys.size >= NAME_KEY_MEMO_LIMIT) nameKeys.clear();
    key = foldName(text);
    nameKeys.set(text, key);
  }
  return key;
}

function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/\.(?=\p{L})/gu, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .replace(/(?:^| )the(?= |$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function groupByKey(mentions: readonly Mention[]): Group[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = nameKey(m.text);
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  return [...byKey].map(([key, list]) => ({ key, tokens: key.split(' '), mentions: list, type: majorityType(list) }));
}

function majorityType(list: readonly Mention[]): PartyType {
  const counts = new Map<PartyType, number>();
  for (const m of list) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  let best: PartyType = list[0].type;
  for (const [type, n] of counts) if (n > (counts.get(best) ?? 0)) best = type;
  return best;
}

/** "National Security Service (NSS)" and "NSS (National Security Service)" declare an alias. */
function linkDeclaredAcronyms(groups: Group[], blocks: readonly string[], union: (a: number, b: number) => void): void {
  const index = new Map(groups.map((g, i) => [g.key, i]));
  groups.forEach((g, i) => {
    for (const m of g.mentions) {
      const after = blocks[m.block]?.slice(m.end, m.end + 60) ?? '';
      const paren = /^\s*\(([^()]{2,60})\)/.exec(after);
      if (!paren) continue;
      const j = index.get(nameKey(paren[1]));
      if (j === undefined || j === i || groups[j].type !== g.type) continue;
      // "MADRID (AP)" is a dateline, not a name and its acronym: the two must start alike.
      if (groups[j].key[0] !== g.key[0]) continue;
      // The longer form is the name; the other becomes its alias.
      if (groups[j].tokens.length > g.tokens.length) union(i, j);
      else union(j, i);
    }
  });
}


/** "Nagorno-Karabakh, also known as Upper Karabakh": the second name is an alias of the first, whatever its label. */
function linkAlsoKnownAs(groups: Group[], blocks: readonly string[], union: (a: number, b: number) => void): void {
  const groupOf = new Map<Mention, number>();
  groups.forEach((g, i) => g.mentions.forEach((m) => groupOf.set(m, i)));
  const ordered = [...groupOf.keys()].sort((a, b) => a.block - b.block || a.start - b.start);
  for (let k = 0; k + 1 < ordered.length; k++) {
    const a = ordered[k];
    const b = ordered[k + 1];
    if (a.block !== b.block || b.start - a.end > 40) continue;
    if (!ALSO_KNOWN_AS.test(blocks[a.block].slice(a.end, b.start))) continue;
    const ga = groupOf.get(a)!;
    const gb = groupOf.get(b)!;
    if (ga === gb) continue;
    groups[gb].type = groups[ga].type;
    for (const m of groups[gb].mentions) m.type = groups[ga].type;
    union(gb, ga);
  }
}

/**
 * The group whose name this group's name shortens, if exactly one does: a surname or a first name
 * of a person, the initials of an organisation, or a shorter form of an organisation's name.
 * `candidates` (ascending) holds every group that may be one; the others are never.
 */
function longerNameFor(short: Group, groups: readonly Group[], candidates: readonly number[]): number | null {
  let found: number | null = null;
  for (const i of candidates) {
    const long = groups[i];
    if (long === short || long.tokens.length <= short.tokens.length) continue;
    if (!shortens(short, long)) continue;
    if (found !== null && groups[found].key !== long.key) {
      // Two people share the surname: only a longer name containing the other one resolves it.
      if (!long.key.includes(groups[found].key) && !groups[found].key.includes(long.key)) return null;
      if (long.tokens.length < groups[found].tokens.length) continue;
    }
    found = i;
  }
  return found;
}

function shortens(short: Group, long: Group): boolean {
  if (isAcronymOf(short, long)) return true;
  const s = short.tokens;
  const l = long.tokens;
  if (long.type === 'person') {
    // A place is not a person's surname ("Washington" the city beside "George Washington"); a tagger's
    // organisation label on a bare surname is a common confusion and still merges.
    if (short.type === 'place') return false;
    const tail = l.slice(l.length - s.length).join(' ');
    const head = l.slice(0, s.length).join(' ');
    return tail === short.key || (s.length === 1 && head === short.key && short.type === 'person');
  }
  if (short.type !== long.type) return false;
  if (long.type === 'organization') {
    // "General Staff" → "General Staff of the Armenian army"; "Security Council" → "UN Security Council".
    return contiguous(l, s) && s.some((t) => !STOP_WORDS.has(t)) && (s.length >= 2 || l.length >= 3);
  }
  return false;
}

function contiguous(long: readonly string[], short: readonly string[]): boolean {
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let j = 0; j < short.length; j++) if (long[i + j] !== short[j]) continue outer;
    return i === 0 || i + short.length === long.length;
  }
  return false;
}

/** "NSS" for "National Security Service"; "UN" for "United Nations". */
function isAcronymOf(short: Group, long: Group): boolean {
  if (short.tokens.length !== 1 || long.tokens.length < 2) return false;
  if (long.type === 'person') return false;
  const original = short.mentions[0].text.replace(/\./g, '');
  if (!/^\p{Lu}{2,8}$/u.test(original)) return false;
  return initialsOf(long) === short.key;
}

/** "National Security Service" → "nss" (stop words skipped). */
function initialsOf(group: Group): string {
  return group.tokens.filter((t) => !STOP_WORDS.has(t)).map((t) => t[0]).join('');
}

function toCluster(groups: Group[]): MentionCluster {
  const mentions = groups.flatMap((g) => g.mentions).sort((a, b) => a.block - b.block || a.start - b.start);
  const type = majorityType(mentions);
  const name = pickName(groups);
  const seen = new Set([nameKey(name)]);
  const aliases: string[] = [];
  for (const m of mentions) {
    const key = nameKey(m.text);
    if (seen.has(key)) continue;
    seen.add(key);
    aliases.push(m.text);
  }
  return { type, name, aliases, mentions };
}

/** The fullest written form: most words, then the most frequent spelling that is not all capitals, then the longest ("of the"). */
function pickName(groups: Group[]): string {
  const longest = groups.reduce((a, b) => (b.tokens.length > a.tokens.length || (b.tokens.length === a.tokens.length && b.mentions.length > a.mentions.length) ? b : a));
  const spellings = new Map<string, number>();
  for (const m of longest.mentions) spellings.set(m.text, (spellings.get(m.text) ?? 0) + (isShouting(m.text) ? 0.1 : 1));
  const best = [...spellings].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0][0];
  // A dateline's "MADRID" or a headline's "KOCHARIAN" reads as a name; organisations keep their capitals (NATO).
  return longest.type !== 'organization' && isAllCapitals(best) ? titleCase(best) : best;
}

/** All capitals with four or more letters: "ROME", "KOCHARIAN" (not "USA" or "UK", which are written so). */
function isAllCapitals(text: string): boolean {
  return text === text.toUpperCase() && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 4;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function isShouting(text: string): boolean {
  return text.length > 4 && text === text.toUpperCase() && /\p{Lu}{3}/u.test(text);
}

function firstPosition(c: MentionCluster): number {
  const m = c.mentions[0];
  return m.block * 1e6 + m.start;
}
