/**
 * Weights of the article detector's signals, in log-odds units: the detector adds the weights of the
 * signals it sees to {@link PRIOR} and turns the sum into a confidence with the logistic function
 * (a sum of 0 is confidence 0.5, +2 ≈ 0.88, −2 ≈ 0.12). Positive weights say "article", negative ones
 * "not an article". The values were set by hand from what each signal means on real pages, then
 * checked against the dev corpus (all articles) and the negative fixtures (none are); they are not
 * fitted to individual pages.
 */
export const W = {
  /** Before any evidence: most pages on the web are not articles. */
  PRIOR: -1.0,

  // ── JSON-LD ────────────────────────────────────────────────────────────────────────────
  /** The page's main node is a NewsArticle (or Article, Report, LiveBlogPosting and the news subtypes). */
  LD_NEWS_ARTICLE: 2.5,
  /** The page's main node is a BlogPosting. */
  LD_BLOG_POSTING: 2.0,
  /** The page's main node is a TechArticle or ScholarlyArticle (documentation and papers use these too). */
  LD_OTHER_ARTICLE: 1.0,
  /** The article node has both a headline and a datePublished. */
  LD_ARTICLE_COMPLETE: 0.5,
  /** Three or more distinct top-level article nodes: a feed of teasers, not one article. */
  LD_ARTICLE_FEED: -1.5,
  /** An ItemList of three or more entries and no main article: a listing page. */
  LD_ITEM_LIST: -1.2,
  /** CollectionPage (section fronts, tag pages). */
  LD_COLLECTION_PAGE: -2.0,
  /** SearchResultsPage. */
  LD_SEARCH_RESULTS: -3.0,
  /** ProfilePage, AboutPage, ContactPage, CheckoutPage. */
  LD_PROFILE_PAGE: -2.5,
  /** FAQPage, QAPage. */
  LD_QA_PAGE: -1.5,
  /** VideoObject, PodcastEpisode, AudioObject… and no article node: the media is the page. */
  LD_MEDIA_MAIN: -2.0,
  /** Product (or Offer) schema: a shop page. Halved when the page also has an article node (reviews). */
  LD_PRODUCT: -2.5,
  /** SocialMediaPosting / DiscussionForumPosting and no article node: a post or a thread. */
  LD_SOCIAL_POST: -2.0,
  /** SoftwareSourceCode / SoftwareApplication and no article node. */
  LD_SOFTWARE: -2.0,
  /** Person or Event as the only main thing: a profile or event page. */
  LD_PERSON_OR_EVENT: -1.0,

  // ── Microdata ──────────────────────────────────────────────────────────────────────────
  /** One or two microdata items of an article type (counted only when JSON-LD has no article). */
  MICRODATA_ARTICLE: 2.0,
  /** Three or more microdata article items: teaser cards. */
  MICRODATA_ARTICLE_FEED: -1.0,

  // ── <meta> ─────────────────────────────────────────────────────────────────────────────
  /** og:type=article. Publishers also put it on section fronts, so it is not decisive. */
  OG_ARTICLE: 1.0,
  /** og:type=website. Some publishers put it on articles, so it is mild. */
  OG_WEBSITE: -0.6,
  /** og:type=video.* or music.*. */
  OG_MEDIA: -1.5,
  /** og:type=product or profile. */
  OG_PRODUCT_OR_PROFILE: -2.5,
  /** og:type=book or books.*. */
  OG_BOOK: -1.0,
  /** A publication-time meta (article:published_time and its many aliases). */
  META_PUBLISHED: 1.0,
  /** product:price:amount / og:price:amount meta. */
  META_PRICE: -2.0,
  /** The title or main heading says "page not found" / 404. Counted once. */
  ERROR_PAGE: -3.0,
  /** A documentation generator (Sphinx, MkDocs, Docusaurus, VitePress, rustdoc…). */
  DOCS_GENERATOR: -1.5,
  /** generator=MediaWiki or MediaWiki page markup: an encyclopedia/wiki page. */
  MEDIAWIKI: -3.0,

  // ── URL ────────────────────────────────────────────────────────────────────────────────
  URL_HOME: -3.0,
  /** A search query on a search path. */
  URL_SEARCH: -2.5,
  /** /tag/, /topics/, /category/, /section/, /author/, /page/N … */
  URL_LISTING: -1.5,
  /** /about, /login, /docs/, /shop/, /weather … */
  URL_UTILITY: -1.5,
  /** /video/, /podcast/, /gallery/, /status/ … */
  URL_MEDIA: -1.0,
  /** A single short path segment such as /world: looks like a section front. */
  URL_SECTION_LIKE: -0.8,
  /** A slug of five or more words. */
  URL_LONG_SLUG: 1.0,
  /** A slug of three or four words. */
  URL_SHORT_SLUG: 0.5,
  /** A date in the path. */
  URL_DATE: 0.8,
  /** A long numeric id in the path. */
  URL_ID: 0.5,
  /** A path word such as /article/ or /story/ (with a slug, date or id). */
  URL_ARTICLE_WORD: 0.3,
  /** URL evidence is capped: the URL alone never makes an article. */
  URL_MAX_POSITIVE: 1.8,
  URL_MAX_NEGATIVE: -3.0,

  // ── Page structure (one element pass) ────────────────────────────────────────────────────
  /** ≥ 5 links into a repository tree (/blob/, /tree/): a code-hosting page. */
  CODE_HOSTING: -2.5,
  /** Price / add-to-cart markup. */
  SHOP_MARKUP: -1.5,
  /** Many `<article>` elements: teaser cards. */
  MANY_ARTICLE_ELEMENTS: -0.8,
  /** One or two `<article>` elements. */
  ONE_ARTICLE_ELEMENT: 0.3,
  /** An infobox (encyclopedia layout). */
  ENCYCLOPEDIA_LAYOUT: -0.8,

  // ── Text (the paragraph walk) ──────────────────────────────────────────────────────────
  /** Dominant text block: ≥ 3000 weighted chars in ≥ 6 paragraphs. */
  TEXT_LONG: 2.8,
  /** ≥ 1500 chars in ≥ 4 paragraphs. */
  TEXT_MEDIUM: 2.2,
  /** ≥ 800 chars in ≥ 3 paragraphs (a brief). */
  TEXT_SHORT: 1.5,
  /** ≥ 400 chars in ≥ 2 paragraphs. */
  TEXT_STUB: 0.6,
  /** Some running text, but less than a stub (250–600 chars, or one short paragraph). */
  TEXT_THIN: -0.6,
  /** Less than 250 chars of running text in any container. */
  TEXT_NONE: -1.2,
  /** The strongest text block is a list of teaser cards (a headline link per summary). */
  TEASER_LIST: -1.0,
  /** Many headline links (≥ 12) and no body of 1200+ chars. */
  MANY_TEASERS: -1.0,
  /** Very many headline links (≥ 25) and no body of 2500+ chars. */
  VERY_MANY_TEASERS: -0.8,
  /** A byline next to the body. */
  BYLINE: 0.8,
  /** A date or timestamp next to the body. */
  DATE_NEAR_BODY: 0.6,
  /** A wire-style dateline opening the body ("WASHINGTON (AP) —"). */
  DATELINE: 0.6,
  /** A headline-like `<h1>` (four words or more; or the h2/h3 that repeats the title) above the body. */
  HEADLINE: 0.3,
  /** Body text but no byline, no date and no article metadata anywhere: documentation, about pages… */
  TEXT_WITHOUT_ARTICLE_MARKS: -1.2,
  /** A password field and no body of 800+ chars: a login page. */
  LOGIN_FORM: -1.2,
  /** Infobox or table of contents, and neither byline nor date. */
  ENCYCLOPEDIA_NO_BYLINE: -1.0,
} as const;

