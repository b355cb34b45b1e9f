import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { isArticleType, parseJsonLd, readJsonLd, repairJson, typesOf } from '../../../src/core/structured/jsonld';

const page = (...blocks: string[]) =>
  parseHtml(`<!doctype html><html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`, 'https://example.com/a');

const types = (doc: Document) => readJsonLd(doc).map((n) => typesOf(n).join('+'));

describe('readJsonLd', () => {
  it('reads a single object', () => {
    const nodes = readJsonLd(page('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hello"}'));
    expect(nodes).toHaveLength(1);
    expect(nodes[0].headline).toBe('Hello');
  });

  it('flattens @graph, top-level arrays and several blocks in document order', () => {
    const doc = page(
      '{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"WebPage"},{"@type":"NewsArticle","headline":"A"}]}',
      '[{"@type":"Organization","name":"Org"},{"@type":"BreadcrumbList","itemListElement":[]}]',
    );
    expect(types(doc)).toEqual(['WebSite', 'WebPage', 'NewsArticle', 'Organization', 'BreadcrumbList']);
  });

  it('flattens nested arrays and @graph inside arrays', () => {
    const doc = page('[[{"@type":"Person","name":"X"}],{"@graph":[{"@type":"Article"},[{"@type":"ImageObject"}]]}]');
    expect(types(doc)).toEqual(['Person', 'Article', 'ImageObject']);
  });

  it('keeps @type arrays and strips vocabulary prefixes', () => {
    const doc = page('{"@type":["schema:NewsArticle","http://schema.org/ReportageNewsArticle","https://schema.org/Article"],"headline":"A"}');
    const [node] = readJsonLd(doc);
    expect(typesOf(node)).toEqual(['NewsArticle', 'ReportageNewsArticle', 'Article']);
  });

  it('lifts a typed mainEntity next to its page, but leaves other nested nodes in place', () => {
    const doc = page(
      JSON.stringify({
        '@type': 'WebPage',
        mainEntity: { '@type': 'NewsArticle', headline: 'Main', author: { '@type': 'Person', name: 'A' } },
        breadcrumb: { '@type': 'BreadcrumbList' },
      }),
    );
    expect(types(doc)).toEqual(['WebPage', 'NewsArticle']);
    const article = readJsonLd(doc)[1];
    expect((article.author as Record<string, unknown>).name).toBe('A');
  });

  it('does not flatten ItemList entries: teasers stay inside the list', () => {
    const doc = page(
      JSON.stringify({
        '@type': 'ItemList',
        itemListElement: [1, 2, 3].map((i) => ({ '@type': 'ListItem', position: i, item: { '@type': 'NewsArticle', headline: `T${i}` } })),
      }),
    );
    expect(types(doc)).toEqual(['ItemList']);
  });

  it('skips objects without @type but follows their @graph', () => {
    const doc = page('{"@context":"https://schema.org","@graph":[{"name":"untyped"},{"@type":"Event"}]}');
    expect(types(doc)).toEqual(['Event']);
  });

  it('repairs trailing commas, raw newlines in strings, HTML comments and CDATA wrappers', () => {
    const doc = page(
      '{"@type":"NewsArticle","headline":"Trailing",}',
      '{"@type":"BlogPosting","articleBody":"line one\nline two\ttabbed"}',
      '<!-- {"@type":"VideoObject","name":"in a comment"} -->',
      '//<![CDATA[\n{"@type":"Organization","name":"cdata",}\n//]]>',
    );
    const nodes = readJsonLd(doc);
    expect(nodes.map((n) => typesOf(n)[0])).toEqual(['NewsArticle', 'BlogPosting', 'VideoObject', 'Organization']);
    expect(nodes[1].articleBody).toBe('line one\nline two\ttabbed');
  });

  it('reads several concatenated objects in one block', () => {
    expect(types(page('{"@type":"WebSite"}\n{"@type":"NewsArticle"}'))).toEqual(['WebSite', 'NewsArticle']);
  });

  it('skips a malformed block without losing the others', () => {
    const doc = page('{"@type":"NewsArticle", "headline": "broken', '{not json at all', '{"@type":"Organization","name":"Fine"}');
    expect(types(doc)).toEqual(['Organization']);
  });

  it('ignores empty blocks, non-object JSON and other script types', () => {
    const doc = parseHtml(
      '<script type="application/ld+json"></script><script type="application/ld+json">42</script><script type="application/json">{"@type":"NewsArticle"}</script><script type="Application/LD+JSON">{"@type":"Article"}</script>',
      'https://example.com/',
    );
    expect(types(doc)).toEqual(['Article']);
  });

  it('caps the number of nodes on hostile pages', () => {
    const many = JSON.stringify({ '@graph': Array.from({ length: 5000 }, (_, i) => ({ '@type': 'Thing', i })) });
    expect(readJsonLd(page(many)).length).toBeLessThanOrEqual(500);
  });
});

describe('parseJsonLd / repairJson', () => {
  it('leaves commas inside strings alone', () => {
    expect(repairJson('{"a":"x, ]","b":[1,2,],}')).toBe('{"a":"x, ]","b":[1,2]}');
  });
  it('keeps escaped quotes inside strings', () => {
    expect(parseJsonLd('{"a":"say \\"hi\\",",}')).toEqual({ a: 'say "hi",' });
  });
  it('returns undefined for unreadable text', () => {
    expect(parseJsonLd('')).toBeUndefined();
    expect(parseJsonLd('{"a": }')).toBeUndefined();
  });
});

describe('typesOf / isArticleType', () => {
  it('returns [] for nodes without a usable @type', () => {
    expect(typesOf({})).toEqual([]);
    expect(typesOf({ '@type': 5 })).toEqual([]);
    expect(typesOf(null)).toEqual([]);
  });

  it('knows the article family', () => {
    for (const t of ['Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'LiveBlogPosting', 'BlogPosting', 'Report', 'schema:NewsArticle', 'http://schema.org/Article', 'newsarticle']) {
      expect(isArticleType(t), t).toBe(true);
    }
    for (const t of ['WebPage', 'WebSite', 'CollectionPage', 'VideoObject', 'SocialMediaPosting', 'DiscussionForumPosting', 'Product', 'Person']) {
      expect(isArticleType(t), t).toBe(false);
    }
  });
});
