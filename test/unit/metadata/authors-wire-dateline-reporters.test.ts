import { describe, expect, it } from 'vitest';
import { metadataOf, page } from './support/metadata-of';

const story = (lead: string, lang: string) =>
  page('<title>Story</title>', `<main><article><h1>${lang === 'ko' ? '정부, 수도권 공공택지 3곳 추가 발표' : '我国首条跨海高铁隧道贯通'}</h1>
    <div class="text"><p>${lead}</p><p>${'这条隧道全长16.2公里，其中海底段长10.4公里，最深处位于海平面以下78米。'.repeat(2)}</p></div></article></main>`, lang);

/**
 * Chinese and Korean wire copy names its reporters only in the first paragraph's dateline:
 * "新华社宁波2月25日电（记者 李华 张伟）", "本报讯（记者 王强）", "(서울=연합뉴스) 홍길동 기자 =".
 * With no byline element, those are the authors.
 */
describe('reporters named in the lead dateline', () => {
  it('Chinese: "（记者 …）" after the dateline, several names', () => {
    const m = metadataOf(story('新华社宁波2月25日电（记者 李华 张伟）记者25日从中国铁路有关部门获悉，我国首条跨海高铁隧道当天实现全线贯通。', 'zh-CN'));
    expect(m.fields.authors.map((a) => a.name)).toEqual(['李华', '张伟']);
    expect(metadataOf(story('本报讯（记者 王强、李明）昨日，我国首条跨海高铁隧道实现全线贯通，为年内开通运营打下基础。', 'zh-CN')).fields.authors.map((a) => a.name)).toEqual(['王强', '李明']);
  });

  it('Korean: "(place=agency) name 기자 ="', () => {
    const m = metadataOf(story('(서울=연합뉴스) 홍길동 기자 = 정부가 수도권에 공공택지 3곳을 추가로 지정해 주택 2만5천가구를 공급하기로 했다.', 'ko'));
    expect(m.fields.authors.map((a) => a.name)).toEqual(['홍길동']);
  });

  it('a parenthesis later in the paragraph or without "记者" names nobody', () => {
    expect(metadataOf(story('记者25日从中国铁路有关部门获悉，我国首条跨海高铁隧道当天实现全线贯通（全长16公里）。', 'zh-CN')).fields.authors).toEqual([]);
  });
});
