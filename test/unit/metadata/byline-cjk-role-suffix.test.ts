import { describe, expect, it } from 'vitest';
import { splitAuthorNames } from '../../../src/core/metadata/author-names';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * Japanese, Chinese and Korean credits put the role after the name: "Eric Freeman　著" (written by),
 * "嶋田 健志　監訳" (translation supervised by), "홍길동 기자" (reporter). The role word is not part
 * of the name.
 */
describe('CJK role words after a name', () => {
  it('are dropped from each credited name', () => {
    expect(splitAuthorNames('Eric Freeman\u3000著、嶋田 健志\u3000監訳、木下 哲也\u3000訳').people).toEqual(['Eric Freeman', '嶋田 健志', '木下 哲也']);
    expect(splitAuthorNames('山田太郎 著', true).people).toEqual(['山田太郎']);
    expect(splitAuthorNames('王小明 编著').people).toEqual(['王小明']);
    expect(splitAuthorNames('홍길동 기자', true).people).toEqual(['홍길동']);
  });

  it('are only role words when they stand apart: names may end with the same character', () => {
    expect(splitAuthorNames('佐藤文').people).toEqual(['佐藤文']);
    expect(splitAuthorNames('李著').people).toEqual(['李著']);
    expect(splitAuthorNames('山田 文').people).toEqual(['山田 文']);
  });

  it('in an itemprop="author" element', () => {
    const html = page('<title>はじめてのプログラミング</title>', `
      <main><h1>はじめてのプログラミング</h1><p><span itemprop="author">Eric Freeman\u3000著、嶋田 健志\u3000監訳</span></p>
      <div class="text">${BODY_TEXT}</div></main>`, 'ja');
    expect(metadataOf(html, 'https://books.example.jp/books/9784873118741/').fields.authors.map((a) => a.name)).toEqual(['Eric Freeman', '嶋田 健志']);
  });
});
