/**
 * Words that name a page zone holding other stories (comments, "most read", "read also", related
 * cards) or page chrome (menus, share bars, ads), per language. Dates and bylines in those zones are
 * not the article's. zones.ts builds its matchers from this table; the rules, stated once:
 *
 * - `tokens`: a class or id token names the zone when it starts with the word — after an optional
 *   short namespace ("c-", "js-") — followed by nothing, "s"/"es", a digit or a separator. Hyphens in
 *   a word stand for "-", "_" or nothing, and camelCase tokens are read as kebab-case, so
 *   "most-read" matches "most-read", "most_read", "mostread" and "mostRead". "comment" therefore
 *   matches "comments" and "comment-list" but never "commentary" or "commentator"; "popular"
 *   matches "popular-posts" but never "popularity".
 * - `infixes`: compound words that name the zone wherever they stand between separators in a token
 *   ("td-related-posts", "box-mais-lidas"); only compounds, whose meaning does not depend on position.
 * - `headings`: the whole text of a heading — h2–h4, role="heading", a bold label or an element whose
 *   class names a title — compared accent-, case- and punctuation-free, a trailing count ignored
 *   ("Comentarios (2)"). The heading names the box it opens, or the list right after it. Never a
 *   prefix: "Popular uprising in …" is a headline, "Popular" is a box.
 *
 * Tokens are written in ASCII as class names are (accents dropped, "ı" → "i"); tokens with accents or
 * in other scripts are folded before matching. Where a language's singular also names an opinion
 * piece (German and Polish "Kommentar"/"komentarz", Dutch "commentaar", Turkish "yorum", Italian
 * "commento", Russian "комментарий"), only the plural, which names the readers' comments, is listed.
 */

export type ZoneKind = 'comments' | 'most-read' | 'read-also' | 'other-stories' | 'chrome';

export interface ZoneWords {
  /** ISO 639-1 code; '*' for words read the same in every language (product names). */
  lang: string;
  kind: ZoneKind;
  tokens?: readonly string[];
  infixes?: readonly string[];
  headings?: readonly string[];
}

