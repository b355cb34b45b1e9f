import { parseHtml } from '../../../../src/cli/parse-html';
import { extractMetadata, type Metadata } from '../../../../src/core/metadata/metadata';

/** Metadata of an inline test page, parsed the way the CLI parses pages. */
export function metadataOf(html: string, url = 'https://news.example.org/2021/story'): Metadata {
  return extractMetadata(parseHtml(html, url), url);
}

/** A page with `head` in its head and `body` as its body. */
export function page(head: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** A few body paragraphs long enough to be the article's text. */
export const BODY_TEXT = [
  'The harbour board voted on Tuesday evening to extend the ferry service to the northern islands for another season.',
  'Residents had asked for the extension after the spring timetable left several villages without a morning crossing.',
  'The board said the cost would be shared with the regional council, which has yet to confirm its part of the budget.',
].map((t) => `<p>${t}</p>`).join('\n');
