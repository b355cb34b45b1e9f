/**
 * Verbs that attribute a quotation to its speaker, in the forms news prose uses them. Data: extend
 * with a test beside it.
 */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'wrote', 'writes', 'tweeted',
  'posted', 'noted', 'notes', 'explained', 'explains', 'asked', 'asks', 'warned', 'warns', 'insisted', 'insists',
  'argued', 'argues', 'declared', 'declares', 'claimed', 'claims', 'announced', 'announces', 'continued',
  'remarked', 'replied', 'responded', 'recalled', 'acknowledged', 'admitted', 'conceded', 'urged', 'urges',
  'stressed', 'stresses', 'emphasized', 'emphasised', 'commented', 'observed', 'predicted', 'concluded',
  'suggested', 'cautioned', 'complained', 'quipped', 'joked', 'shouted', 'reiterated', 'confirmed', 'denied',
  'pointed out', 'went on', 'wrote on', 'told reporters', 'said in a statement', 'vowed', 'pledged', 'promised',
  'countered', 'agreed', 'added that', 'maintained', 'testified', 'boasted', 'lamented', 'mused', 'sighed',
];

const alternation = [...SPEECH_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');

/** A speech verb as a whole word. */
export const SPEECH_VERB = new RegExp(`\\b(?:${alternation})\\b`, 'iu');

/** Every speech verb in a text, as whole words (global). */
export const SPEECH_VERB_GLOBAL = new RegExp(`\\b(?:${alternation})\\b`, 'giu');

/** "according to X" names its source after the phrase. */
export const ACCORDING_TO = /\baccording\s+to\b/iu;

/** Nouns that stand for an organisation's written word: "the statement said" speaks for its issuer. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'communique', 'communiqué', 'release', 'press release', 'report', 'letter', 'post', 'filing',
  'declaration', 'announcement', 'notice', 'memo', 'document', 'ruling', 'verdict', 'tweet', 'message',
]);

/** Personal pronouns that carry the last named speaker over. */
export const PERSON_PRONOUNS = /^(?:he|she)$/i;
export const GROUP_PRONOUNS = /^(?:they|it)$/i;
