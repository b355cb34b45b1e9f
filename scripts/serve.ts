/**
 * A tiny static server for test/fixtures/ on 127.0.0.1 (so /pages/…, /demo/…, /negative/…), used by
 * `npm start`, the e2e tests, and by hand: `npx tsx scripts/serve.ts [--port 8080]`.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The fixtures folder served by default. */
export const FIXTURES_DIR = resolve(import.meta.dirname, '..', 'test', 'fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** A running fixture server. */
export interface FixtureServer {
  /** e.g. `http://127.0.0.1:41234` */
  origin: string;
  close(): Promise<void>;
}

/** Starts serving `root` on 127.0.0.1; port 0 (the default) picks a free one. */
export async function startFixtureServer({ port = 0, root = FIXTURES_DIR } = {}): Promise<FixtureServer> {
  const server = createServer(async (req, res) => {
    const file = resolveRequest(root, req.url ?? '/');
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile() || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(port, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${portOf(server)}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** The file for a request path inside `root`, or null for anything that would leave it. */
function resolveRequest(root: string, url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  const file = resolve(root, '.' + (path.endsWith('/') ? `${path}index.html` : path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

function portOf(server: Server): number {
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no TCP address');
  return addr.port;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : 0;
  const { origin } = await startFixtureServer({ port });
  console.log(`Serving ${FIXTURES_DIR} at ${origin}/ (e.g. ${origin}/demo/home.html). Ctrl+C stops.`);
}
