import type { Mention } from './mentions';

/**
 * Lower-case nouns that name an institution when a proper adjective or name comes before them
 * ("the Armenian army", "the Turkish parliament"), so "General Staff of the Armenian army" names
 * the General Staff's parent.
 */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'army', 'military', 'navy', 'air force', 'armed forces', 'police', 'government', 'cabinet', 'parliament',
  'senate', 'congress', 'assembly', 'ministry', 'administration', 'presidency', 'judiciary', 'court',
  'party', 'company', 'group', 'bank', 'university', 'church', 'federation', 'league', 'union', 'council',
  'commission', 'agency', 'service', 'forces', 'guard', 'coalition', 'opposition', 'embassy', 'consulate',
]);

/** Organisations that belong to a parent when followed by "of …" ("Ministry of Defence" is one name, not a parent). */
const SUBUNIT_HEADS = /\b(?:staff|command|council|committee|board|division|department|directorate|office|bureau|branch|unit|wing|brigade|corps|regiment|battalion|secretariat|faculty|school|institute|chapter|section|commission|chamber|headquarters|cabinet)$/i;

/** A mention extended over its "of the …" parent, and that parent. */
export interface ParentedMention {
  end: number;
  text: string;
  parent: string;
}

/**
 * "the General Staff of the Armenian army" → parent "Armenian army", full name "General Staff of the
 * Armenian army". Only for sub-units (a staff, a committee, a department) followed by "of" and a
 * proper adjective or name with an institution noun, or a tagged organisation or place.
 */
export function parentOf(mention: Mention, text: string, others: readonly Mention[]): ParentedMention | null {
  if (mention.type !== 'organization' || !SUBUNIT_HEADS.test(mention.text)) return null;
  const after = text.slice(mention.end, mention.end + 80);
  const of = /^\s+of\s+(?:the\s+)?/.exec(after);
  if (!of) return null;
  const from = mention.end + of[0].length;
  // A tagged organisation or place right after "of": its name is the parent.
  const tagged = others.find((o) => o.block === mention.block && o.start === from && o.type !== 'person');
  if (tagged) return { end: tagged.end, text: text.slice(mention.start, tagged.end), parent: tagged.text };
  const m = /^((?:\p{Lu}[\p{L}’'.-]*\s+){1,3})([\p{Ll}]+(?:\s+[\p{Ll}]+)?)\b/u.exec(text.slice(from, from + 60));
  if (!m) return null;
  const noun = INSTITUTION_NOUNS.has(m[2]) ? m[2] : INSTITUTION_NOUNS.has(m[2].split(' ')[0]) ? m[2].split(' ')[0] : null;
  if (!noun) return null;
  const parent = `${m[1]}${noun}`;
  const end = from + parent.length;
  return { end, text: text.slice(mention.start, end), parent };
}