/**
 * Largest sum the structure and text stage can add (one `<article>`, a long text block, byline,
 * date, dateline, headline); the early negative exit relies on it.
 */
export const STRUCTURE_AND_TEXT_MAX = W.ONE_ARTICLE_ELEMENT + W.TEXT_LONG + W.BYLINE + W.DATE_NEAR_BODY + W.DATELINE + W.HEADLINE;

/** Floors for signal groups that measure one underlying fact (see `Signal.group`). */
export const GROUP_CAPS: Record<'teasers', number> = {
  /** Many `<article>` cards, a teaser list as the strongest text block and many headline links all say "listing". */
  teasers: -2.2,
};

/**
 * `isArticle` is `confidence > ARTICLE_THRESHOLD`. At 0.5 the positive and negative evidence
 * balance (log-odds sum 0): a page is called an article when its article signals outweigh the prior
 * and the non-article signals, not when they only balance them. Weights are tenths, so ties are
 * common: a page of prose with no byline, date, headline or metadata (an association's history page)
 * sums to exactly 0 and is not an article.
 */
export const ARTICLE_THRESHOLD = 0.5;

/**
 * Bounds decide "not an article" only when they are at least this far below 0: sums of weights carry
 * floating-point error, and group caps scale weights to values that are not tenths.
 */
export const BOUND_MARGIN = 0.05;

/**
 * The metadata stage (meta, JSON-LD, URL) stops without looking at the page's structure and text when
 * its sum is so low that even the strongest structure and text evidence ({@link STRUCTURE_AND_TEXT_MAX})
 * could not lift it over the threshold, or at least this high: an article on metadata alone (a main
 * NewsArticle with headline and date, og:type=article, a publication time and an article-shaped URL).
 */
export const EARLY_POSITIVE = 5.0;
