/**
 * What a URL's shape says about the page: article URLs carry a multi-word slug, a date or a long
 * numeric id; listing and utility pages live at "/", "/tag/…", "/search?q=…", "/author/…" and so on.
 * Pure string work, no DOM, and (but for one letter test) no regular expressions: this runs on every
 * page, where each pattern would cost its compilation (tens of microseconds apiece in a fresh page).
 */

/** The URL's verdict: a kind plus the path piece that decided it. */
export interface UrlShape {
  /** Home page ("/", "/index.html", "/en/"). */
  isHome: boolean;
  /** A listing path segment (tag, topic, category, section, author, search, archive, page/N…), or null. */
  listing: string | null;
  /** A utility segment (about, login, contact, account, docs, shop…), or null. */
  utility: string | null;
  /** A utility host's first label (mail., shop., docs., forum., accounts.…), or null. */
  utilityHost: string | null;
  /** A media-page segment (video, podcast, gallery, status…), or null. */
  media: string | null;
  /** A search query in the query string (`?q=`, `?s=`, `?query=`…). */
  isSearch: boolean;
  /** The longest slug's word count (words separated by - or _ or %20 or +). */
  slugWords: number;
  /** A date in the path (/2016/05/24/, /2016-05-24-, /20190411…). */
  hasDate: boolean;
  /** A long numeric or hex id (≥ 5 digits, or a 16+ hex/alnum token) in the path. */
  hasId: boolean;
  /** A path segment that names an article page (article, story, news, post, blog, entry, articleshow…). */
  articleWord: string | null;
  /** Number of non-empty path segments. */
  depth: number;
  /** A single short segment such as "/world" or "/sport" (looks like a section front). */
  singleWordPath: boolean;
}

/** Path segments of listing pages. Site knowledge as data. */
export const LISTING_SEGMENTS = new Set([
  'tag', 'tags', 'topic', 'topics', 'category', 'categories', 'section', 'sections', 'author', 'authors',
  'search', 'archive', 'archives', 'page', 'people', 'profile', 'profiles', 'user', 'users', 'subject',
  'subjects', 'keyword', 'keywords', 'label', 'labels', 'series', 'collection', 'collections', 'latest',
  'themen', 'thema', 'schlagwort', 'stichwort', 'rubrik', 'autor', 'autoren', 'suche', 'etiqueta', 'tema',
  'temas', 'categoria', 'seccion', 'sujet', 'sujets', 'rubrique', 'auteur', 'recherche', 'tagged', 'hub',
  'newsletters',
]);

/** Path segments of non-article utility pages. */
export const UTILITY_SEGMENTS = new Set([
  'about', 'about-us', 'contact', 'contact-us', 'impressum', 'imprint', 'privacy', 'privacy-policy', 'terms',
  'terms-of-service', 'legal', 'careers', 'jobs', 'login', 'log-in', 'signin', 'sign-in', 'signup', 'sign-up',
  'register', 'account', 'my-account', 'subscribe', 'subscription', 'subscriptions', 'newsletter', 'cart',
  'basket', 'checkout', 'shop', 'store', 'product', 'products', 'docs', 'documentation', 'reference', 'manual',
  'help', 'support', 'faq', 'faqs', 'settings', 'weather', 'scores', 'livescores', 'standings', 'results',
  'fixtures', 'schedule', 'tv-guide', 'horoscopes', 'crosswords', 'puzzles', 'games', 'forum', 'forums',
  'wiki', 'blob', 'tree', 'commits', 'pulls', 'issues', 'releases', 'dp', 'itm', 'inbox', 'dashboard', 'admin',
]);

/** First host labels of utility hosts (web apps, shops, docs, forums). */
const UTILITY_HOSTS = new Set([
  'mail', 'webmail', 'app', 'apps', 'account', 'accounts', 'login', 'auth', 'signin', 'shop', 'store', 'doc', 'docs', 'developer',
  'developers', 'forum', 'forums', 'community', 'wiki', 'support', 'help', 'status', 'dashboard', 'console', 'admin', 'my',
]);

/** Path segments of media pages (a video or audio player is the page's main thing). */
export const MEDIA_SEGMENTS = new Set(['video', 'videos', 'watch', 'podcast', 'podcasts', 'episode', 'episodes', 'audio', 'gallery', 'galleries', 'photos', 'status', 'statuses', 'reel', 'reels', 'shorts', 'tv', 'live-tv']);

