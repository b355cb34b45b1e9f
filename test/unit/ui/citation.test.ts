import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../../src/ui/citation';
import { sampleAnnotation } from './sample-annotation';

// Expected strings follow the style guides' patterns for online news articles (APA 7, MLA 9, Chicago 17 bibliography).
const article = sampleAnnotation({
  headline: 'Armenian military maintains call for premier to resign',
  authors: [{ name: 'Maria Lopez' }, { name: 'Ludwig van Beethoven' }],
  publisher: { name: 'Example News' },
  published: '2021-02-25T04:57:00+03:00',
  canonicalUrl: 'https://news.example/world/armenia',
});
const accessed = new Date('2026-11-29T10:00:00Z');

describe('formatCitation', () => {
  it('APA', () => {
    expect(formatCitation(article, 'apa', accessed)).toBe(
      'Lopez, M., & van Beethoven, L. (2021, February 25). Armenian military maintains call for premier to resign. Example News. https://news.example/world/armenia',
    );
  });

  it('MLA', () => {
    expect(formatCitation(article, 'mla', accessed)).toBe(
      'Lopez, Maria, and Ludwig van Beethoven. “Armenian military maintains call for premier to resign.” Example News, 25 Feb. 2021, news.example/world/armenia.',
    );
  });

  it('Chicago', () => {
    expect(formatCitation(article, 'chicago', accessed)).toBe(
      'Lopez, Maria, and Ludwig van Beethoven. “Armenian military maintains call for premier to resign.” Example News, February 25, 2021. https://news.example/world/armenia.',
    );
  });

  it('BibTeX', () => {
    expect(formatCitation(article, 'bibtex', accessed)).toBe(
      [
        '@misc{lopez2021armenian,',
        '  author = {Lopez, Maria and van Beethoven, Ludwig},',
        '  title = {{Armenian military maintains call for premier to resign}},',
        '  howpublished = {Example News},',
        '  year = {2021},',
        '  month = feb,',
        '  url = {https://news.example/world/armenia},',
        '  note = {Accessed 2026-11-29}',
        '}',
      ].join('\n'),
    );
  });

  it('uses the date as the page printed it, not converted to the reader’s zone', () => {
    const late = sampleAnnotation({ ...article, published: '2021-02-25T23:30:00-08:00' });
    expect(formatCitation(late, 'apa', accessed)).toContain('(2021, February 25)');
  });

  it('cites an organisation author by name and an article without author by title', () => {
    expect(formatCitation(sampleAnnotation({ ...article, authors: [{ name: 'Associated Press' }] }), 'apa', accessed)).toMatch(/^Associated Press\. \(2021/);
    expect(formatCitation(sampleAnnotation({ ...article, authors: [], published: null }), 'apa', accessed)).toBe(
      'Armenian military maintains call for premier to resign. (n.d.). Example News. https://news.example/world/armenia',
    );
  });

  it('escapes BibTeX specials from page text', () => {
    const odd = sampleAnnotation({ ...article, headline: 'Profits up 50% at R&D_lab {oops}' });
    expect(formatCitation(odd, 'bibtex', accessed)).toContain('title = {{Profits up 50\\% at R\\&D\\_lab oops}}');
  });
});
