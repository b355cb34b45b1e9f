import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { PageIndex } from '../../../src/core/page/page-index';
import { ZoneMemo } from '../../../src/core/page/zone-memo';
import { isInBoilerplate } from '../../../src/core/page/zones';
import { readerText } from './support/reader-text';

/**
 * The metadata extractors read the page through one index instead of selector queries (which are
 * slow in jsdom); the index must answer exactly what the DOM would.
 */
const PAGE = `<html lang="en"><head><title>T</title><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>
  <nav class="site-nav"><a href="/">Home</a> <span>Menu <b>x</b></span></nav>
  <main><article><h1>Headline here</h1><div class="byline">By <a rel="author" href="/author/jo">Jo Doe</a></div>
    <p>First <em>para</em> text.</p><!-- a comment --><p>Second&nbsp;para</p>
    <aside class="related-stories"><ul><li><time datetime="2020-01-01">Old</time></li></ul></aside>
  </article></main>
  <div class="sidebar"><article><p>Card <span>in a rail</span></p></article></div>
  <footer class="site-footer"><p>© 2021 Example News</p></footer>
</body></html>`;

describe('PageIndex', () => {
  const doc = parseHtml(PAGE, 'https://example.org/news/1');
  const index = new PageIndex(doc);
  const all = Array.from(doc.querySelectorAll('*'));

  it('lists every element in document order with its parent, subtree and text', () => {
    expect(index.elements).toEqual([doc.documentElement, ...all.slice(1)]);
    index.elements.forEach((el, i) => {
      expect(index.textOf(i)).toBe(readerText(el));
      expect(index.parent[i] < 0 ? null : index.elements[index.parent[i]]).toBe(el.parentElement);
      expect(index.end[i] - i).toBe(el.querySelectorAll('*').length);
      expect(index.tags[i]).toBe(el.tagName);
    });
  });

  it('leaves out the text of scripts, style sheets and noscript fallbacks (not their elements)', () => {
    const page = parseHtml(
      `<html><head><style>p{color:red}</style><script>var s = "By Jo Doe";</script></head><body><p>Shown <script>document.write("x")</script>text</p>` +
        `<noscript><p>Enable JavaScript</p></noscript><svg><style>.a{}</style><text>Label</text></svg></body></html>`,
      'https://example.org/a',
    );
    const idx = new PageIndex(page);
    expect(idx.text).toBe('Shown textLabel');
    expect(idx.byTag('SCRIPT')).toHaveLength(2);
    expect(idx.textOf(idx.byTag('P')[0])).toBe('Shown text');
    // The noscript's markup (parsed as elements here, raw text in a browser) is not indexed either way.
    expect(idx.byTag('P')).toHaveLength(1);
  });

  it('answers prefixes, tag lookups and ancestors without the DOM', () => {
    const article = index.indexOf(doc.querySelector('main article'));
    expect(index.byTagWithin('P', article).map((i) => index.elements[i])).toEqual(Array.from(doc.querySelectorAll('main article p')));
    expect(index.textPrefix(index.indexOf(doc.querySelector('p')), 5)).toBe('First');
    expect(index.childCount(article)).toBe(doc.querySelector('main article')!.childElementCount);
    const time = index.byTag('TIME')[0];
    expect(index.closestTag(time, new Set(['ASIDE']))).toBe(index.indexOf(doc.querySelector('aside')));
    expect(index.withItemprop('author')).toEqual([]);
  });

  it('ZoneMemo gives isInBoilerplate\'s answer for every element and stop', () => {
    const zones = new ZoneMemo(index);
    const stops = [null, doc.querySelector('main'), doc.querySelector('main article'), doc.body];
    for (const el of all) {
      for (const stop of stops) {
        for (const forBylines of [false, true]) {
          expect(zones.inBoilerplate(el, stop, forBylines), `${el.tagName} ${stop?.tagName} ${forBylines}`).toBe(isInBoilerplate(el, stop, forBylines));
        }
      }
    }
  });
});