export const ZONE_WORDS: readonly ZoneWords[] = [
  // ── Comments: readers' names and comment times look like bylines and datelines.
  // Comment platforms embedded under the article.
  { lang: '*', kind: 'comments', tokens: ['disqus', 'comment', 'discussion'] },
  { lang: 'en', kind: 'comments', headings: ['comments', 'comment', 'reader comments', 'join the conversation', 'leave a comment', 'leave a reply'] },
  // "commentaire" is a reader's comment; opinion pieces are "tribune", "chronique".
  { lang: 'fr', kind: 'comments', tokens: ['commentaire'], headings: ['commentaires', 'vos commentaires', 'laisser un commentaire'] },
  // Singular "Kommentar" is also an opinion piece: plural only.
  { lang: 'de', kind: 'comments', tokens: ['kommentare', 'leserkommentare'], headings: ['kommentare', 'leserkommentare', 'ihre meinung'] },
  { lang: 'es', kind: 'comments', tokens: ['comentario'], headings: ['comentarios', 'comentarios de los lectores', 'deja tu comentario', 'deja un comentario'] },
  // "commento" is also an editorial comment: plural only.
  { lang: 'it', kind: 'comments', tokens: ['commenti'], headings: ['commenti', 'i commenti dei lettori', 'lascia un commento'] },
  { lang: 'pt', kind: 'comments', tokens: ['comentario'], headings: ['comentários', 'comentários dos leitores', 'deixe seu comentário', 'deixe um comentário'] },
  // "commentaar" is an opinion piece; readers' comments are "reacties".
  { lang: 'nl', kind: 'comments', tokens: ['reacties', 'reactie'], headings: ['reacties', 'reageer', 'praat mee'] },
  // "komentarz" is also a commentary piece: plural only.
  { lang: 'pl', kind: 'comments', tokens: ['komentarze'], headings: ['komentarze', 'komentarze czytelników', 'dodaj komentarz'] },
  // "Yorum" is also the opinion section: plural only.
  { lang: 'tr', kind: 'comments', tokens: ['yorumlar'], headings: ['yorumlar', 'okur yorumları', 'yorum yap', 'yorum yazın'] },
  { lang: 'ru', kind: 'comments', tokens: ['kommentarii', 'комментарии'], headings: ['комментарии', 'комментарии читателей'] },
  { lang: 'ja', kind: 'comments', headings: ['コメント', 'みんなのコメント', '読者のコメント'] },
  { lang: 'zh', kind: 'comments', headings: ['评论', '网友评论', '评论区', '留言', '評論', '網友評論'] },
  { lang: 'ko', kind: 'comments', headings: ['댓글', '독자 댓글'] },
  { lang: 'ar', kind: 'comments', headings: ['التعليقات', 'تعليقات', 'تعليقات القراء', 'أضف تعليقك', 'اضف تعليق'] },
  { lang: 'id', kind: 'comments', tokens: ['komentar'], headings: ['komentar', 'tulis komentar'] },

  // ── "Most read" / trending lists: teasers of other stories, each with its own date.
  {
    lang: 'en', kind: 'most-read',
    tokens: ['most-read', 'most-popular', 'most-viewed', 'most-shared', 'popular', 'trending', 'top-stories', 'ranking'],
    infixes: ['most-read', 'most-popular', 'most-viewed'],
    headings: ['most read', 'most popular', 'most viewed', 'most shared', 'popular', 'popular now', 'trending', 'trending now', 'top stories', 'latest news', 'latest stories', 'the latest'],
  },
  { lang: 'fr', kind: 'most-read', tokens: ['les-plus-lus', 'plus-lus', 'plus-lues', 'les-plus-partages', 'populaire'], infixes: ['plus-lus', 'plus-lues'], headings: ['les plus lus', 'les plus lues', 'les plus partagés', 'les plus populaires', 'populaires', 'tendances', 'dernières infos'] },
  { lang: 'de', kind: 'most-read', tokens: ['meistgelesen', 'meist-gelesen', 'meistgelesene', 'meistgeklickt', 'beliebteste'], infixes: ['meistgelesen', 'meist-gelesen', 'meistgelesene'], headings: ['meistgelesen', 'meistgelesene artikel', 'am meisten gelesen', 'meist gelesen', 'beliebteste artikel', 'top-artikel', 'neueste artikel', 'aktuelle nachrichten'] },
  { lang: 'es', kind: 'most-read', tokens: ['lo-mas-visto', 'lo-mas-leido', 'mas-visto', 'mas-vistos', 'mas-leido', 'mas-leidos', 'mas-leidas', 'mas-populares'], infixes: ['mas-visto', 'mas-leido', 'mas-leidas'], headings: ['lo más visto', 'lo más leído', 'más leídas', 'más leídos', 'más vistos', 'las más leídas', 'las noticias más leídas', 'tendencias', 'últimas noticias'] },
  { lang: 'it', kind: 'most-read', tokens: ['piu-letti', 'piu-lette', 'piu-visti', 'i-piu-letti', 'popolari'], infixes: ['piu-letti', 'piu-lette', 'piu-visti'], headings: ['i più letti', 'più letti', 'più lette', 'le più lette', 'i più visti', 'più popolari', 'ultime notizie'] },
  { lang: 'pt', kind: 'most-read', tokens: ['mais-lidas', 'mais-lidos', 'mais-vistas', 'mais-vistos', 'mais-populares'], infixes: ['mais-lidas', 'mais-lidos', 'mais-vistas', 'mais-vistos'], headings: ['mais lidas', 'mais lidos', 'as mais lidas', 'mais vistas', 'mais vistos', 'mais populares', 'últimas notícias'] },
  { lang: 'nl', kind: 'most-read', tokens: ['meest-gelezen', 'meest-bekeken', 'populair'], infixes: ['meest-gelezen', 'meest-bekeken'], headings: ['meest gelezen', 'meest bekeken', 'populair', 'laatste nieuws'] },
  { lang: 'pl', kind: 'most-read', tokens: ['najczesciej-czytane', 'najpopularniejsze', 'popularne'], infixes: ['najczesciej-czytane'], headings: ['najczęściej czytane', 'najpopularniejsze', 'popularne', 'najnowsze', 'najnowsze wiadomości'] },
  { lang: 'tr', kind: 'most-read', tokens: ['cok-okunan', 'cok-okunanlar', 'en-cok-okunan', 'en-cok-okunanlar'], infixes: ['cok-okunan', 'cok-okunanlar'], headings: ['çok okunanlar', 'en çok okunanlar', 'en çok okunan haberler', 'popüler haberler', 'son haberler'] },
  { lang: 'ru', kind: 'most-read', tokens: ['samoe-chitaemoe', 'populyarnoe', 'самое-читаемое'], infixes: ['samoe-chitaemoe'], headings: ['самое читаемое', 'самое популярное', 'популярное', 'читаемое', 'последние новости'] },
  // ランキング / 人気: Japanese sites class their ranking boxes "ranking" (in the English row) or "ninki".
  { lang: 'ja', kind: 'most-read', tokens: ['ninki'], headings: ['アクセスランキング', 'ランキング', '人気記事', 'よく読まれている記事', '最新ニュース'] },
  { lang: 'zh', kind: 'most-read', tokens: ['paihang', 'remen'], headings: ['热门新闻', '热门文章', '热点新闻', '排行榜', '点击排行', '热读', '最新新闻', '熱門新聞', '熱門文章'] },
  { lang: 'ko', kind: 'most-read', headings: ['많이 본 뉴스', '많이 본 기사', '가장 많이 본 뉴스', '인기 기사', '인기 뉴스', '최신 뉴스'] },
  { lang: 'ar', kind: 'most-read', headings: ['الأكثر قراءة', 'الأكثر مشاهدة', 'الأكثر تداولا', 'الأكثر شعبية', 'آخر الأخبار'] },
  { lang: 'id', kind: 'most-read', tokens: ['terpopuler', 'populer', 'paling-dibaca'], infixes: ['paling-dibaca'], headings: ['terpopuler', 'berita terpopuler', 'paling banyak dibaca', 'terbaru', 'berita terkini', 'berita terbaru'] },

  // ── "Read also" / related: links to other stories inside or beside the article, often dated.
  {
    lang: 'en', kind: 'read-also',
    tokens: ['related', 'recommend', 'recirc', 'more-stories', 'more-news', 'read-more'],
    infixes: ['more-post', 'post-more', 'more-article', 'related-post', 'related-article'],
    headings: ['read also', 'also read', 'read more', 'see also', 'related', 'related articles', 'related stories', 'related news', 'related content', 'related coverage', 'more on this story', 'more stories', 'more news', 'you may also like', 'you might also like', 'recommended', 'recommended for you', 'recommended stories', 'further reading', 'editor s picks', 'don t miss'],
  },
  { lang: 'fr', kind: 'read-also', tokens: ['lire-aussi', 'a-lire-aussi', 'sur-le-meme-sujet', 'articles-lies'], infixes: ['lire-aussi'], headings: ['à lire aussi', 'lire aussi', 'a lire aussi', 'sur le même sujet', 'à lire également', 'articles liés', 'nos articles', 'voir aussi'] },
  { lang: 'de', kind: 'read-also', tokens: ['lesen-sie-auch', 'auch-interessant', 'mehr-zum-thema', 'weitere-artikel', 'passend-zum-thema'], infixes: ['lesen-sie-auch', 'mehr-zum-thema', 'weitere-artikel'], headings: ['lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren', 'mehr zum thema', 'weitere artikel', 'passend zum thema', 'empfohlen', 'weitere nachrichten'] },
  // "relacionadas/os" (noticias relacionadas, matérias relacionadas) also serves Portuguese. The stem
  // "relacionad" listed before this table matched nothing longer than itself: a word must end the token.
  { lang: 'es', kind: 'read-also', tokens: ['relacionada', 'relacionado', 'te-puede-interesar', 'tambien-te-puede-interesar', 'lee-tambien'], infixes: ['relacionadas', 'relacionados', 'te-puede-interesar', 'lee-tambien'], headings: ['te puede interesar', 'también te puede interesar', 'te podría interesar', 'lee también', 'noticias relacionadas', 'relacionadas', 'relacionado', 'más noticias', 'ver también'] },
  { lang: 'it', kind: 'read-also', tokens: ['correlati', 'correlate', 'correlato', 'leggi-anche', 'potrebbe-interessarti', 'articoli-correlati'], infixes: ['leggi-anche', 'correlati', 'correlate'], headings: ['leggi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati', 'notizie correlate', 'correlati', 'vedi anche'] },
  { lang: 'pt', kind: 'read-also', tokens: ['leia-tambem', 'veja-tambem', 'saiba-mais'], infixes: ['leia-tambem', 'veja-tambem'], headings: ['leia também', 'veja também', 'saiba mais', 'leia mais', 'notícias relacionadas', 'relacionadas', 'você pode gostar'] },
  { lang: 'nl', kind: 'read-also', tokens: ['lees-ook', 'gerelateerd', 'meer-nieuws'], infixes: ['lees-ook'], headings: ['lees ook', 'lees meer', 'gerelateerd', 'gerelateerde artikelen', 'meer nieuws', 'meer over dit onderwerp', 'ook interessant'] },
  { lang: 'pl', kind: 'read-also', tokens: ['czytaj-takze', 'czytaj-tez', 'zobacz-takze', 'zobacz-tez', 'powiazane'], infixes: ['czytaj-takze', 'czytaj-tez'], headings: ['czytaj też', 'czytaj także', 'zobacz też', 'zobacz także', 'powiązane', 'powiązane artykuły', 'polecamy'] },
  { lang: 'tr', kind: 'read-also', tokens: ['ilgili-haber', 'ilgili-haberler', 'benzer-haber', 'benzer-haberler', 'diger-haber', 'diger-haberler', 'ayrica-okuyun'], infixes: ['ilgili-haber', 'benzer-haber', 'diger-haber'], headings: ['ayrıca okuyun', 'ilgili haberler', 'benzer haberler', 'diğer haberler', 'bunlar da ilginizi çekebilir', 'ilginizi çekebilir'] },
  { lang: 'ru', kind: 'read-also', tokens: ['chitajte-takzhe', 'chitaite-takzhe', 'po-teme', 'pohozhie'], infixes: ['chitajte-takzhe'], headings: ['читайте также', 'по теме', 'похожие новости', 'смотрите также', 'еще по теме', 'ещё по теме', 'материалы по теме'] },
  { lang: 'ja', kind: 'read-also', tokens: ['kanren'], headings: ['関連記事', '関連ニュース', 'あわせて読みたい', 'おすすめ記事', 'こちらもおすすめ'] },
  { lang: 'zh', kind: 'read-also', tokens: ['xiangguan'], headings: ['相关新闻', '相关阅读', '相关文章', '相关报道', '延伸阅读', '推荐阅读', '相關新聞', '延伸閱讀', '推薦閱讀'] },
  { lang: 'ko', kind: 'read-also', headings: ['관련기사', '관련 기사', '관련뉴스', '관련 뉴스', '함께 볼만한 뉴스', '추천 기사'] },
  { lang: 'ar', kind: 'read-also', headings: ['اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'اقرأ المزيد', 'أخبار ذات صلة', 'مواضيع ذات صلة', 'ذات صلة', 'قد يهمك'] },
  { lang: 'id', kind: 'read-also', tokens: ['baca-juga', 'berita-terkait', 'artikel-terkait', 'terkait'], infixes: ['baca-juga', 'berita-terkait', 'artikel-terkait'], headings: ['baca juga', 'berita terkait', 'artikel terkait', 'berita lainnya', 'rekomendasi'] },

  // ── Other containers of other stories (English and CMS vocabulary used by sites in any language).
  {
    lang: '*', kind: 'other-stories',
    tokens: ['sidebar', 'side-bar', 'rail', 'right-rail', 'footer', 'site-footer', 'global-footer', 'newsletter', 'promo', 'outbrain', 'taboola', 'teaser', 'card-list', 'headlines', 'carousel', 'ticker'],
  },

  // ── Page chrome: menus, share bars, ads, consent banners. No dates live there, but bylines sometimes do.
  {
    lang: 'en', kind: 'chrome',
    tokens: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'subscribe', 'advert', 'advertisement', 'ad-slot', 'ad-container', 'ads', 'sponsor', 'share', 'sharing', 'social', 'cookie', 'consent', 'signup', 'masthead', 'site-header', 'global-header'],
  },
  // Share bars: "Partager", "Teilen", "Compartir", "Condividi", "Compartilhar", "Delen", "Udostępnij", "Paylaş".
  { lang: '*', kind: 'chrome', tokens: ['partager', 'teilen', 'compartir', 'condividi', 'compartilhar', 'delen', 'udostepnij', 'paylas'] },
  // Ad slots: "Werbung", "Publicité", "Publicidad", "Pubblicità", "Publicidade", "Reklam(a)", "Iklan", "Reclame".
  { lang: '*', kind: 'chrome', tokens: ['werbung', 'publicite', 'publicidad', 'pubblicita', 'publicidade', 'reklam', 'reklama', 'iklan', 'reclame'] },
];

/** The words of `field` for zones of the given kinds, in table order, without repeats. */
export function zoneWords(field: 'tokens' | 'infixes' | 'headings', kinds: readonly ZoneKind[]): string[] {
  const out = new Set<string>();
  for (const row of ZONE_WORDS) if (kinds.includes(row.kind)) for (const w of row[field] ?? []) out.add(w);
  return [...out];
}
