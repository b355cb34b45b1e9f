import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';
import { sectionWordKind } from '../../../src/core/metadata/section';

const sectionOf = (head: string, body: string, url: string, lang = 'en') => metadataOf(page(`<title>Story</title>${head}`, body, lang), url).fields.section;
const article = (h1: string) => `<main><article><h1>${h1}</h1>${BODY_TEXT}</article></main>`;
const URL_WITHOUT_SECTION = 'https://news.example.org/articles/-/3178894';

/**
 * A category field that says "news" (or "article", "uncategorized") names the whole site, not the desk:
 * it loses to any more specific source. "News" is kept as the last resort when it is the only label
 * the site gives (it still tells news from opinion); CMS placeholders never are a section.
 */
describe('generic category words', () => {
  it('a generic meta category loses to a sub-category meta', () => {
    const head = `<meta name="category" content="news"><meta name="cXenseParse:x-category" content="ニュース">
      <meta name="cXenseParse:x-subcategory" content="戦争・紛争"><meta name="cXenseParse:x-subcategory" content="m_x_video">`;
    expect(sectionOf(head, article('ナイジェリアで自爆攻撃、31人死亡'), URL_WITHOUT_SECTION, 'ja')).toBe('戦争・紛争');
  });

  it('a generic JSON-LD articleSection loses to the breadcrumb', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","articleSection":"Nachrichten"}</script>`;
    const body = `<main><div class="breadcrumb"><a href="/">Startseite</a> › <a href="/nachrichten/">Nachrichten</a> › <a href="/nachrichten/politik/">Politik</a></div>
      <article><h1>Bundestag beschließt neues Wahlrecht</h1>${BODY_TEXT}</article></main>`;
    expect(sectionOf(head, body, 'https://www.example.de/artikel/12345', 'de')).toBe('Politik');
  });

  it('takes the first specific value of an articleSection list', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story","articleSection":["Noticias","Economía"]}</script>`;
    expect(sectionOf(head, article('El paro baja en febrero'), URL_WITHOUT_SECTION, 'es')).toBe('Economía');
  });

  it('a real section is still read from the meta, in any language', () => {
    expect(sectionOf('<meta property="article:section" content="World">', article('Ferry talks resume'), URL_WITHOUT_SECTION)).toBe('World');
    expect(sectionOf('<meta name="category" content="Politik">', article('Bundestag beschließt neues Wahlrecht'), URL_WITHOUT_SECTION, 'de')).toBe('Politik');
  });

  it('a site whose only label is "News" gets "News"', () => {
    expect(sectionOf('<meta property="article:section" content="News">', article('Ferry talks resume'), URL_WITHOUT_SECTION)).toBe('News');
    expect(sectionOf('<meta name="category" content="haberler">', article('Belediye yeni parkı açtı'), URL_WITHOUT_SECTION, 'tr')).toBe('haberler');
  });

  it('a CMS placeholder is no section, even alone', () => {
    expect(sectionOf('<meta name="category" content="Uncategorized">', article('Ferry talks resume'), URL_WITHOUT_SECTION)).toBeNull();
    expect(sectionOf('<meta property="article:section" content="article">', article('Ferry talks resume'), URL_WITHOUT_SECTION)).toBeNull();
  });

  it('classifies words whole, not by substring', () => {
    expect(sectionWordKind('ニュース')).toBe('news');
    expect(sectionWordKind('Новости')).toBe('news');
    expect(sectionWordKind('Default')).toBe('placeholder');
    expect(sectionWordKind('World News')).toBe('specific');
    expect(sectionWordKind('Local News')).toBe('specific');
    expect(sectionWordKind('Politik')).toBe('specific');
  });
});
