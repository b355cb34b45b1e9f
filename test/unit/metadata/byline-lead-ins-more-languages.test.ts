import { describe, expect, it } from 'vitest';
import { looksLikePersonName, splitAuthorNames } from '../../../src/core/metadata/author-names';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

const authorsOf = (byline: string, lang: string) =>
  metadataOf(page('<title>Story</title>', `<main><article><h1>A headline long enough to be one</h1><p>${byline}</p>${BODY_TEXT}</article></main>`, lang), 'https://news.example.org/story')
    .fields.authors.map((a) => a.name);

/**
 * Byline lead-ins of languages the dev corpus lacked: Indonesian "Penulis:" and "Oleh", Russian
 * "Автор:", Arabic "بقلم" ("by the pen of") and "كتب" ("wrote"). Arabic and Hebrew names have no
 * capitals, so "every word capitalised" cannot be what makes them names.
 */
describe('byline lead-ins in more languages', () => {
  it('are dropped from the name', () => {
    expect(splitAuthorNames('Penulis: Rina Kartika', true).people).toEqual(['Rina Kartika']);
    expect(splitAuthorNames('Oleh Rina Kartika', true).people).toEqual(['Rina Kartika']);
    expect(splitAuthorNames('Автор: Ирина Соколова', true).people).toEqual(['Ирина Соколова']);
    expect(splitAuthorNames('بقلم: سارة الحسيني', true).people).toEqual(['سارة الحسيني']);
    expect(splitAuthorNames('كتب - أحمد يوسف', true).people).toEqual(['أحمد يوسف']);
  });

  it('make a short line a byline without any byline class', () => {
    expect(authorsOf('Penulis: Rina Kartika', 'id')).toEqual(['Rina Kartika']);
    expect(authorsOf('Автор: Ирина Соколова', 'ru')).toEqual(['Ирина Соколова']);
    expect(authorsOf('بقلم: سارة الحسيني', 'ar')).toEqual(['سارة الحسيني']);
  });

  it('names in scripts without case pass the strict test; lower-case Latin phrases still do not', () => {
    expect(looksLikePersonName('سارة الحسيني')).toBe(true);
    expect(looksLikePersonName('דנה כהן')).toBe(true);
    expect(looksLikePersonName('rina kartika')).toBe(false);
  });
});
