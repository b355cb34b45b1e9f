/**
 * url-shape.ts as it was before its regular expressions were replaced by table lookups and string
 * checks (each pattern costs its compilation on every page the content script runs on). Kept as the
 * reference the new code is compared with (url-shape-tables.test.ts). The word tables that were
 * already sets are shared with it; only what the expressions did is kept here.
 *
 * What a URL's shape says about the page: article URLs carry a multi-word slug, a date or a long
 * numeric id; listing and utility pages live at "/", "/tag/…", "/search?q=…", "/author/…" and so on.
 * Pure string work, no DOM.
 */

import { LISTING_SEGMENTS, MEDIA_SEGMENTS, SEARCH_PARAMS, UTILITY_SEGMENTS, type UrlShape } from '../../../../src/core/detect/url-shape';

/** First host labels of utility hosts (web apps, shops, docs, forums). */
const UTILITY_HOSTS = /^(?:mail|webmail|app|apps|accounts?|login|auth|signin|shop|store|docs?|developers?|forums?|community|wiki|support|help|status|dashboard|console|admin|my)\./i;

/** Path segments that mark an article page. */
const ARTICLE_WORDS = /^(?:article|articles|artikel|articulo|story|stories|news|post|posts|blog|entry|entries|nachrichten|noticia|noticias|nouvelle|actualite|articleshow|storyid|a|p|ar|cms|opinion|opinions|column|columns|feature|features|review|reviews|analysis|live|liveblog|report|reports|press-release|news-release|news-releases|insights|magazine)$/i;

/** Analyses the URL. Unparseable URLs give an all-neutral shape. */
export function urlShapeByRegex(url: string): UrlShape {
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
  if (segments.length && /^(?:index|default|home)\.(?:html?|php|aspx?|shtml|jsp)$/i.test(segments[segments.length - 1])) segments.pop();
  // A leading language/edition code ("/en/", "/en-us/", "/intl/") does not count either.
  const meaningful = segments.filter((s, i) => !(i === 0 && /^(?:[a-z]{2}(?:[-_][a-z]{2})?|intl|international|edition)$/i.test(s)));
  shape.depth = meaningful.length;
  shape.isHome = meaningful.length === 0;

  const hostMatch = UTILITY_HOSTS.exec(u.hostname);
  if (hostMatch) shape.utilityHost = hostMatch[0].slice(0, -1).toLowerCase();
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
    const seg = meaningful[i].toLowerCase().replace(/\.(?:html?|php|aspx?|shtml|jsp|cms|htm)$/, '');
    if (!shape.listing && LISTING_SEGMENTS.has(seg)) {
      shape.listing = seg;
      listingAt = i;
    }
    if (!shape.utility && UTILITY_SEGMENTS.has(seg)) shape.utility = seg;
    if (!shape.media && MEDIA_SEGMENTS.has(seg)) shape.media = seg;
    if (!shape.articleWord && ARTICLE_WORDS.test(seg)) shape.articleWord = seg;
    const words = slugWords(seg);
    if (words > shape.slugWords) shape.slugWords = words;
    const id = isIdLike(seg);
    if (id) shape.hasId = true;
    // A story's own leaf after a listing segment: a slug, an id, or a post number that is no year
    // ("/archives/2562", but not "/page/2" or "/archives/2019").
    if (i === meaningful.length - 1 && i > listingAt && listingAt >= 0) {
      leafIsArticle = words >= 3 || id || (/^\d{4,}$/.test(seg) && !/^(?:19[9]\d|20[0-3]\d)$/.test(seg));
    }
  }
  // Pages addressed by query parameters (`scan.php?page=news_item&px=Some-Story-Slug`, `story?id=4423`).
  let queryKeys = 0;
  for (const [key, value] of u.searchParams) {
    if (++queryKeys > 20) break;
    // Tracking parameters and URL-valued ones (return addresses) say nothing about this page.
    // Search terms are not slugs.
    if (TRACKING_PARAM.test(key) || SEARCH_PARAMS.includes(key.toLowerCase()) || value.length > 300 || /[/:]/.test(value)) continue;
    const v = value.toLowerCase();
    const words = slugWords(v);
    if (words > shape.slugWords) shape.slugWords = words;
    if (/^(?:id|aid|sid|oid|p|story|storyid|article|articleid|newsid|contentid|itemid|nid)$/i.test(key) && /^\d{3,}$/.test(v)) shape.hasId = true;
    else if (isIdLike(v)) shape.hasId = true;
  }
  const joined = '/' + meaningful.join('/');
  // A date followed by the story's own leaf; "/2024/05/" alone is a date archive, not a story.
  const leaf = meaningful[meaningful.length - 1] ?? '';
  const leafIsDatePart = /^(?:\d{1,2}|(?:19|20)\d\d|[a-z]{3})$/i.test(leaf);
  if (
    !leafIsDatePart &&
    (/\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2]|[a-z]{3})(?:\/|$)/i.test(joined) ||
      /(?:^|[^\d])(?:19|20)\d\d[-_](?:0[1-9]|1[0-2])[-_](?:0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.test(joined) ||
      /(?:^|[^\d])(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[^\d]|$)/.test(joined))
  ) {
    shape.hasDate = true;
  }
  // "/archives/2019/04/some-story.html", "/topics/alert20190402.html": a listing segment followed by a
  // story's own leaf is a permalink structure, not a listing.
  if (shape.listing && (leafIsArticle || (shape.hasDate && listingAt < meaningful.length - 1 && !/^\d+$/.test(meaningful[meaningful.length - 1])))) {
    shape.listing = null;
  }
  shape.singleWordPath = meaningful.length === 1 && shape.slugWords <= 2 && !shape.hasId && !shape.hasDate;
  return shape;
}

/** Query parameters that track campaigns or referrers, not the page's identity. */
const TRACKING_PARAM = /^(?:utm_.*|mc_.*|fbclid|gclid|ref|ref_.*|src|source|cid|cmpid|ito|soc_.*|li|lo|ocid|partner|smid|wt\..*|ncid|sr_share|share|via|s_cid|icid|intcmp|sh|xtor|at_.*|spm|from|_ga|amp)$/i;

/** Words (two letters or more) of a slug separated by -, _, + or spaces. */
function slugWords(seg: string): number {
  return seg.split(/[-_+\s]+|%20/).filter((w) => /\p{L}{2,}/u.test(w)).length;
}

/** A long numeric id, an id suffix ("-n1252739", "_5459325_3234") or a long hex/alnum token. */
function isIdLike(seg: string): boolean {
  return /^\d{5,}$/.test(seg) || /\d{6,}/.test(seg) || /^(?=[a-z0-9]*\d)[a-z0-9]{16,}$/i.test(seg) || /[-_](?:\d{5,}|[a-z]?\d{4,}[a-z0-9]*)$/i.test(seg);
}
