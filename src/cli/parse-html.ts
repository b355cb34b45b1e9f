import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Parses HTML into a Document in Node (CLI, tests, benchmarks) the way a browser would,
 * without running scripts, loading subresources or printing the page's CSS errors.
 */
export function parseHtml(html: string, url: string): Document {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: safeUrl(url), contentType: 'text/html', virtualConsole });
  return dom.window.document;
}

function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'file:' ? u.href : 'about:blank';
  } catch {
    return 'about:blank';
  }
}

/**
 * Releases a document made by {@link parseHtml} (its window and timers). Batch runs over hundreds of
 * pages call this so memory stays flat.
 */
export function closeDocument(doc: Document): void {
  doc.defaultView?.close();
}
