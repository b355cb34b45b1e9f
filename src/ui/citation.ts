import type { Annotation } from '../core/types';
import { parsePageTime, type DateFields } from './time';

/** Citation styles offered by "copy citation". */
export type CitationStyle = 'apa' | 'mla' | 'chicago' | 'bibtex';

export const CITATION_STYLES: ReadonlyArray<{ style: CitationStyle; label: string }> = [
  { style: 'apa', label: 'APA' },
  { style: 'mla', label: 'MLA' },
  { style: 'chicago', label: 'Chicago' },
  { style: 'bibtex', label: 'BibTeX' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Surname particles that belong to the family name ("Ludwig van Beethoven" → "van Beethoven"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'dos', 'das']);
/** Words that make an author an organisation, cited by its full name. */
const CORPORATE = /\b(?:agency|press|news|staff|reuters|associated|service|media|group|newsroom|desk|editorial|team|bureau|corporation|company|inc|ltd|network|times|post)\b/i;

interface Name {
  given: string[];
  family: string;
  corporate: boolean;
}

/** The article's citation in `style`, as plain text; `accessed` is today's date for "retrieved" fields. */
export function formatCitation(a: Annotation, style: CitationStyle, accessed: Date = new Date()): string {
  const names = a.authors.map((p) => splitName(p.name));
  const title = a.headline ?? '(untitled)';
  const site = a.publisher?.name ?? hostOf(a.canonicalUrl ?? a.url);
  const url = a.canonicalUrl ?? a.url;
  const date = parsePageTime(a.published)?.fields ?? null;
  switch (style) {
    case 'apa':
      return apa(names, title, site, url, date);
    case 'mla':
      return mla(names, title, site, url, date);
    case 'chicago':
      return chicago(names, title, site, url, date);
    case 'bibtex':
      return bibtex(names, title, site, url, date, accessed);
  }
}

function apa(names: Name[], title: string, site: string, url: string, d: DateFields | null): string {
  const when = d ? `(${d.year}, ${MONTHS[d.month - 1]} ${d.day})` : '(n.d.)';
  const titled = endWith(title, '.');
  if (!names.length) return `${titled} ${when}. ${site}. ${url}`;
  const list = names.map((n) => (n.corporate ? n.family : `${n.family}, ${n.given.map((g) => `${g[0]}.`).join(' ')}`));
  const authors = list.length === 1 ? list[0] : list.length <= 20 ? `${list.slice(0, -1).join(', ')}, & ${list[list.length - 1]}` : `${list.slice(0, 19).join(', ')}, … ${list[list.length - 1]}`;
  return `${endWith(authors, '.')} ${when}. ${titled} ${site}. ${url}`;
}

function mla(names: Name[], title: string, site: string, url: string, d: DateFields | null): string {
  const first = names[0];
  const inverted = first ? (first.corporate ? first.family : `${first.family}, ${first.given.join(' ')}`) : '';
  const authors = names.length === 0 ? '' : names.length === 1 ? inverted : names.length === 2 ? `${inverted}, and ${display(names[1])}` : `${inverted}, et al`;
  const when = d ? `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}, ` : '';
  const lead = authors ? `${endWith(authors, '.')} ` : '';
  return `${lead}“${endWith(title, '.')}” ${site}, ${when}${url.replace(/^https?:\/\//, '')}.`;
}

function chicago(names: Name[], title: string, site: string, url: string, d: DateFields | null): string {
  let authors = '';
  if (names.length) {
    const first = names[0].corporate ? names[0].family : `${names[0].family}, ${names[0].given.join(' ')}`;
    const rest = names.slice(1).map(display);
    authors = rest.length === 0 ? first : rest.length === 1 ? `${first}, and ${rest[0]}` : `${first}, ${rest.slice(0, -1).join(', ')}, and ${rest[rest.length - 1]}`;
  }
  const when = d ? `, ${MONTHS[d.month - 1]} ${d.day}, ${d.year}` : '';
  const lead = authors ? `${endWith(authors, '.')} ` : '';
  return `${lead}“${endWith(title, '.')}” ${site}${when}. ${url}.`;
}

function bibtex(names: Name[], title: string, site: string, url: string, d: DateFields | null, accessed: Date): string {
  const key = `${(names[0]?.family ?? site).normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase() || 'article'}${d?.year ?? ''}${(title.match(/[A-Za-z]{4,}/)?.[0] ?? '').toLowerCase()}`;
  const fields: Array<[string, string]> = [];
  if (names.length) fields.push(['author', names.map((n) => (n.corporate ? `{${bib(n.family)}}` : `${bib(n.family)}, ${bib(n.given.join(' '))}`)).join(' and ')]);
  fields.push(['title', `{${bib(title)}}`]);
  fields.push(['howpublished', bib(site)]);
  if (d) {
    fields.push(['year', String(d.year)]);
    fields.push(['month', BIB_MONTHS[d.month - 1]]);
  }
  fields.push(['url', url.replace(/[{}\\]/g, (c) => encodeURIComponent(c))]);
  fields.push(['note', `Accessed ${accessed.toISOString().slice(0, 10)}`]);
  const body = fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(',\n');
  return `@misc{${key},\n${body}\n}`;
}

/** Escapes BibTeX's special characters in a field value. */
function bib(s: string): string {
  return s.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

function splitName(raw: string): Name {
  const name = raw.replace(/\s+/g, ' ').trim();
  const tokens = name.split(' ');
  if (tokens.length < 2 || tokens.length > 5 || CORPORATE.test(name)) return { given: [], family: name, corporate: true };
  let i = tokens.length - 1;
  while (i > 1 && PARTICLES.has(tokens[i - 1].toLowerCase())) i--;
  // Suffixes stay with the family name ("Martin Luther King Jr." → "King Jr.").
  if (/^(?:jr|sr|ii|iii|iv)\.?$/i.test(tokens[tokens.length - 1]) && i === tokens.length - 1 && tokens.length > 2) i--;
  return { given: tokens.slice(0, i), family: tokens.slice(i).join(' '), corporate: false };
}

function display(n: Name): string {
  return n.corporate ? n.family : [...n.given, n.family].join(' ');
}

function endWith(s: string, mark: string): string {
  return /[.?!]$/.test(s) ? s : s + mark;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