/** Path segments that mark an article page. */
const ARTICLE_WORDS = new Set([
  'article', 'articles', 'artikel', 'articulo', 'story', 'stories', 'news', 'post', 'posts', 'blog', 'entry', 'entries', 'nachrichten',
  'noticia', 'noticias', 'nouvelle', 'actualite', 'articleshow', 'storyid', 'a', 'p', 'ar', 'cms', 'opinion', 'opinions', 'column',
  'columns', 'feature', 'features', 'review', 'reviews', 'analysis', 'live', 'liveblog', 'report', 'reports', 'press-release',
  'news-release', 'news-releases', 'insights', 'magazine',
]);

/** A trailing index file ("index.html", "default.aspx") does not count as a path segment. */
const INDEX_FILES = new Set(['index', 'default', 'home']);
const INDEX_FILE_EXTENSIONS = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'shtml', 'jsp']);
/** Page extensions dropped from a segment before it is read as a word or a slug. */
const PAGE_EXTENSIONS = new Set(['html', 'htm', 'php', 'asp', 'aspx', 'shtml', 'jsp', 'cms']);
/** Leading path segments that are an edition, not a section: "/intl/", besides two-letter language codes. */
const EDITION_SEGMENTS = new Set(['intl', 'international', 'edition']);
/** Query keys whose numeric value is the page's id ("story?id=4423"). */
const ID_KEYS = new Set(['id', 'aid', 'sid', 'oid', 'p', 'story', 'storyid', 'article', 'articleid', 'newsid', 'contentid', 'itemid', 'nid']);

export const SEARCH_PARAMS = ['q', 's', 'query', 'search', 'keyword', 'keywords', 'term', 'text', 'k'];

/** Analyses the URL. Unparseable URLs give an all-neutral shape. */
export function urlShape(url: string): UrlShape {
  const shape: UrlShape = {
    isHome: false, listing: null, utility: null, utilityHost: null, media: null, isSearch: false, slugWords: 0, hasDate: false,
    hasId: false, articleWord: null, depth: 0, singleWordPath: false,
  };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return shape;
  }
  let path = u.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  if (path.length > 1000) path = path.slice(0, 1000);
  const segments = path.split('/').filter(Boolean);
  // A trailing index file does not count as a segment.
  if (segments.length && isIndexFile(segments[segments.length - 1])) segments.pop();
  // A leading language/edition code ("/en/", "/en-us/", "/intl/") does not count either.
  const meaningful = segments.filter((s, i) => !(i === 0 && isEditionSegment(s)));
  shape.depth = meaningful.length;
  shape.isHome = meaningful.length === 0;

  const firstLabel = u.hostname.includes('.') ? u.hostname.slice(0, u.hostname.indexOf('.')).toLowerCase() : '';
  if (UTILITY_HOSTS.has(firstLabel)) shape.utilityHost = firstLabel;
  for (const key of SEARCH_PARAMS) {
    const v = u.searchParams.get(key);
    if (v != null && v.trim() !== '') {
      shape.isSearch = true;
      break;
    }
  }

  let listingAt = -1;
  let leafIsArticle = false;
  for (let i = 0; i < meaningful.length; i++) {
    const seg = withoutPageExtension(meaningful[i].toLowerCase());
    if (!shape.listing && LISTING_SEGMENTS.has(seg)) {
      shape.listing = seg;
      listingAt = i;
    }
    if (!shape.utility && UTILITY_SEGMENTS.has(seg)) shape.utility = seg;
    if (!shape.media && MEDIA_SEGMENTS.has(seg)) shape.media = seg;
    if (!shape.articleWord && ARTICLE_WORDS.has(seg)) shape.articleWord = seg;
    const words = slugWords(seg);
    if (words > shape.slugWords) shape.slugWords = words;
    const id = isIdLike(seg);
    if (id) shape.hasId = true;
    // A story's own leaf after a listing segment: a slug, an id, or a post number that is no year
    // ("/archives/2562", but not "/page/2" or "/archives/2019").
    if (i === meaningful.length - 1 && i > listingAt && listingAt >= 0) {
      leafIsArticle = words >= 3 || id || (seg.length >= 4 && isDigits(seg) && !(seg.length === 4 && +seg >= 1990 && +seg <= 2039));
    }
  }
  // Pages addressed by query parameters (`scan.php?page=news_item&px=Some-Story-Slug`, `story?id=4423`).
  let queryKeys = 0;
  for (const [key, value] of u.searchParams) {
    if (++queryKeys > 20) break;
    // Tracking parameters and URL-valued ones (return addresses) say nothing about this page.
    // Search terms are not slugs.
    if (isTrackingParam(key) || SEARCH_PARAMS.includes(key.toLowerCase()) || value.length > 300 || value.includes('/') || value.includes(':')) continue;
    const v = value.toLowerCase();
    const words = slugWords(v);
    if (words > shape.slugWords) shape.slugWords = words;
    if (ID_KEYS.has(key.toLowerCase()) && v.length >= 3 && isDigits(v)) shape.hasId = true;
    else if (isIdLike(v)) shape.hasId = true;
  }
  // A date followed by the story's own leaf; "/2024/05/" alone is a date archive, not a story.
  const leaf = meaningful[meaningful.length - 1] ?? '';
  const leafIsDatePart = (leaf.length <= 2 && isDigits(leaf)) || isCenturyYear(leaf) || (leaf.length === 3 && isAsciiLetters(leaf));
  if (!leafIsDatePart && (hasYearMonthFolders(meaningful) || hasCompactDate('/' + meaningful.join('/')))) shape.hasDate = true;
  // "/archives/2019/04/some-story.html", "/topics/alert20190402.html": a listing segment followed by a
  // story's own leaf is a permalink structure, not a listing.
  if (shape.listing && (leafIsArticle || (shape.hasDate && listingAt < meaningful.length - 1 && !isDigits(leaf)))) {
    shape.listing = null;
  }
  shape.singleWordPath = meaningful.length === 1 && shape.slugWords <= 2 && !shape.hasId && !shape.hasDate;
  return shape;
}

