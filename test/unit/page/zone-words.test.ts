import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { PageIndex } from '../../../src/core/page/page-index';
import { ZoneMemo } from '../../../src/core/page/zone-memo';
import { ZONE_WORDS, type ZoneKind } from '../../../src/core/page/zone-words.data';
import { foldHeading, isInBoilerplate, isZoneHeadingText } from '../../../src/core/page/zones';

/** The element `#x` of a page whose body is `html`. */
const el = (html: string) => parseHtml(`<body>${html}</body>`, 'https://example.org/').getElementById('x')!;
/** Whether a dated line inside a container with this class is in a zone. */
const inClass = (cls: string) => isInBoilerplate(el(`<div class="${cls}"><span id="x">25.02.2021</span></div>`));
/** Whether a dated line in a box opened by this heading is in a zone. */
const underHeading = (heading: string, tag = 'h3') => isInBoilerplate(el(`<section><${tag}>${heading}</${tag}><ul><li><span id="x">25.02.2021</span></li></ul></section>`));

const LANGS = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'tr', 'ru', 'ja', 'zh', 'ko', 'ar', 'id'];
const KINDS: ZoneKind[] = ['comments', 'most-read', 'read-also'];

describe('the zone word table', () => {
  it.each(LANGS)('has comment, most-read and read-also headings for %s', (lang) => {
    for (const kind of KINDS) {
      const rows = ZONE_WORDS.filter((r) => r.lang === lang && r.kind === kind);
      expect(rows.flatMap((r) => r.headings ?? []).length, `${lang} ${kind}`).toBeGreaterThan(0);
    }
  });

  it('recognises every heading it lists, in a box, and no heading folds to nothing', () => {
    for (const row of ZONE_WORDS) {
      for (const h of row.headings ?? []) {
        expect(foldHeading(h), h).not.toBe('');
        if (row.kind !== 'chrome') expect(underHeading(h), `${row.lang} ${h}`).toBe(true);
      }
    }
  });

  it('recognises every class word it lists, as a class and as an id', () => {
    for (const row of ZONE_WORDS) {
      for (const t of row.tokens ?? []) {
        expect(t, 'tokens are written lower-case').toBe(t.toLowerCase());
        expect(inClass(t), `${row.lang} ${t}`).toBe(true);
        expect(isInBoilerplate(el(`<div id="${t}"><span id="x">25.02.2021</span></div>`)), `id ${t}`).toBe(true);
      }
    }
  });
});

describe('comments, most-read and read-also zones by class name', () => {
  it.each([
    ['commenti', 'it'], ['comentarios', 'es/pt'], ['kommentare', 'de'], ['reacties', 'nl'], ['komentarze', 'pl'],
    ['yorumlar', 'tr'], ['комментарии', 'ru'], ['kommentarii', 'ru'], ['commentaires', 'fr'], ['komentar-list', 'id'],
  ])('comments: "%s" (%s)', (cls) => expect(inClass(cls)).toBe(true));

  it.each([
    'mais-lidas', 'meest-gelezen', 'meistgelesen', 'les-plus-lus', 'piu-letti', 'lo-mas-visto', 'cok-okunanlar',
    'popular', 'ranking', 'najczesciej-czytane', 'samoe-chitaemoe', 'terpopuler', 'box-mais-lidas', 'widget_meistgelesen',
    'mostRead', 'maisLidas',
  ])('most read: "%s"', (cls) => expect(inClass(cls)).toBe(true));

  it.each([
    'leia-tambem', 'lees-ook', 'lesen-sie-auch', 'a-lire-aussi', 'leggi-anche', 'te-puede-interesar', 'czytaj-tez',
    'chitajte-takzhe', 'ilgili-haberler', 'baca-juga', 'noticias-relacionadas', 'materias-relacionadas', 'articoli-correlati', 'box-leia-tambem', 'kanren-kiji',
  ])('read also: "%s"', (cls) => expect(inClass(cls)).toBe(true));
});

describe('class names that only look like zone words', () => {
  it.each([
    'article-commentary', 'commentary', 'commentator-bio', 'commentaar', // opinion pieces, in English and Dutch
    'kommentar', 'komentarz', 'yorum', 'commento', // a singular that also names an opinion piece
    'popularity-index', 'rankingsystem', 'relationship', 'terkaitan',
    'has-comments', 'with-kommentare', // state of the page, not the element
  ])('"%s" is not a zone', (cls) => expect(inClass(cls)).toBe(false));
});

