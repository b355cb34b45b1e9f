/**
 * Words that make up titles and roles printed next to names ("Prime Minister Nikol Pashinyan",
 * "X, the chief executive of Y"). Heads are nouns that can be a role by themselves; modifiers only
 * qualify a head ("deputy", "foreign"). Lower case; a trailing "." is stripped before lookup so
 * "Gen." and "Sen." match. Data, so it grows with a test beside it.
 */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  // government and politics
  'president', 'premier', 'minister', 'chancellor', 'secretary', 'secretary-general', 'spokesman', 'spokeswoman',
  'spokesperson', 'ambassador', 'envoy', 'consul', 'governor', 'mayor', 'senator', 'sen', 'rep', 'representative',
  'congressman', 'congresswoman', 'lawmaker', 'legislator', 'mp', 'mep', 'deputy', 'speaker', 'councillor',
  'councilor', 'councilman', 'councilwoman', 'commissioner', 'chairman', 'chairwoman', 'chair', 'chairperson',
  'leader', 'head', 'candidate', 'nominee', 'president-elect', 'vice-president', 'gov', 'lt', 'attorney',
  'prosecutor', 'judge', 'justice', 'magistrate', 'ombudsman', 'official', 'diplomat', 'negotiator', 'adviser',
  'advisor', 'aide', 'counsel', 'administrator', 'director', 'director-general', 'undersecretary', 'taoiseach',
  // military and police
  'general', 'gen', 'admiral', 'adm', 'colonel', 'col', 'lieutenant', 'major', 'maj', 'captain', 'capt',
  'commander', 'cmdr', 'sergeant', 'sgt', 'marshal', 'brigadier', 'corporal', 'cpl', 'private', 'officer',
  'chief', 'sheriff', 'detective', 'inspector', 'superintendent', 'constable',
  // royalty and religion
  'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'pope', 'cardinal',
  'archbishop', 'bishop', 'imam', 'rabbi', 'ayatollah', 'patriarch', 'reverend', 'rev', 'pastor', 'father',
  // business
  'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder', 'owner', 'executive', 'manager', 'partner',
  'president-ceo', 'economist', 'analyst', 'strategist', 'investor', 'banker', 'trader', 'chairman-ceo',
  // professions
  'professor', 'prof', 'dr', 'doctor', 'researcher', 'scientist', 'lawyer', 'dean', 'lecturer', 'teacher',
  'journalist', 'correspondent', 'editor', 'reporter', 'columnist', 'author', 'writer', 'activist', 'coach',
  'captain', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'quarterback', 'player', 'actor',
  'actress', 'singer', 'director', 'producer', 'artist', 'founder', 'expert', 'historian', 'epidemiologist',
]);

/** Words that qualify a role head. "former", "ex-" and the like are kept in the role. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'prime', 'foreign', 'defense', 'defence', 'finance', 'interior', 'health', 'education', 'economy', 'economic',
  'trade', 'energy', 'environment', 'agriculture', 'transport', 'culture', 'labour', 'labor', 'justice', 'home',
  'state', 'deputy', 'vice', 'assistant', 'associate', 'acting', 'interim', 'former', 'ex', 'then', 'late',
  'outgoing', 'incoming', 'chief', 'executive', 'general', 'supreme', 'senior', 'junior', 'lead', 'managing',
  'federal', 'national', 'regional', 'district', 'county', 'city', 'police', 'army', 'military', 'navy', 'naval',
  'air', 'force', 'opposition', 'party', 'foreign-affairs', 'affairs', 'security', 'intelligence', 'press',
  'communications', 'operating', 'financial', 'technology', 'technical', 'information', 'research', 'head',
  'co', 'joint', 'staff', 'presidential', 'parliamentary', 'u.s.', 'us', 'crown', 'grand', 'high', 'chief-of-staff',
  'white', 'house', 'special', 'principal', 'permanent', 'union', 'team', 'club', 'campaign', 'public', 'minority',
  'majority', 'first', 'second', 'attorney', 'secretary', 'minister', 'sen.', 'of', 'for', 'and',
]);

/** Lead words kept lower case at the start of a role ("Former President" → "former President"). */
export const ROLE_TIME_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'then', 'late', 'outgoing', 'incoming', 'acting', 'interim']);

/** The normalised lookup form of one word of a role. */
export function roleKey(word: string): string {
  return word.toLowerCase().replace(/[.’']$/, '').replace(/^ex-$/, 'ex');
}