/** Query parameters that track campaigns or referrers, not the page's identity: exact names, then prefixes. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'ref', 'src', 'source', 'cid', 'cmpid', 'ito', 'li', 'lo', 'ocid', 'partner', 'smid', 'ncid', 'sr_share', 'share', 'via',
  's_cid', 'icid', 'intcmp', 'sh', 'xtor', 'spm', 'from', '_ga', 'amp',
]);
const TRACKING_PARAM_PREFIXES = ['utm_', 'mc_', 'ref_', 'soc_', 'wt.', 'at_'];

function isTrackingParam(key: string): boolean {
  const k = key.toLowerCase();
  return TRACKING_PARAMS.has(k) || TRACKING_PARAM_PREFIXES.some((p) => k.startsWith(p));
}

function isIndexFile(seg: string): boolean {
  const dot = seg.indexOf('.');
  return dot > 0 && INDEX_FILES.has(seg.slice(0, dot).toLowerCase()) && INDEX_FILE_EXTENSIONS.has(seg.slice(dot + 1).toLowerCase());
}

/** "en", "en-us", "pt_BR", "intl": a language or edition code. */
function isEditionSegment(seg: string): boolean {
  if (seg.length === 2) return isAsciiLetters(seg);
  if (seg.length === 5 && (seg[2] === '-' || seg[2] === '_')) return isAsciiLetters(seg.slice(0, 2)) && isAsciiLetters(seg.slice(3));
  return EDITION_SEGMENTS.has(seg.toLowerCase());
}

/** The segment without a page extension (".html", ".php"…); `seg` is lower case. */
function withoutPageExtension(seg: string): string {
  const dot = seg.lastIndexOf('.');
  return dot >= 0 && PAGE_EXTENSIONS.has(seg.slice(dot + 1)) ? seg.slice(0, dot) : seg;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Only ASCII digits (and at least one). */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Only ASCII letters (and at least one). */
function isAsciiLetters(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isAsciiLetter(s.charCodeAt(i))) return false;
  return true;
}

/** ASCII letters and digits only (and at least one character). */
function isAsciiAlnum(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i)) && !isAsciiLetter(s.charCodeAt(i))) return false;
  return true;
}

