import type { Annotation } from '../core/types';
import { MAX_ARTICLE_BLOCKS, MAX_ARTICLE_CHARS, type BlockKind } from '../core/body/article-blocks';
import type { ContentToBackground, MessageOf, PopupToBackground } from '../messages';

/**
 * Shape checks for incoming messages. Our content script runs inside pages we do not trust, so the
 * background checks what it stores and shows instead of assuming the sender behaved.
 */

/** Largest annotation we keep; `storage.session` holds 10 MB for all tabs together. */
const MAX_ANNOTATION_CHARS = 256 * 1024;

const BLOCK_KINDS = new Set(['headline', 'standfirst', 'subhead', 'paragraph']);

/** The content-script message in `msg`, or null when it is not one of ours or is malformed. */
export function parseContentMessage(msg: unknown): MessageOf<ContentToBackground> | null {
  if (isRecord(msg) && msg.type === 'read-story') return parseReadStory(msg);
  if (!isRecord(msg) || msg.type !== 'page-annotated') return null;
  if (typeof msg.forced !== 'boolean' || !isAnnotation(msg.annotation)) return null;
  if (JSON.stringify(msg.annotation).length > MAX_ANNOTATION_CHARS) return null;
  const highlighted = msg.highlighted === true;
  return { type: 'page-annotated', annotation: msg.annotation, forced: msg.forced, highlighted };
}

function parseReadStory(msg: Record<string, unknown>): MessageOf<ContentToBackground> | null {
  if (!isAnnotation(msg.annotation) || JSON.stringify(msg.annotation).length > MAX_ANNOTATION_CHARS) return null;
  if (!Array.isArray(msg.blocks) || msg.blocks.length > MAX_ARTICLE_BLOCKS) return null;
  const blocks: { kind: BlockKind; text: string }[] = [];
  let chars = 0;
  for (const b of msg.blocks) {
    if (!isRecord(b) || !BLOCK_KINDS.has(b.kind as string) || !isString(b.text)) return null;
    chars += b.text.length;
    if (chars > MAX_ARTICLE_CHARS) return null;
    blocks.push({ kind: b.kind as BlockKind, text: b.text });
  }
  return { type: 'read-story', annotation: msg.annotation, blocks };
}

/** The popup message in `msg`, or null. */
export function parsePopupMessage(msg: unknown): MessageOf<PopupToBackground> | null {
  if (!isRecord(msg)) return null;
  if (msg.type === 'party-summary') {
    const ok = isString(msg.name) && msg.name.trim().length > 0 && msg.name.length <= 200 && isString(msg.lang) && /^[a-z]{2,3}$/.test(msg.lang);
    return ok ? { type: 'party-summary', name: msg.name as string, lang: msg.lang as string } : null;
  }
  if (!isTabId(msg.tabId)) return null;
  if (msg.type === 'get-tab-state') return { type: 'get-tab-state', tabId: msg.tabId };
  if (msg.type === 'read-tab-now') return { type: 'read-tab-now', tabId: msg.tabId };
  if (msg.type === 'live-coverage') return { type: 'live-coverage', tabId: msg.tabId };
  return null;
}

/** Checks the fields the badge, card and popup read; the rest are passed through untouched. */
export function isAnnotation(x: unknown): x is Annotation {
  if (!isRecord(x)) return false;
  return (
    typeof x.url === 'string' &&
    typeof x.isArticle === 'boolean' &&
    typeof x.articleConfidence === 'number' &&
    isNullable(x.headline, isString) &&
    isNullable(x.publisher, isNamed) &&
    isListOf(x.agencies, isNamed) &&
    isListOf(x.authors, isNamed) &&
    isNullable(x.published, isString) &&
    isNullable(x.modified, isString) &&
    isNullable(x.section, isString) &&
    isNullable(x.lang, isString) &&
    isNullable(x.canonicalUrl, isString) &&
    isListOf(x.parties, isParty) &&
    isListOf(x.quotes, isQuote) &&
    Array.isArray(x.related) &&
    isRecord(x.evidence)
  );
}

const PARTY_TYPES = new Set(['person', 'organization', 'place']);

function isParty(x: unknown): boolean {
  return isRecord(x) && isString(x.name) && PARTY_TYPES.has(x.type as string) && isNullable(x.role, isString) &&
    isListOf(x.aliases, isString) && typeof x.mentions === 'number' && typeof x.key === 'boolean';
}

function isQuote(x: unknown): boolean {
  return isRecord(x) && isString(x.text) && isNullable(x.speaker, isString);
}

function isTabId(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isString(x: unknown): x is string {
  return typeof x === 'string';
}

function isNamed(x: unknown): boolean {
  return isRecord(x) && typeof x.name === 'string';
}

function isNullable(x: unknown, check: (v: unknown) => boolean): boolean {
  return x === null || check(x);
}

function isListOf(x: unknown, check: (v: unknown) => boolean): boolean {
  return Array.isArray(x) && x.every(check);
}
