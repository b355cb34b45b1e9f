import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

describe('machine-readable dates', () => {
  it('reads an <abbr title> carrying itemprop="datePublished" (microformats, Blogger)', () => {
    const html = page('<title>A map</title>', `
      <div class="blog-posts"><div class="post"><h3 class="post-title">A map</h3>
      <div class="post-body">${BODY_TEXT}</div>
      <div class="post-footer"><span class="post-timestamp"><a class="timestamp-link" href="#"><abbr class="published" itemprop="datePublished" title="2024-02-03T20:38:00Z">8:38 pm</abbr></a></span></div>
      </div></div>`);
    expect(metadataOf(html, 'https://blog.example.org/2024/02/a-map.html').fields.published).toBe('2024-02-03T20:38:00Z');
  });

  it('ignores http-equiv Last-Modified and Date, which are HTTP headers of the copy, not the story', () => {
    const html = page(
      '<title>Jobs</title><meta http-equiv="Last-Modified" content="25 May,2016 0407hrs IST"><meta http-equiv="date" content="Wed, 25 May 2016 04:07:00 GMT">',
      `<main><h1>Jobs</h1><div class="publish_info">12 Jan, 2016, 10.34PM IST</div>${BODY_TEXT}</main>`,
    );
    const m = metadataOf(html, 'https://news.example.org/jobs/articleshow/1.cms');
    expect(m.fields.published).toBe('2016-01-12T22:34:00+05:30');
    expect(m.fields.modified).toBeNull();
  });
});
