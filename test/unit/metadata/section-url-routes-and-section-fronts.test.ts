import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

const sectionOf = (body: string, url: string, lang = 'en', head = '') => metadataOf(page(`<title>Story</title>${head}`, body, lang), url).fields.section;
const article = (h1: string, after = '') => `<main><article><h1>${h1}</h1>${after}${BODY_TEXT}</article></main>`;

/**
 * URLs carry routes ("/raksts/", "/article/", "/news/"), editions ("/en-us/", "/zhongwen/simp/",
 * "/zh-hans/") and dates before the section folder. A link to the section front the page lies under
 * names the section in the page's language; failing that, the first folder that is none of those.
 */
describe('the section from the URL and from links to section fronts', () => {
  it('skips route words and reads the first real folder', () => {
    expect(sectionOf(article('Norvēģijā pēc zemes nogruvuma pieci bojāgājušie'), 'https://www.example.lv/raksts/zinas/arzemes/norvegija-nogruvums.a387519/', 'lv')).toBe('Arzemes');
    expect(sectionOf(article('Story'), 'https://www.example.com/article/politics/2021/02/25/ferry-talks/')).toBe('Politics');
  });

  it('skips language and edition prefixes', () => {
    expect(sectionOf(article('港特首就违建事件道歉'), 'https://www.example.co.uk/zhongwen/simp/chinese_news/2012/12/121210_hongkong_politics.shtml', 'zh-CN')).toBe('Chinese News');
    expect(sectionOf(article('Story'), 'https://www.example.com/en-us/amp/business/ferry-talks-resume')).toBe('Business');
    expect(sectionOf(article('大桥穿梭巴士减价'), 'https://www.example.hk/zh-hans/article/2021-02/25/4821.html', 'zh-CN')).toBeNull();
  });

  it('a real section called "World" or "Politik" still comes from the URL', () => {
    expect(sectionOf(article('Ferry talks resume'), 'https://www.example.com/world/ferry-talks-resume-1234')).toBe('World');
    expect(sectionOf(article('Bundestag beschließt neues Wahlrecht'), 'https://www.example.de/politik/2021-02-25/wahlrecht-12345.html', 'de')).toBe('Politik');
  });

  it('a link to the section front above the page names the section, after the headline too', () => {
    const bar = '<div class="info-item category"><a href="/zinas/arzemes/">Pasaulē</a></div>';
    expect(sectionOf(article('Norvēģijā pēc zemes nogruvuma pieci bojāgājušie', bar), 'https://www.example.lv/raksts/zinas/arzemes/norvegija-nogruvums.a387519/', 'lv')).toBe('Pasaulē');
  });

  it('the deepest section front wins; a generic front ("Ziņas" = news) does not', () => {
    const nav = '<nav><a href="/zinas/">Ziņas</a> <a href="/">Sākums</a></nav>';
    expect(sectionOf(nav + article('Story'), 'https://www.example.lv/raksts/zinas/arzemes/norvegija-nogruvums.a387519/', 'lv')).toBe('Arzemes');
    const menu = '<nav><a href="/world/">World</a> <a href="/world/europe/">Europe</a></nav>';
    expect(sectionOf(menu + article('Ferry talks resume'), 'https://www.example.com/world/europe/ferry-talks-resume-1234')).toBe('Europe');
  });

  it('the same story in another edition and related stories are no section fronts', () => {
    const bar = `<div class="lang-bar"><a href="/zh-hant/article/gangao/2021-02/25/shuttle-bus-4821.html">繁體</a> <a href="/en/">English</a></div>`;
    const related = '<ul><li><a href="/zh-hans/article/gangao/2021-02/22/traffic-4790.html">大桥一月车流量按年跌七成</a></li></ul>';
    expect(sectionOf(bar + article('大桥穿梭巴士减价', related), 'https://www.example.hk/zh-hans/article/gangao/2021-02/25/shuttle-bus-4821.html', 'zh-CN')).toBe('Gangao');
  });

  it('links to other sites and to feeds are no section fronts', () => {
    const links = '<a href="https://other.example.net/world/">World</a> <a href="/business/rss.xml">RSS</a>';
    expect(sectionOf(links + article('Story'), 'https://www.example.com/business/ferry-talks-resume-1234')).toBe('Business');
  });

  it("the section's feed link in the head names the section", () => {
    const head = '<link rel="alternate" type="application/atom+xml" href="http://www.example.co.uk/zhongwen/simp/chinese_news/index.xml" title="RSS - 两岸三地">';
    expect(sectionOf(article('港特首就违建事件道歉'), 'http://www.example.co.uk/zhongwen/simp/chinese_news/2012/12/121210_hongkong_politics.shtml', 'zh-CN', head)).toBe('两岸三地');
  });

  it('a label in capitals takes the spelling the site menu gives the same front', () => {
    const menu = '<nav><a href="/ekonomi/">Ekonomi</a> <a href="/spor/">Spor</a></nav>';
    const kicker = '<div><a class="kategori" href="/ekonomi/">EKONOMİ</a></div>';
    const body = `${menu}<main><article>${kicker}<h1>Bornova'da üretici pazarı yeniden açıldı</h1>${BODY_TEXT}</article></main>`;
    expect(sectionOf(body, 'https://www.example.com.tr/ekonomi/bornovada-uretici-pazari-yeniden-acildi-h18273.html', 'tr')).toBe('Ekonomi');
  });
});
