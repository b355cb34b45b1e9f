import { describe, expect, it } from 'vitest';
import { copyrightCredit, datelineCredit, leadInCredit } from '../../../src/core/metadata/credit-matchers';
import { resolveCreditTokens } from '../../../src/core/metadata/agencies';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

const agencyOf = (credit: string | null) => (credit ? resolveCreditTokens(credit).map((a) => a.name) : []);

/**
 * How wire agencies sign their copy outside English and French: Spanish "(EFE).-", Korean
 * "(서울=연합뉴스)", Russian "/ТАСС/.", Japanese "【ワシントン共同】", Arabic "(د ب أ)"; credit lines
 * "*Com informações da Agência Brasil", "来源：新华社", "Sumber: ANTARA", "Bron: ANP"; copyright
 * notices that name the agency mid-line.
 */
describe('wire datelines of more languages', () => {
  it('a full stop before the dash, a place inside the parentheses', () => {
    expect(agencyOf(datelineCredit('Madrid, 25 feb (EFE).- El Consejo de Ministros ha aprobado'))).toEqual(['EFE']);
    expect(agencyOf(datelineCredit('(서울=연합뉴스) 홍길동 기자 = 정부가 수도권에'))).toEqual(['Yonhap News Agency']);
    expect(agencyOf(datelineCredit('برلين - (د ب أ) - خفضت الحكومة الألمانية'))).toEqual(['Deutsche Presse-Agentur']);
  });

  it('the agency between slashes (Russian) or glued after the place in 【】 (Japanese)', () => {
    expect(agencyOf(datelineCredit('МОСКВА, 25 февраля. /ТАСС/. Двенадцать новых станций'))).toEqual(['TASS']);
    expect(agencyOf(datelineCredit('【ワシントン共同】米政府は24日'))).toEqual(['Kyodo News']);
    expect(agencyOf(datelineCredit('【北京時事】中国政府は'))).toEqual(['Jiji Press']);
  });

  it('not a citation in a sentence, a list glued to a word, or an unrelated bracket', () => {
    expect(datelineCredit('the agency said (AP). The minister')).toBeNull();
    expect(datelineCredit('see files a/ТАСС/b')).toBeNull();
    expect(datelineCredit('【速報】米政府は')).toBeNull();
  });
});

describe('credit lines and copyright notices of more languages', () => {
  it('lead-in phrases and a full-width colon', () => {
    expect(agencyOf(leadInCredit('*Com informações da Agência Brasil'))).toEqual(['Agência Brasil']);
    expect(agencyOf(leadInCredit('Com informações do Estadão Conteúdo'))).toEqual(['Agência Estado']);
    expect(agencyOf(leadInCredit('来源：新华社'))).toEqual(['Xinhua News Agency']);
    expect(agencyOf(leadInCredit('Sumber: ANTARA'))).toEqual(['Antara']);
    expect(agencyOf(leadInCredit('المصدر: رويترز'))).toEqual(['Reuters']);
  });

  it('a copyright notice names its agency wherever it stands in the line', () => {
    expect(agencyOf(copyrightCredit('RIPRODUZIONE RISERVATA © Copyright ANSA'))).toEqual(['ANSA']);
    expect(agencyOf(copyrightCredit('<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>'))).toEqual(['Yonhap News Agency']);
    expect(agencyOf(copyrightCredit('Copyright 2021 The Associated Press. All rights reserved.'))).toEqual(['Associated Press']);
    expect(copyrightCredit('© 2021 Example Times')).toBeNull();
  });

  it('a short "Label: CODE" line in the article is read (no full name, no parenthesis)', () => {
    const html = page('<title>Story</title>', `<main><article><h1>Provincie wil snelfietspad tussen Zwolle en Deventer</h1>${BODY_TEXT}<p>Bron: ANP</p></article></main>`, 'nl');
    expect(metadataOf(html, 'https://news.example.org/story').fields.agencies.map((a) => a.name)).toEqual(['Algemeen Nederlands Persbureau']);
  });
});