/** 19xx or 20xx. */
function isCenturyYear(s: string): boolean {
  return s.length === 4 && isDigits(s) && (s.startsWith('19') || s.startsWith('20'));
}

/** "/2016/05/", "/2016/5/" or "/2016/may/" as two consecutive folders. */
function hasYearMonthFolders(segments: string[]): boolean {
  for (let i = 0; i + 1 < segments.length; i++) {
    if (!isCenturyYear(segments[i])) continue;
    const m = segments[i + 1];
    if (m.length === 3 && isAsciiLetters(m)) return true;
    if (m.length === 1 && isDigits(m) && m !== '0') return true;
    if (m.length === 2 && isDigits(m) && ((m[0] === '0' && m[1] !== '0') || (m[0] === '1' && m[1] <= '2'))) return true;
  }
  return false;
}

/** "2016-05-24", "2016_05-24" or "20160524" in the path, not inside a longer number. */
function hasCompactDate(path: string): boolean {
  for (let i = 0; i + 8 <= path.length; i++) {
    if (i > 0 && isDigit(path.charCodeAt(i - 1))) continue;
    if (!isCenturyYear(path.slice(i, i + 4))) continue;
    for (const sep of [1, 0]) {
      if (sep && (!isDashOrUnderscore(path[i + 4]) || !isDashOrUnderscore(path[i + 7]))) continue;
      const month = path.slice(i + 4 + sep, i + 6 + sep);
      const dayAt = i + 6 + 2 * sep;
      const day = path.slice(dayAt, dayAt + 2);
      if (!isMonth2(month) || !isDay2(day)) continue;
      if (dayAt + 2 < path.length && isDigit(path.charCodeAt(dayAt + 2))) continue;
      return true;
    }
  }
  return false;
}

function isDashOrUnderscore(c: string | undefined): boolean {
  return c === '-' || c === '_';
}

/** 01–12, two digits. */
function isMonth2(s: string): boolean {
  return s.length === 2 && isDigits(s) && ((s[0] === '0' && s[1] !== '0') || (s[0] === '1' && s[1] <= '2'));
}

/** 01–31, two digits. */
function isDay2(s: string): boolean {
  return s.length === 2 && isDigits(s) && ((s[0] === '0' && s[1] !== '0') || s[0] === '1' || s[0] === '2' || (s[0] === '3' && s[1] <= '1'));
}

/** Two letters in a row, in any script: a slug word (not an id or a number). */
const TWO_LETTERS = /\p{L}{2}/u;

/** Words (two letters or more) of a slug separated by -, _, + or spaces. */
function slugWords(seg: string): number {
  let count = 0;
  let start = 0;
  const wordEnds = (at: number) => {
    if (at > start && TWO_LETTERS.test(seg.slice(start, at))) count++;
  };
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '-' || c === '_' || c === '+' || c.trim() === '') {
      wordEnds(i);
      start = i + 1;
    } else if (c === '%' && seg[i + 1] === '2' && seg[i + 2] === '0') {
      wordEnds(i);
      i += 2;
      start = i + 1;
    }
  }
  wordEnds(seg.length);
  return count;
}

/** A long numeric id, an id suffix ("-n1252739", "_5459325_3234") or a long hex/alnum token. */
function isIdLike(seg: string): boolean {
  if (seg.length >= 5 && isDigits(seg)) return true;
  for (let i = 0, run = 0; i < seg.length; i++) {
    run = isDigit(seg.charCodeAt(i)) ? run + 1 : 0;
    if (run >= 6) return true;
  }
  if (seg.length >= 16 && isAsciiAlnum(seg) && [...seg].some((c) => isDigit(c.charCodeAt(0)))) return true;
  // After a - or _ to the end: five digits or more ("-12345"), or a letter, four digits and letters or digits ("-n1252739").
  for (let k = 0; k < seg.length; k++) {
    if (!isDashOrUnderscore(seg[k])) continue;
    const rest = seg.slice(k + 1);
    if (rest.length >= 5 && isDigits(rest)) return true;
    const from = rest.length > 0 && isAsciiLetter(rest.charCodeAt(0)) ? 1 : 0;
    if (isDigits(rest.slice(from, from + 4)) && rest.length - from >= 4 && (rest.length === from + 4 || isAsciiAlnum(rest.slice(from + 4)))) return true;
  }
  return false;
}
