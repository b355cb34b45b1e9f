/**
 * Words that look like a section name but say nothing about the desk a story belongs to. Compared
 * lower-case, whole value, after trimming. Real desks ("World", "Politik", "Welt", "国際", "Pasaulē") are
 * never listed here, whatever language they are in.
 */
export const SECTION_WORDS = {
  /**
   * CMS placeholders: a category field left at its default, or the page type written where a section
   * belongs. They are never a section, not even when nothing else names one.
   */
  placeholders: [
    'article', 'articles', 'story', 'stories', 'post', 'posts', 'page', 'content', 'default', 'general',
    'uncategorized', 'uncategorised', 'unknown', 'none', 'null', 'undefined', 'misc', 'other', 'home',
    'homepage', 'top', 'top stories', 'latest', 'latest news', 'main', 'index', 'all', 'item',
    'allgemein', 'sonstiges', 'artikel', 'divers', 'général', 'genel', 'umum',
    'lainnya', 'varios', 'geral', 'varie', 'разное', '其他', '未分类', 'その他', '기타',
  ],
  /**
   * "News" in the languages we read. On a news site it is the whole site, so it loses to any more
   * specific source; when it is the only label the site gives (meta, JSON-LD, breadcrumb, a link above
   * the story), it is kept as the last resort: it still tells news from opinion or sport.
   */
  news: [
    'news', 'the news', 'nachrichten', 'aktuelles', 'aktuell', 'meldungen', 'noticias', 'notícias', 'notizie',
    'actualités', 'actualites', 'actualité', 'infos', 'info', 'nieuws', 'nyheter', 'nyheder', 'uutiset',
    'wiadomości', 'wiadomosci', 'zprávy', 'správy', 'hírek', 'știri', 'stiri', 'vijesti', 'vesti', 'вести',
    'новости', 'новини', 'навіни', 'ειδήσεις', 'haberler', 'haber', 'gündem', 'ziņas', 'zinas', 'naujienos', 'uudised',
    'berita', 'tin tức', 'balita', 'ニュース', '新闻', '新聞', '资讯', '資訊', '뉴스', 'أخبار', 'اخبار',
    'חדשות', 'समाचार', 'خبریں',
  ],
} as const;

/**
 * URL path segments that are routes, editions or formats rather than sections: skipped when the section
 * is read from the URL, and when a link's path is compared with the page's own path.
 */
export const ROUTE_SEGMENTS = {
  /** "Article", "story", "post", "news" as a route word, in the languages we read ("/raksts/…", "/haber/…"). */
  routes: [
    'article', 'articles', 'story', 'stories', 'news', 'post', 'posts', 'p', 'a', 's', 'n', 'c', 'id', 'doc',
    'content', 'contents', 'detail', 'details', 'read', 'view', 'item', 'items', 'entry', 'node', 'page',
    'pages', 'cms', 'index', 'html', 'www', 'artikel', 'artikkel', 'artykul', 'articolo', 'articoli', 'articulo',
    'artigo', 'noticia', 'noticias', 'notizia', 'notizie', 'nachrichten', 'meldung', 'haber', 'haberler',
    'raksts', 'zinas', 'straipsnis', 'clanek', 'clanok', 'clanak', 'cikk', 'articol', 'articole', 'stiri', 'știri',
    'stire', 'știre', 'novosti', 'novost', 'makale',
    'statya', 'nieuws', 'berita', 'baca', 'read-more', 'actualites', 'actualite', 'info', 'infos',
  ],
  /** Language and edition prefixes ("/en/", "/en-us/", "/zh-hans/", "/zhongwen/simp/", "/english/", "/amp/"). */
  editions: [
    'en_us', 'en_gb', 'zh-hans', 'zh-hant', 'zh-cn', 'zh-tw', 'zh-hk', 'simp', 'trad', 'zhongwen', 'english',
    'edition', 'editions', 'intl', 'international', 'amp', 'mobile', 'm', 'print', 'lite',
  ],
  /** Feed file names and folders: "/chinese_news/index.xml", "/world/rss", "/feeds/…". */
  feeds: ['rss', 'atom', 'feed', 'feeds', 'rss.xml', 'atom.xml', 'feed.xml', 'index.xml', 'index.rss'],
} as const;
