import type { Evidence, EvidenceSource, Outlet } from '../types';
import type { AgencyRecord } from '../sources/agencies.data';
import { agencyByExactCode, agencyByName, agencyOutlet } from '../sources/registry';
import { bareLineCredit, copyrightCredit, datelineCredit, findAgencyCode, findAgencyName, leadInCredit } from './credit-matchers';
import { capRaw, cleanText } from '../page/text';
import type { PageContext } from './context';

/** An agency credit found on the page. */
export interface AgencyCredit {
  agency: AgencyRecord;
  evidence: Evidence;
}

/**
 * Resolves a captured credit like "AFP/dpa" or "Reuters and AP" to agencies. Full names match in any
 * case; short codes only in the case the agency writes them ("AP", "dpa"), so "ap" or "Map" never do.
 */
export function resolveCreditTokens(captured: string): AgencyRecord[] {
  const out: AgencyRecord[] = [];
  for (const token of captured.split(/(?<!\s)\s*(?:[/,&]|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*/u)) {
    const t = token.trim();
    if (!t) continue;
    const rec = agencyByName(t) ?? agencyByExactCode(t);
    if (rec && !out.includes(rec)) out.push(rec);
  }
  return out;
}

/** Agencies credited in one short credit text (a byline, a dateline, a source line). */
export function creditsInText(text: string, context: 'byline' | 'line'): AgencyRecord[] {
  const found: AgencyRecord[] = [];
  const add = (credit: string | null) => {
    if (credit) for (const r of resolveCreditTokens(credit)) if (!found.includes(r)) found.push(r);
  };
  const head = text.slice(0, 400);
  add(datelineCredit(head));
  add(bareLineCredit(head));
  add(leadInCredit(head));
  add(copyrightCredit(head));
  if (context === 'byline') {
    // In a byline every agency name or code is a credit: "By MARIA LOPEZ Associated Press", "By Jo Smith, AP".
    add(findAgencyName(head));
    add(findAgencyCode(head));
  }
  return found;
}

const PHOTO_CREDIT_TEXT = /^(?:file\s+)?(?:photo|image|picture|foto|bild|illustration|video)s?\b|\b(?:photo|foto|image)\s*:|\b(?:via|\/)\s*getty\b/i;

/**
 * Finds the agencies credited for the article's content: structured data (authors or source
 * organisations that are agencies), bylines, datelines in the first paragraphs, credit lines
 * ("- Anadolu Agency", "avec AFP", "Source: Reuters") and in-article copyright lines. Photo credits
 * and other stories' cards do not count. On an agency's own site the agency itself is credited when
 * nothing else is.
 */
export function extractAgencies(ctx: PageContext): { agencies: Outlet[]; evidence: Evidence[] } {
  const credits: AgencyCredit[] = [];
  const add = (recs: AgencyRecord[], source: EvidenceSource, detail: string, raw: string) => {
    for (const agency of recs) {
      if (credits.some((c) => c.agency === agency)) continue;
      credits.push({ agency, evidence: { source, detail, raw: capRaw(raw) } });
    }
  };

  for (const name of ctx.jsonLdCreditNames) {
    const rec = agencyByName(name.value);
    if (rec) add([rec], 'json-ld', name.detail, name.value);
  }
  for (const m of ctx.authorMetaValues) {
    add(resolveCreditTokens(m.value.replace(/^by\s+/i, '')), 'meta', m.detail, m.value);
  }
  for (const byline of ctx.bylineTexts) add(creditsInText(byline.text, 'byline'), 'byline', byline.detail, byline.text);

  for (const p of ctx.leadParagraphs) add(datelineCredits(p), 'dateline', 'first paragraphs of the article', p);
  for (const line of creditLineCandidates(ctx)) {
    const recs = creditsInText(line.text, 'line');
    const source: EvidenceSource = /©|copyright|\(c\)/i.test(line.text) ? 'copyright' : 'credit-line';
    add(recs, source, line.detail, line.text);
  }

  if (credits.length === 0 && ctx.hostAgency) {
    add([ctx.hostAgency], 'registry', `the page is on ${ctx.host}, the agency's own site`, ctx.host);
  }
  return { agencies: credits.map((c) => agencyOutlet(c.agency)), evidence: credits.map((c) => c.evidence) };
}

function datelineCredits(paragraph: string): AgencyRecord[] {
  const credit = datelineCredit(paragraph.slice(0, 160));
  return credit ? resolveCreditTokens(credit) : [];
}

const LINE_TAGS: ReadonlySet<string> = new Set(['P', 'SPAN', 'DIV', 'EM', 'I', 'SMALL', 'STRONG', 'B', 'LI']);
const PICTURE_TAGS: ReadonlySet<string> = new Set(['FIGURE', 'FIGCAPTION', 'PICTURE']);
const PICTURE_CLASS_WORDS = ['caption', 'photo', 'image', 'gallery'];
const PARAGRAPH: ReadonlySet<string> = new Set(['P']);

/** Short lines in the article's scope that may be credit or copyright lines. */
function creditLineCandidates(ctx: PageContext): { text: string; detail: string }[] {
  const out: { text: string; detail: string }[] = [];
  const { index, scopeAt } = ctx;
  // Photo credits: inside `figure, figcaption, picture, [class*="caption"], [class*="photo"], [class*="image"],
  // [class*="gallery"]` (class words in any case), answered once per element for the whole scope.
  const inPicture = index.selfOrAncestor((i) => PICTURE_TAGS.has(index.tags[i]) || PICTURE_CLASS_WORDS.some((w) => index.lowerClassOf(i).includes(w)));
  let previous = '';
  for (const i of index.within(scopeAt, LINE_TAGS, 3000)) {
    const length = index.textLength(i);
    if (length > 240 || length < 2 || index.childCount(i, 4) > 3) continue;
    const raw = index.textOf(i);
    const text = cleanText(raw);
    // Wrappers repeat their only child's text (document order: wrapper first); one look is enough,
    // and it keeps deeply nested markup from costing depth² ancestor walks below.
    if (text === previous) continue;
    previous = text;
    // A full name, or the punctuation of a credit shape: "(AP)", "© AP", "— AFP", "/ТАСС/", "Bron: ANP", "来源：新华社".
    if (!text || (findAgencyName(text) === null && !/\(|©|[-—–/:：]/.test(text))) continue;
    if (inPicture(i)) continue;
    if (PHOTO_CREDIT_TEXT.test(text)) continue;
    // An agency named inside a sentence ("reported <em>Reuters</em>") is a citation, not a credit.
    const para = index.tags[i] === 'P' ? -1 : index.closestTag(i, PARAGRAPH);
    if (para >= 0 && index.textLength(para) > raw.length + 20) continue;
    if (ctx.zones.at(i, scopeAt)) continue;
    out.push({ text, detail: describe(index.tags[i], index.classOf(i)) });
  }
  return out;
}

function describe(tag: string, classes: string): string {
  const cls = classes.trim().split(/\s+/)[0];
  return `<${tag.toLowerCase()}${cls ? ` class="${capRaw(cls, 40)}"` : ''}> in the article`;
}

