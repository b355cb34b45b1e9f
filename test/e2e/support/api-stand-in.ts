import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** How the stand-in answers GDELT next: its documented shapes, including each error form. */
export type GdeltMode = 'articles' | 'empty' | 'text-error' | 'rate-limited';

/** A stand-in for GDELT DOC 2.0 and the Wikipedia REST summary API on 127.0.0.1, with CORS like the real ones. */
export interface ApiStandIn {
  origin: string;
  gdeltMode: GdeltMode;
  /** Every request path with query, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startApiStandIn(): Promise<ApiStandIn> {
  const state = { gdeltMode: 'articles' as GdeltMode, requests: [] as string[] };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Allow-Headers', 'Api-User-Agent');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    state.requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/gdelt') return gdelt(res, state.gdeltMode);
    const wiki = /^\/wiki\/([a-z]+)\/(.+)$/.exec(url.pathname);
    if (wiki) return summary(res, decodeURIComponent(wiki[2]));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    get gdeltMode() {
      return state.gdeltMode;
    },
    set gdeltMode(m: GdeltMode) {
      state.gdeltMode = m;
    },
    requests: state.requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function gdelt(res: ServerResponse, mode: GdeltMode): void {
  if (mode === 'rate-limited') return void res.writeHead(429, { 'Content-Type': 'text/plain' }).end('Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries.');
  if (mode === 'text-error') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('The specified phrase is too short.');
  if (mode === 'empty') return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{}');
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(
    JSON.stringify({
      articles: [
        { url: 'https://coverage.example/armenia-army-pm', url_mobile: '', title: 'Armenian army demands prime minister quit', seendate: '20210225T081500Z', socialimage: '', domain: 'coverage.example', language: 'English', sourcecountry: 'United Kingdom' },
        { url: 'javascript:alert(1)', title: '<img src=x onerror=alert(1)>', seendate: '20210225T090000Z', domain: 'evil.example', language: 'English', sourcecountry: '' },
      ],
    }),
  );
}

function summary(res: ServerResponse, title: string): void {
  if (title !== 'Nikol_Pashinyan') return void res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"type":"https://mediawiki.org/wiki/HyperSwitch/errors/not_found"}');
  res.writeHead(200, { 'Content-Type': 'application/json' }).end(
    JSON.stringify({
      type: 'standard',
      title: 'Nikol Pashinyan',
      extract: 'Nikol Pashinyan is an Armenian politician (stand-in text for tests).',
      extract_html: '<p><img src=x onerror=alert(1)>stand-in</p>',
      content_urls: { desktop: { page: 'https://en.wikipedia.org/wiki/Nikol_Pashinyan' } },
    }),
  );
}
