import { describe, expect, it } from 'vitest';
import { splitAuthorNames } from '../../../src/core/metadata/author-names';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * Indonesian, Chinese and Polish sites credit the editor beside the writer, in the same byline box:
 * "Penulis: A | Editor: B", "责任编辑：王小明", "Redaktor: B". The editor did not write the story.
 */
describe('an editor credited in the byline', () => {
  it('is not an author, whatever the language, with an ASCII or a full-width colon', () => {
    expect(splitAuthorNames('Penulis: Rina Kartika | Editor: Budi Santoso').people).toEqual(['Rina Kartika']);
    expect(splitAuthorNames('Rina Kartika, Penyunting: Budi Santoso').people).toEqual(['Rina Kartika']);
    expect(splitAuthorNames('责任编辑：王小明').people).toEqual([]);
    expect(splitAuthorNames('Anna Nowak | Redaktor: Jan Kowalski').people).toEqual(['Anna Nowak']);
  });

  it('"Editor" without a colon may still be part of a name line ("Editor Jane Doe" is left to the job-title rules)', () => {
    expect(splitAuthorNames('Ann Editorson').people).toEqual(['Ann Editorson']);
  });

  it('linked to a profile page like the writer, in a class="…author" box', () => {
    const html = page('<title>Story</title>', `
      <main><article><h1>BMKG Peringatkan Hujan Lebat di Jabodetabek</h1>
      <div class="credit-author">Penulis: <a href="/penulis/rina-kartika">Rina Kartika</a> | Editor: <a href="/penulis/budi-santoso">Budi Santoso</a></div>
      ${BODY_TEXT}</article></main>`, 'id');
    expect(metadataOf(html, 'https://news.example.org/read/story').fields.authors.map((a) => a.name)).toEqual(['Rina Kartika']);
  });
});
