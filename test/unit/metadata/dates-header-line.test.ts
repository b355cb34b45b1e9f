import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * Many pages print the date between the headline and the body with no date-ish class and no
 * "Published" label: under the byline, beside the author's name, in a meta list.
 */
describe('a date line between the headline and the body', () => {
  it('is the publication when nothing else dates the page', () => {
    const html = page('<title>Ferry service extended</title>', `
      <main><h1>Ferry service extended</h1>
      <div class="x1"><span>By</span> <span>Ann Corrigan</span></div>
      <div class="x2">March 3, 2021, 4:19 PM</div>
      <div class="x3">${BODY_TEXT}</div></main>`);
    const m = metadataOf(html, 'https://news.example.org/ferry-service-extended');
    expect(m.fields.published).toBe('2021-03-03T16:19:00');
    expect(m.evidence.published?.[0].source).toBe('visible-text');
  });

  it('reads "Name, date" lines and meta lists', () => {
    const html = page('<title>Weekly notes</title>', `
      <div class="page"><h1>Weekly notes</h1><ul class="meta"><li>2019/04/04</li><li>Tools</li></ul>
      <div>${BODY_TEXT}</div></div>`, 'ja');
    expect(metadataOf(html, 'https://blog.example.jp/notes').fields.published).toBe('2019-04-04');
    const byName = page('<title>Issue 12</title>', `
      <div class="w"><h1>Issue 12</h1><div class="flex"><p class="text-base">Ann Corrigan, April 19, 2020</p></div>
      <div>${BODY_TEXT}</div></div>`);
    expect(metadataOf(byName, 'https://letters.example.org/issue-12/').fields.published).toBe('2020-04-19');
  });

  it('ignores dates above the headline, in the headline, after the body start and in update lines', () => {
    const html = page('<title>Review of 2020: the year in ferries</title>', `
      <div class="top">Today is January 5, 2022</div>
      <main><h1>Review of 2020: the year in ferries, 1 May 2020</h1>
      <p class="u">Updated February 2, 2021</p>
      <div>${BODY_TEXT}<p>Next meeting: April 9, 2021</p></div></main>`);
    // Only the update line dates the page: it stands for the publication as an update time, not as a header date.
    const m = metadataOf(html, 'https://news.example.org/review');
    expect(m.fields.published).toBe('2021-02-02');
    expect(m.evidence.published?.[0].detail).toMatch(/"Updated" line; the page gives no other date/);
    const noUpdate = html.replace('<p class="u">Updated February 2, 2021</p>', '');
    expect(metadataOf(noUpdate, 'https://news.example.org/review').fields.published).toBeNull();
  });

  it('does not override a date the page states in structured data', () => {
    const html = page('<title>Ferry</title><meta property="article:published_time" content="2021-03-02T10:00:00Z">', `
      <main><h1>Ferry</h1><div>March 3, 2021</div><div>${BODY_TEXT}</div></main>`);
    expect(metadataOf(html, 'https://news.example.org/ferry').fields.published).toBe('2021-03-02T10:00:00Z');
  });
});

describe('a date in the article\'s own meta column', () => {
  it('an <aside> inside the <article> holding the headline carries the article\'s date', () => {
    const html = page('<title>Giant flowers</title>', `
      <article class="content"><h1>Giant flowers</h1>
      <div class="row"><aside class="columns"><ul class="content__meta"><li class="content__meta__category">Background</li><li class="content__meta__date">19.07.2022</li></ul></aside>
      <div class="columns">${BODY_TEXT}</div></div></article>`, 'de');
    expect(metadataOf(html, 'https://science.example.de/news/giant-flowers/2039026').fields.published).toBe('2022-07-19');
  });

  it('an <aside> of related stories is still not the article\'s', () => {
    const html = page('<title>Giant flowers</title>', `
      <article class="content"><h1>Giant flowers</h1><div>${BODY_TEXT}</div>
      <aside class="related-stories"><ul><li class="teaser__date">03.02.2021</li></ul></aside></article>`, 'de');
    expect(metadataOf(html, 'https://science.example.de/news/giant-flowers/2039026').fields.published).toBeNull();
  });
});
