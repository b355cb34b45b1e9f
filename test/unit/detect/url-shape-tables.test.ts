import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlShape } from '../../../src/core/detect/url-shape';
import { urlShapeByRegex } from './support/url-shape-regex-oracle';

/**
 * urlShape runs on every page, so its regular expressions (each compiled afresh in every page) became
 * table lookups and string checks. It must read every URL exactly as the expressions did: the old code
 * is the reference, on generated URLs that combine the shapes it knows (and near misses of each) and on
 * the URLs of the fixtures and of the dev corpus when it is there.
 */
const HOSTS = ['example.com', 'www.news.example.co.uk', 'mail.example.com', 'Docs.example.org', 'myshop.example.com', 'localhost', 'accounts.example.com', 'my.example.io', '127.0.0.1:8080'];
const SEGMENTS = [
  '', 'en', 'EN-us', 'pt_BR', 'intl', 'edition', 'eng', 'e1', 'world', 'tag', 'Topics', 'page', '2', 'archives', 'about', 'video', 'news', 'Story', 'p', 'a',
  '2016', '1989', '2039', '2040', '05', '5', '0', '00', '13', '12', 'may', 'Feb', 'sept', '24', '31', '32', 'index.html', 'Default.ASPX', 'home.php.html', 'index.htm',
  'some-long-story-slug-here', 'two-words', 'a_b_c', 'Une+histoire%20longue+ici', 'article.cms', 'story.shtml', 'slug.php', '.html', 'ünïcödé-wörter-hier-und-da',
  '12345', '1234', '2562', '123456', 'abc123456def', 'n1252739', 'story-n1252739', 'x-12345', 'x_5459325_3234', 'x-a1234', 'x-ab1234', 'x-1234b', 'x-123',
  'a1b2c3d4e5f6a7b8', 'abcdefabcdefabcdef', 'A1B2C3D4E5F6A7B8c9', '2016-05-24-slug', '2016_05-24', '20160524', 'alert20190402.html', '120160524', '2016052412',
  '2016-13-01', '2016-00-10', '2016-05-32', '2016-05-00', '19990101x', 'x2016-05-31', '1999_12_31',
];
const QUERIES = ['', '?q=test', '?s=', '?utm_source=x&ref=y', '?id=4423', '?id=44', '?storyid=123', '?page=news_item&px=Some-Story-Slug-Here', '?REF_x=1&WT.mc=2', '?Story=12345abc',
  '?url=https://x.example/a-b-c', '?x=a%20b%20c%20d', '?AT_medium=1&amp=1&sid=999'];

function generated(): string[] {
  const urls: string[] = [];
  let k = 0;
  for (const host of HOSTS) {
    for (let i = 0; i < SEGMENTS.length; i++) {
      for (let j = 0; j < SEGMENTS.length; j += 3) {
        const a = SEGMENTS[i];
        const b = SEGMENTS[j];
        const c = SEGMENTS[(i * 7 + j * 3) % SEGMENTS.length];
        const q = QUERIES[k++ % QUERIES.length];
        urls.push(`https://${host}/${a}/${b}${q}`, `https://${host}/${b}/${a}/${c}`, `http://${host}/${c}/${a}/${b}/${q}`);
      }
    }
  }
  return urls;
}

function fixtureAndCorpusUrls(): string[] {
  const root = path.join(import.meta.dirname, '../../fixtures');
  const urls: string[] = [];
  for (const sub of readdirSync(root)) {
    const dir = path.join(root, sub);
    if (!existsSync(dir) || !readdirSync(dir).length) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const m = /^<!--\s*url:\s*(\S+)\s*-->/.exec(readFileSync(path.join(dir, f), 'utf8').slice(0, 500));
      if (m) urls.push(m[1]);
    }
  }
  const corpus = path.join(import.meta.dirname, '../../../../shared/corpus/dev/manifest.json');
  if (existsSync(corpus)) urls.push(...(JSON.parse(readFileSync(corpus, 'utf8')) as { url: string }[]).map((e) => e.url));
  return urls;
}

describe('urlShape without regular expressions', () => {
  it('reads generated URLs exactly as the regular expressions did', () => {
    const urls = generated();
    expect(urls.length).toBeGreaterThan(10_000);
    const differ = urls.filter((u) => JSON.stringify(urlShape(u)) !== JSON.stringify(urlShapeByRegex(u)));
    expect(differ.slice(0, 5).map((u) => ({ u, got: urlShape(u), want: urlShapeByRegex(u) }))).toEqual([]);
  });

  it('reads the fixture and corpus URLs exactly as the regular expressions did', () => {
    const urls = fixtureAndCorpusUrls();
    expect(urls.length).toBeGreaterThan(20);
    for (const u of urls) expect(urlShape(u), u).toEqual(urlShapeByRegex(u));
  });

  it('still finds each shape', () => {
    expect(urlShape('https://ex.com/2016/05/24/a-long-story-slug').hasDate).toBe(true);
    expect(urlShape('https://ex.com/topics/alert20190402.html')).toMatchObject({ hasDate: true, listing: null });
    expect(urlShape('https://ex.com/2024/05/').hasDate).toBe(false);
    expect(urlShape('https://mail.ex.com/inbox').utilityHost).toBe('mail');
    expect(urlShape('https://ex.com/news/story-n1252739').hasId).toBe(true);
    expect(urlShape('https://ex.com/en/index.html').isHome).toBe(true);
    // A tracking parameter's value is not a slug.
    expect(urlShape('https://ex.com/world?utm_source=some-campaign-name-here').slugWords).toBe(1);
  });
});
