import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * A `<time>` is labelled by the words printed right before it, often in a sibling element
 * ("<div>Updated:</div><div><time>…</time></div>", a description list), not by its class or its
 * parent's text.
 */
describe('a <time> labelled by the text right before it', () => {
  const header = (list: string) => page('<title>Investor to advise</title>', `
    <article><header><h1>Investor to advise</h1>${list}</header><section class="body">${BODY_TEXT}</section></article>`);

  it('"Updated:" before the first <time> makes it the update; the next one is the publication', () => {
    const html = header(`<ul class="meta"><li><div class="term">Author:</div><div><a href="/author/ann-corrigan">Ann Corrigan</a></div></li>
      <li><div class="term">Updated:</div><div class="definition"><x-ago><time datetime="2018-03-06T19:49:32-05:00">Mar 6, 2018</time></x-ago></div>
      <div class="term">Original:</div><div class="definition"><x-ago><time datetime="2016-12-21T18:49:10-05:00">Dec 21, 2016</time></x-ago></div></li></ul>`);
    const m = metadataOf(html, 'https://news.example.org/i/politics/investor-to-advise');
    expect(m.fields.published).toBe('2016-12-21T18:49:10-05:00');
    expect(m.fields.modified).toBe('2018-03-06T19:49:32-05:00');
  });

  it('"Published" before a <time> keeps it the publication even when the line also says "updated"', () => {
    const html = header(`<p class="meta">Published <time datetime="2021-02-25T09:00:00Z">Feb 25</time> · last updated <time datetime="2021-02-26T10:00:00Z">Feb 26</time></p>`);
    const m = metadataOf(html, 'https://news.example.org/story');
    expect(m.fields.published).toBe('2021-02-25T09:00:00Z');
    expect(m.fields.modified).toBe('2021-02-26T10:00:00Z');
  });

  it('a label followed by another date does not reach past it', () => {
    const html = header(`<p class="meta">Updated: <span>March 1, 2021</span></p><div class="x"><time datetime="2021-02-25T09:00:00Z">Feb 25, 2021</time></div>`);
    expect(metadataOf(html, 'https://news.example.org/story').fields.published).toBe('2021-02-25T09:00:00Z');
  });
});
