import { describe, expect, it } from 'vitest';
import { splitAuthorNames } from '../../../src/core/metadata/author-names';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * Japanese, Chinese and Korean bylines often glue "reporter" to the name ("山田太郎記者",
 * "홍길동기자") and put the desk before it ("社会部 山田太郎記者", "ワシントン支局 佐藤花子"). Neither
 * is part of the name; surnames that end like a desk ("阿部", "長谷部") stay whole.
 */
describe('CJK reporter words glued to the name, and desks before it', () => {
  it('drops the glued role word and a known desk', () => {
    expect(splitAuthorNames('山田太郎記者', true).people).toEqual(['山田太郎']);
    expect(splitAuthorNames('홍길동기자', true).people).toEqual(['홍길동']);
    expect(splitAuthorNames('社会部 山田太郎記者', true).people).toEqual(['山田太郎']);
    expect(splitAuthorNames('ワシントン支局 佐藤花子', true).people).toEqual(['佐藤花子']);
  });

  it('keeps surnames ending in 部 and one-character names before 記者; a role word alone is nobody', () => {
    expect(splitAuthorNames('阿部 太郎', true).people).toEqual(['阿部 太郎']);
    expect(splitAuthorNames('長谷部 誠', true).people).toEqual(['長谷部 誠']);
    expect(splitAuthorNames('李記者', true).people).toEqual(['李記者']);
    expect(splitAuthorNames('记者', true).people).toEqual([]);
  });

  it('in a byline element', () => {
    const html = page('<title>記事</title>', `<main><article><h1>金沢で春一番、昨年より9日早く観測</h1>
      <p class="byline">社会部 山田太郎記者</p>${BODY_TEXT}</article></main>`, 'ja');
    expect(metadataOf(html, 'https://news.example.jp/articles/1').fields.authors.map((a) => a.name)).toEqual(['山田太郎']);
  });
});
