import type { Evidence } from '../types';
import { capRaw } from '../page/text';
import type { PageContext } from './context';

const TAG = /^([a-z]{2,3})(?:[-_]([a-z]{4}))?(?:[-_]([a-z]{2}|\d{3}))?$/i;

/** Normalises a language tag: "EN_us" → "en-US"; null for junk. */
export function normalizeLangTag(raw: string): string | null {
  const m = TAG.exec(raw.trim());
  if (!m) return null;
  const primary = m[1].toLowerCase();
  if (primary === 'und' || primary === 'xx') return null;
  return [primary, m[2] ? m[2][0].toUpperCase() + m[2].slice(1).toLowerCase() : null, m[3]?.toUpperCase()].filter(Boolean).join('-');
}

/**
 * The page's language as a BCP 47 tag: JSON-LD inLanguage, `<html lang>`, content-language and
 * og:locale, in that order. The region, when given, decides day-first or month-first dates.
 */
export function extractLang(ctx: PageContext): { lang: string | null; evidence: Evidence[] } {
  const sources: [string | null | undefined, Evidence['source'], string][] = [
    [typeof ctx.article?.inLanguage === 'string' ? ctx.article.inLanguage : null, 'json-ld', 'JSON-LD inLanguage'],
    [ctx.doc.documentElement?.getAttribute('lang'), 'html-attribute', '<html lang>'],
    [ctx.doc.documentElement?.getAttribute('xml:lang'), 'html-attribute', '<html xml:lang>'],
    [ctx.meta.first(['content-language', 'language', 'dc.language'])?.value, 'meta', 'meta content-language'],
    [ctx.meta.first(['og:locale'])?.value, 'meta', 'meta[property="og:locale"]'],
  ];
  for (const [raw, source, detail] of sources) {
    if (!raw) continue;
    const tag = normalizeLangTag(raw.split(',')[0]);
    if (tag) return { lang: tag, evidence: [{ source, detail, raw: capRaw(raw) }] };
  }
  return { lang: null, evidence: [] };
}
