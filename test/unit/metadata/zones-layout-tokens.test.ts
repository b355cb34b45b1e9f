import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/cli/parse-html';
import { isInBoilerplate } from '../../../src/core/page/zones';

const el = (html: string) => parseHtml(`<body>${html}</body>`, 'https://example.org/').getElementById('x')!;

describe('class tokens that only look like page chrome', () => {
  it('a spacing utility named after the nav is layout, not a zone ("nav-padding")', () => {
    expect(isInBoilerplate(el('<section class="nav-padding"><p id="x">Body text</p></section>'))).toBe(false);
    expect(isInBoilerplate(el('<section class="nav-bar"><p id="x">Menu</p></section>'))).toBe(true);
  });

  it('a share/social block element that names the date is the article\'s date ("social-date")', () => {
    expect(isInBoilerplate(el('<div class="social-date"><span id="x" class="social-date__text">December 22, 2016</span></div>'))).toBe(false);
    expect(isInBoilerplate(el('<div class="social-links"><span id="x">Share</span></div>'))).toBe(true);
  });
});

describe('other-stories words inside longer class tokens', () => {
  it('"zox-post-more-wrap" and "td-related-posts" hold other stories', () => {
    expect(isInBoilerplate(el('<div class="zox-post-more-wrap"><span id="x" class="zox-byline-name">Bo Lindqvist</span></div>'))).toBe(true);
    expect(isInBoilerplate(el('<div class="td-related-posts"><span id="x">Bo Lindqvist</span></div>'))).toBe(true);
  });

  it("but a post's own footer is not ('post-footer')", () => {
    expect(isInBoilerplate(el('<div class="post-footer"><span id="x">Posted by Ann</span></div>'), null, true)).toBe(false);
  });
});
