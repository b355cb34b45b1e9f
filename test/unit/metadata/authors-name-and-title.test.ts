import { describe, expect, it } from 'vitest';
import { splitAuthorNames } from '../../../src/core/metadata/author-names';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

describe('a name followed by a job title', () => {
  it('"Name - Job Title": a spaced dash separates them, the title is dropped', () => {
    expect(splitAuthorNames('Ann Corrigan - Marketing Manager').people).toEqual(['Ann Corrigan']);
    expect(splitAuthorNames('Ann Corrigan | Vice President | Example Cloud').people).toEqual(['Ann Corrigan', 'Example Cloud']);
  });

  it('keeps hyphenated names and surnames that are also words', () => {
    expect(splitAuthorNames('Jean-Pierre Dupont').people).toEqual(['Jean-Pierre Dupont']);
    expect(splitAuthorNames('Peter Head').people).toEqual(['Peter Head']);
  });
});

describe('a post body marked with a token list itemprop="description articleBody" (Blogger)', () => {
  it('is the article body, so the byline in the post footer is found', () => {
    const html = page('<title>A map</title>', `
      <div class="header"><h1>Notes from the field</h1><div class="descriptionwrapper"><p>A blog about maps, strategy and the odd cup of tea with friends.</p></div></div>
      <div class="blog-posts"><div class="post"><h3 class="post-title">A map</h3>
      <div class="post-body entry-content" itemprop="description articleBody">The first line of the post.<br>${'Maps help us talk about what we see. '.repeat(10)}<br>${'A second thought on the same map. '.repeat(8)}</div>
      <div class="post-footer"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope itemtype="http://schema.org/Person"><a class="g-profile" href="https://www.example.com/profile/1" rel="author" title="author profile"><span itemprop="name">mapper</span></a></span></span></div>
      </div></div>`);
    expect(metadataOf(html, 'https://blog.example.org/2024/02/a-map.html').fields.authors.map((a) => a.name)).toEqual(['mapper']);
  });
});