describe('zones named by their heading', () => {
  it.each([
    ['Leia também'], ['Lees ook'], ['Lesen Sie auch'], ['À lire aussi'], ['Leggi anche'], ['Te puede interesar'],
    ['Czytaj też'], ['Читайте также'], ['Ayrıca okuyun'], ['関連記事'], ['相关新闻'], ['관련기사'], ['اقرأ أيضا'],
    ['اقرأ أيضاً'], ['Baca juga'], ['Comentarios (2)'], ['Kommentare'], ['Yorumlar (14)'], ['コメント'], ['댓글'],
    ['Mais lidas'], ['Meistgelesen'], ['Lo más visto'], ['Çok okunanlar'], ['Самое читаемое'], ['アクセスランキング'],
    ['排行榜'], ['많이 본 뉴스'], ['الأكثر قراءة'], ['Terpopuler'], ['LES PLUS LUS'], ['Leia também:'],
  ])('"%s"', (heading) => expect(underHeading(heading)).toBe(true));

  it('in h2–h4, role="heading", a bold label or a title-classed element', () => {
    for (const tag of ['h2', 'h3', 'h4', 'strong', 'b']) expect(underHeading('Leia também', tag), tag).toBe(true);
    expect(isInBoilerplate(el('<div class="box"><div role="heading">Lees ook</div><a href="/a"><span id="x">24 feb. 2021</span></a></div>'))).toBe(true);
    expect(isInBoilerplate(el('<div class="ramka"><div class="ramka__tytul">Czytaj też</div><p id="x">Rzeszów (PAP) - …</p></div>'))).toBe(true);
    // A header wrapper holding only the heading.
    expect(isInBoilerplate(el('<div class="box"><header><h3>Mais lidas</h3></header><ol><li id="x">24/02/2021</li></ol></div>'))).toBe(true);
  });

  it('the list right after a bare heading in the body', () => {
    const page = '<div class="corpo"><p>Body text.</p><h3>Leia também</h3><ul><li><time id="x">22/02/2021</time></li></ul><p id="y">More body.</p></div>';
    expect(isInBoilerplate(el(page))).toBe(true);
    expect(isInBoilerplate(parseHtml(`<body>${page}</body>`, 'https://example.org/').getElementById('y')!)).toBe(false);
  });

  it('not a paragraph or h5 styled by nothing, nor an h1', () => {
    expect(underHeading('Leia também', 'h5')).toBe(false);
    expect(underHeading('Leia também', 'span')).toBe(false);
    expect(isInBoilerplate(el('<div class="head"><h1>Comments</h1><p id="x">25.02.2021</p></div>'))).toBe(false);
  });

  it('never a heading that only starts with a zone word', () => {
    expect(underHeading('Popular uprising in Bamako')).toBe(false);
    expect(underHeading('Comments from the minister')).toBe(false);
    expect(underHeading('Kommentare im Netz: Empörung über die Gebühr')).toBe(false);
    expect(underHeading('Ranking of the best universities 2021')).toBe(false);
    expect(isZoneHeadingText('Popular')).toBe(true);
    expect(isZoneHeadingText('Popular uprising in Bamako')).toBe(false);
  });

  it('an article body whose intertitle is "Popular uprising in …" stays the article', () => {
    const page = `<article><h1>Headline</h1><div class="article-body"><h2>Popular uprising in Bamako</h2>
      <p id="x">Published 25 February 2021</p><p>Text.</p></div></article>`;
    expect(isInBoilerplate(el(page))).toBe(false);
  });

  it('a heading not first in its box (text before it) does not name the box', () => {
    expect(isInBoilerplate(el('<div>Body text here. <h3>Leia também</h3><p id="x">22/02/2021</p></div>'))).toBe(false);
  });

  it('a box holding the page\'s <h1> is never a zone, whatever its first heading', () => {
    expect(isInBoilerplate(el('<div><h2>Trending</h2><ul><li>…</li></ul><h1>Headline</h1><p id="x">25.02.2021</p></div>'))).toBe(false);
  });

  it('bylines in a heading-named comments box are not the article\'s', () => {
    expect(isInBoilerplate(el('<section class="dyskusja"><h2>Komentarze (2)</h2><span id="x" class="wpis-autor">Tomasz W.</span></section>'), null, true)).toBe(true);
  });
});

describe('ZoneMemo', () => {
  const PAGE = `<html lang="pt"><head><title>T</title></head><body>
    <div class="miolo"><div class="coluna"><h1>Headline</h1><p class="datas">Publicado em 25/02/2021</p>
      <div class="corpo"><p>Body <b>text</b>.</p><h3>Leia também</h3><ul><li><time>22/02/2021</time></li></ul><p>More.</p>
        <div class="ramka"><div class="ramka__tytul">Czytaj też</div><p>Rzeszów (PAP) - …</p></div></div>
      <section id="comentarios"><h3>Comentários (2)</h3><div><strong>Por Joana</strong> <time>25/02/2021</time></div></section>
      <section class="x"><h2>Popular uprising in Bamako</h2><p>Text</p></section>
    </div><div class="lateral"><div class="bloco"><header><h3>Mais lidas</h3></header><ol><li>…</li></ol></div></div></div>
  </body></html>`;

  it('gives isInBoilerplate\'s answer for heading-named zones too', () => {
    const doc = parseHtml(PAGE, 'https://example.org/');
    const index = new PageIndex(doc);
    const zones = new ZoneMemo(index);
    const all = Array.from(doc.querySelectorAll('*'));
    for (const el of all) {
      for (const stop of [null, doc.querySelector('.coluna'), doc.body]) {
        for (const forBylines of [false, true]) {
          expect(zones.inBoilerplate(el, stop, forBylines), `${el.tagName}.${el.className} ${forBylines}`).toBe(isInBoilerplate(el, stop, forBylines));
        }
      }
    }
    expect(all.filter((e) => isInBoilerplate(e)).length).toBeGreaterThan(10);
  });
});
