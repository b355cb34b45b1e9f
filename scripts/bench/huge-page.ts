/**
 * A news article of about `megabytes` MB for the "no long task even on a 10 MB page" check: a real
 * article head (JSON-LD, headline, byline, dateline) over tens of thousands of paragraphs full of
 * names, quotes and dates, so every stage of the pipeline has work to do. Deterministic.
 */
export function hugeArticleHtml(megabytes: number): string {
  const people = ['Nikol Pashinyan', 'Robert Kocharian', 'Angela Merkel', 'Emmanuel Macron', 'Joe Biden', 'Recep Tayyip Erdogan'];
  const orgs = ['the European Union', 'NATO', 'the United Nations', 'the General Staff', 'Reuters', 'the World Bank'];
  const places = ['Yerevan', 'Baku', 'Moscow', 'Ankara', 'Brussels', 'Washington'];
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A very long report on everything | Bench Times</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2021-02-25T04:57:00+03:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A very long report on everything","datePublished":"2021-02-25T04:57:00+03:00","author":{"@type":"Person","name":"Maria Lopez"},"publisher":{"@type":"Organization","name":"Bench Times"}}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>A very long report on everything</h1><p class="byline">By Maria Lopez</p>
<time datetime="2021-02-25T04:57:00+03:00">25 February 2021</time>\n`;
  const tail = '</article></main><footer>© 2021 Bench Times</footer></body></html>';
  const target = megabytes * 1024 * 1024;
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < target; i++) {
    const p = people[i % people.length];
    const o = orgs[(i * 7) % orgs.length];
    const l = places[(i * 5) % places.length];
    const para =
      `<p>${i === 0 ? 'YEREVAN (AP) — ' : ''}${p} met officials of ${o} in ${l} on ${1 + (i % 28)} February 2021, ` +
      `paragraph ${i} of the report. "We will continue to work with our partners on this question," ${p.split(' ').pop()} said, ` +
      `adding that talks in ${places[(i + 1) % places.length]} would resume after the weekend and that ${orgs[(i + 2) % orgs.length]} had been informed.</p>\n`;
    parts.push(para);
    size += para.length;
  }
  parts.push(tail);
  return parts.join('');
}
