import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/** A news page whose JSON-LD names `author` (an Organization) and `publisher`. */
function ldPage(author: string, publisher: string, body = '') {
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ferry service extended for another season', datePublished: '2021-02-25T10:00:00+01:00', author: { '@type': 'Organization', name: author }, publisher: { '@type': 'NewsMediaOrganization', name: publisher } };
  return page(`<title>Ferry service extended for another season</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`, `<article><h1>Ferry service extended for another season</h1>${body}${BODY_TEXT}</article>`, 'de');
}

describe('an Organization author that is the outlet itself', () => {
  it('is not an author: "futurezone.at" wrote a futurezone.at story says nothing (seen on a real agency-copy page)', () => {
    const m = metadataOf(ldPage('wellenzeit.at', 'wellenzeit.at'), 'https://wellenzeit.at/digital/faehre-verlaengert/400487461');
    expect(m.fields.authors).toEqual([]);
  });

  it('nor when it is only the site’s host, written differently from the publisher name', () => {
    const m = metadataOf(ldPage('www.wellenzeit.at', 'Wellenzeit'), 'https://wellenzeit.at/digital/faehre-verlaengert/400487461');
    expect(m.fields.authors).toEqual([]);
  });

  it('a content partner named as the author on a portal stays, even when the title also names it', () => {
    const html = ldPage('Lumen', 'Portal News').replace('<title>Ferry service extended for another season</title>', '<title>Ferry service extended for another season | Lumen</title>');
    const m = metadataOf(html, 'https://www.portalnews.example/news/ferry-service-extended-133800208.html');
    expect(m.fields.authors.map((a) => a.name)).toEqual(['Lumen']);
  });

  it('an agency as the whole JSON-LD byline is still the author', () => {
    const m = metadataOf(ldPage('Reuters', 'Wellenzeit'), 'https://wellenzeit.at/digital/faehre-verlaengert/400487461');
    expect(m.fields.authors.map((a) => a.name)).toEqual(['Reuters']);
  });
});
