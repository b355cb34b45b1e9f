import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * Many blogs and newsletters print "Name, date" under the headline with no byline markup and no
 * "By": the name before the date is the author, the date is not part of it.
 */
const authorsOf = (line: string, lang = 'en') =>
  metadataOf(page('<title>Issue 130</title>', `
    <div class="container"><h1>Issue 130</h1><div class="flex"><div class="px-2"><p class="text-base">${line}</p>
    <p class="font-thin">Follow me on Twitter as <a href="https://twitter.com/anncorrigan">@anncorrigan</a></p></div></div>
    <div class="text">${BODY_TEXT}</div></div>`, lang), 'https://letters.example.org/issue-130/').fields.authors.map((a) => a.name);

describe('a "Name, date" line under the headline', () => {
  it('gives the name as the author, without the date', () => {
    expect(authorsOf('Ann Corrigan, April 19, 2020')).toEqual(['Ann Corrigan']);
    expect(authorsOf('Ann Corrigan · 19 April 2020')).toEqual(['Ann Corrigan']);
    expect(authorsOf('<span>島津健吾</span><span>2019.03.26</span>', 'ja')).toEqual(['島津健吾']);
  });

  it('is no author when the words before the date are a dateline, a section link or not a name', () => {
    expect(authorsOf('NEW YORK, April 19, 2020')).toEqual([]);
    expect(authorsOf('<a href="/world/middle-east">Middle East</a> · April 19, 2020')).toEqual([]);
    expect(authorsOf('Posted in tools, April 19, 2020')).toEqual([]);
    expect(authorsOf('April 19, 2020')).toEqual([]);
  });

  it('gives way to a real byline', () => {
    const html = page('<title>Issue 130</title>', `
      <div class="container"><h1>Issue 130</h1><p class="byline">By Bo Lindqvist</p><p>Ann Corrigan, April 19, 2020</p>
      <div class="text">${BODY_TEXT}</div></div>`);
    expect(metadataOf(html, 'https://letters.example.org/issue-130/').fields.authors.map((a) => a.name)).toEqual(['Bo Lindqvist']);
  });
});
