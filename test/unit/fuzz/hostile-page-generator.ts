const NASTY = [
  '\u0000\u0001\u0007\u001b', '\ud800', '\udfff', '\u202e\u202d\u2066', 'مرحبا بالعالم', 'שלום עולם', '日本語のテキスト',
  '"'.repeat(5000), '“'.repeat(3000), '«'.repeat(3000), 'a'.repeat(20000), 'By '.repeat(3000), 'said '.repeat(4000),
  ', also known as '.repeat(500), 'Prime Minister '.repeat(1000), '('.repeat(5000), '2021-02-25T'.repeat(2000),
  '<script>alert(1)</script>', 'javascript:alert(1)', '&#0;&#xD800;&#x110000;&amp;amp;',
];

/** A page full of what breaks extractors: see hostile-pages.test.ts. */
export function hostilePage(r: () => number, i: number): string {
  const pick = () => NASTY[Math.floor(r() * NASTY.length)];
  const parts: string[] = [`<!doctype html><html lang="${pick().slice(0, 20)}"><head><title>${pick()}</title>`];
  // Malformed and deeply nested JSON-LD.
  parts.push(`<script type="application/ld+json">${'{"@graph":['.repeat(200 + i)}{"@type":"NewsArticle","headline":${JSON.stringify(pick())},"datePublished":"${pick().slice(0, 50)}","author":${'['.repeat(100)}</script>`);
  parts.push(`<script type="application/ld+json">{"@type":"NewsArticle","author":{"name":${JSON.stringify(pick())}},"publisher":"${'x'.repeat(100000)}"}</script>`);
  parts.push(`<meta property="og:title" content="${'&quot;'.repeat(2000)}"><meta name="author" content="${pick()}">`);
  parts.push(`</head><body><article><h1 data-x="${'y'.repeat(200000)}">${pick()} Nikol Pashinyan ${pick()}</h1>`);
  parts.push(`<p class="byline">By ${pick()} and ${pick()}</p>`);
  // Thousands of <time> elements and a deep nest.
  parts.push(Array.from({ length: 3000 }, (_, k) => `<time datetime="2021-02-${(k % 28) + 1}T04:57:00+03:00">${pick().slice(0, 30)}</time>`).join(''));
  parts.push('<div>'.repeat(1500) + pick() + '</div>'.repeat(1500));
  // A 1 MB single-line paragraph with quotes and names.
  const unit = `"${pick().slice(0, 200)}," Robert Kocharian said. ${pick().slice(0, 100)} According to the General Staff of the Armenian army, `;
  parts.push(`<p>${unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000)}</p>`);
  parts.push(`<p>${pick()}</p></article></body></html>`);
  return parts.join('');
}

