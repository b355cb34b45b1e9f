import { describe, expect, it } from 'vitest';
import { urlShape } from '../../../src/core/detect/url-shape';

describe('urlShape', () => {
  it('recognises home pages, with or without an index file or edition prefix', () => {
    for (const u of ['https://www.example.com/', 'https://www.example.com', 'https://example.com/index.html', 'https://example.com/en/', 'https://example.com/?utm_source=x']) {
      expect(urlShape(u).isHome, u).toBe(true);
    }
  });

  it('finds listing, utility and media segments', () => {
    expect(urlShape('https://example.com/tag/climate-change/').listing).toBe('tag');
    expect(urlShape('https://example.com/topics/ai').listing).toBe('topics');
    expect(urlShape('https://example.com/author/jane-doe').listing).toBe('author');
    expect(urlShape('https://example.com/category/politics/page/2/').listing).toBe('category');
    expect(urlShape('https://example.com/about-us/').utility).toBe('about-us');
    expect(urlShape('https://example.com/video/2024/05/12/flood-rescue').media).toBe('video');
    expect(urlShape('https://social.example/user/status/1790012345678901234').media).toBe('status');
    expect(urlShape('https://docs.example.dev/guide/intro').utilityHost).toBe('docs');
  });

  it('recognises searches', () => {
    expect(urlShape('https://example.com/search?q=election+results').isSearch).toBe(true);
    expect(urlShape('https://example.com/?s=flood').isSearch).toBe(true);
    expect(urlShape('https://example.com/search?q=a+very+long+query+with+many+words').slugWords).toBeLessThan(3);
  });

  it('measures slugs, dates and ids', () => {
    const s = urlShape('https://www.example.com/2024/06/04/city-council-approves-transit-overhaul/');
    expect(s.slugWords).toBe(5);
    expect(s.hasDate).toBe(true);
    expect(urlShape('https://www.nbcnews.com/news/us-news/no-charges-filed-n1252739').hasId).toBe(true);
    expect(urlShape('https://example.com/news/articleshow/71496416.cms').hasId).toBe(true);
    expect(urlShape('https://example.com/story?id=44233864').hasId).toBe(true);
    expect(urlShape('https://www.phoronix.com/scan.php?page=news_item&px=Steam-May-2019-Numbers').slugWords).toBe(3);
  });

  it('does not count a bare date archive as a dated story', () => {
    expect(urlShape('https://example.com/2024/05/').hasDate).toBe(false);
    expect(urlShape('https://example.com/news/2024/06/04').hasDate).toBe(false);
  });

  it('treats a listing segment followed by a story leaf as a permalink', () => {
    expect(urlShape('http://phpspot.org/blog/archives/2019/04/treeviz.html').listing).toBeNull();
    expect(urlShape('http://techlog.iij.ad.jp/archives/2562').listing).toBeNull();
    expect(urlShape('https://example.com/archives/2019').listing).toBe('archives');
    expect(urlShape('https://example.com/page/2').listing).toBe('page');
  });

  it('ignores tracking and URL-valued query parameters', () => {
    expect(urlShape('https://accounts.example.com/login?redirect_uri=https%3A%2F%2Fexample.com%2Fa-very-long-story-slug-here').slugWords).toBe(1);
    expect(urlShape('https://example.com/world?cid=clicksource_4380645_2_three_posts_vert_hed').slugWords).toBe(1);
  });

  it('flags single short paths as section-like', () => {
    expect(urlShape('https://example.com/world').singleWordPath).toBe(true);
    expect(urlShape('https://example.com/world/some-long-story-slug-here').singleWordPath).toBe(false);
  });

  it('is neutral for unparseable URLs', () => {
    expect(urlShape('not a url')).toMatchObject({ isHome: false, listing: null, slugWords: 0 });
  });
});
