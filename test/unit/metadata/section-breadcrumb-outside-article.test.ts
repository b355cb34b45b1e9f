import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

const sectionOf = (body: string, url: string, lang = 'ru') => metadataOf(page('<title>Story</title>', body, lang), url).fields.section;

/**
 * Many sites put the breadcrumb trail just above the <article>, inside the same <main>: it names the
 * section in the page's language, where the URL has an English slug or a one-letter route.
 */
describe('the section from a breadcrumb outside the article', () => {
  it('beats the URL segment', () => {
    const body = `<main><div class="breadcrumbs"><a href="/">Главная</a> / <a href="/society/">Общество</a></div>
      <article><h1>В Москве откроют 12 новых станций метро</h1>${BODY_TEXT}</article></main>`;
    expect(sectionOf(body, 'https://news.example.org/society/2021/02/25/metro/')).toBe('Общество');
  });

  it('"crumbs" trails count as breadcrumbs; a home link alone is no section', () => {
    const body = `<main><div class="crumbs"><a href="/">新闻中心</a> &gt; <a href="/china/">国内新闻</a> &gt; 正文</div>
      <article><h1>我国首条跨海高铁隧道贯通</h1>${BODY_TEXT}</article></main>`;
    expect(sectionOf(body, 'https://news.example.org/c/2021-02-25/doc-1.shtml', 'zh-CN')).toBe('国内新闻');
    const home = `<main><div class="breadcrumb"><a href="/">الرئيسية</a></div><article><h1>ألمانيا تخفض توقعات النمو للعام الجاري</h1>${BODY_TEXT}</article></main>`;
    expect(sectionOf(home, 'https://news.example.org/story', 'ar')).toBeNull();
  });

  it('a one-letter route in the URL is no section', () => {
    const body = `<main><article><h1>我国首条跨海高铁隧道贯通</h1>${BODY_TEXT}</article></main>`;
    expect(sectionOf(body, 'https://news.example.org/c/2021-02-25/doc-1.shtml', 'zh-CN')).toBeNull();
  });

  it('a breadcrumb after the headline is still not read (tags, related links)', () => {
    const body = `<main><article><h1>В Москве откроют 12 новых станций метро</h1>${BODY_TEXT}</article>
      <div class="breadcrumbs"><a href="/">Главная</a> / <a href="/sport/">Спорт</a></div></main>`;
    expect(sectionOf(body, 'https://news.example.org/society/2021/02/25/metro/')).toBe('Society');
  });
});
