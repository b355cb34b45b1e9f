import type { Annotation } from '../../src/core/types';
import { leadOutlet, publisherDiffers } from '../../src/ui/outlets';
import { formatAbsolute, formatRelative, formatTimeline, formatUpdateGap, parsePageTime } from '../../src/ui/time';
import { el, pageText, type Child } from './dom';
import { httpUrl } from '../../src/ui/safe-url';
import { countryName, describeStateAffiliation, readableSources } from '../../src/ui/state-affiliation';

/** What the card's buttons do; the view only builds DOM, mount.ts owns state and listeners. */
export interface CardActions {
  dismiss(): void;
  collapse(): void;
  expand(): void;
  hideSite(): void;
  /** Scroll the article to the party's first mention. */
  showParty(name: string): void;
  /** A party's name was focused from the keyboard: show its mention's small card. */
  focusParty(name: string): void;
}

const MAX_CARD_PARTIES = 5;
const MAX_CARD_QUOTES = 2;
const QUOTE_CHARS = 140;

/**
 * The expanded card: lead outlet (agency, else publisher), the publisher, the story's times, its
 * authors, key parties with roles and the first quotes by speaker.
 */
export function renderCard(a: Annotation, actions: CardActions): HTMLElement {
  const lead = leadOutlet(a);
  const pub = parsePageTime(a.published);
  const mod = parsePageTime(a.modified);
  const publisherLine =
    lead && a.publisher && lead.role === 'agency'
      ? publisherDiffers(a, lead.outlet)
        ? el('p', { class: 'publisher' }, 'Published by ', el('strong', {}, pageText(a.publisher.name)))
        : el('p', { class: 'publisher' }, 'Published on the agency’s own site')
      : null;

  return el(
    'aside',
    { class: 'card', 'aria-label': 'Backstory: where this story comes from' },
    el(
      'header',
      {},
      el('span', { class: 'mark', 'aria-hidden': 'true' }, 'B'),
      el('span', { class: 'brand' }, 'Backstory'),
      button('icon collapse', 'Collapse the Backstory card', '–', actions.collapse),
      button('icon close', 'Dismiss the Backstory card', '×', actions.dismiss),
    ),
    el('p', { class: 'role' }, lead ? (lead.role === 'agency' ? 'News agency' : 'Publisher') : 'Source unknown'),
    el('p', { class: 'lead' }, lead ? pageText(lead.outlet.name) : 'No publisher or agency found'),
    lead ? profileLine(lead.outlet) : null,
    publisherLine,
    el('p', { class: 'timeline' }, formatTimeline(a.published, a.modified) ?? 'No publication time found'),
    pub || mod
      ? el(
          'dl',
          { class: 'times' },
          pub && el('dt', {}, 'Published'),
          pub && el('dd', {}, el('time', { datetime: a.published ?? undefined }, formatAbsolute(pub))),
          mod && el('dt', {}, 'Updated'),
          mod && el('dd', {}, el('time', { datetime: a.modified ?? undefined }, formatAbsolute(mod))),
        )
      : null,
    a.authors.length ? el('p', { class: 'authors' }, 'By ', ...a.authors.flatMap((p, i) => [i ? ', ' : null, pageText(p.name)])) : null,
    renderParties(a, actions),
    renderQuotes(a),
    renderRelated(a),
    el('footer', {}, button('text-button', 'Hide Backstory on this site (undo in the options)', 'Hide on this site', actions.hideSite)),
  );
}

const CARD_RELATED_KINDS = ['encyclopedia', 'coverage', 'events'] as const;

/** A few background links (Wikipedia for the first key parties, the same story elsewhere, that day); http(s) only. */
function renderRelated(a: Annotation): HTMLElement | null {
  const links = CARD_RELATED_KINDS.flatMap((kind) => a.related.filter((l) => l.kind === kind).slice(0, kind === 'encyclopedia' ? 2 : 1))
    .map((l) => ({ ...l, safe: httpUrl(l.url) }))
    .filter((l) => l.safe);
  if (!links.length) return null;
  return el(
    'section',
    { class: 'related', 'aria-label': 'Background' },
    el('h2', {}, 'Background'),
    el('ul', {}, ...links.map((l) => el('li', {}, el('a', { href: l.safe!, target: '_blank', rel: 'noreferrer noopener' }, pageText(l.title))))),
  );
}

/** "Türkiye · news agency · State-controlled media (State Media Monitor: SC)", when the registry knows the outlet. */
function profileLine(o: Annotation['agencies'][number]): HTMLElement | null {
  const facts = [countryName(o.country), o.kind, describeStateAffiliation(o.stateAffiliation)].filter(Boolean).join(' · ');
  return facts ? el('p', { class: 'profile', title: o.profileSource ? `Source: ${readableSources(o.profileSource)}` : undefined }, facts) : null;
}

function renderParties(a: Annotation, actions: CardActions): HTMLElement | null {
  const key = a.parties.filter((p) => p.key).slice(0, MAX_CARD_PARTIES);
  if (!key.length) return null;
  return el(
    'section',
    { class: 'parties', 'aria-label': 'Key parties' },
    el('h2', {}, 'Key parties'),
    el(
      'ul',
      {},
      ...key.map((p) =>
        el('li', { class: `party party-${p.type}` }, el('span', { class: 'dot', 'aria-hidden': 'true' }), partyButton(p.name, actions), p.role ? el('span', { class: 'party-role' }, ` · ${p.role}`) : null),
      ),
    ),
  );
}

function renderQuotes(a: Annotation): HTMLElement | null {
  const quotes = a.quotes.filter((q) => q.speaker).slice(0, MAX_CARD_QUOTES);
  if (!quotes.length) return null;
  return el(
    'section',
    { class: 'quotes', 'aria-label': 'Quoted' },
    el('h2', {}, 'Quoted'),
    ...quotes.map((q) =>
      el('p', { class: 'quote' }, el('strong', {}, pageText(q.speaker!)), ': “', pageText(q.text.length > QUOTE_CHARS ? `${q.text.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : q.text), '”'),
    ),
  );
}

function partyButton(name: string, actions: CardActions): HTMLButtonElement {
  const b = button('party-name', `Show ${name} in the article`, pageText(name), () => actions.showParty(name));
  // Only keyboard focus: a mouse click already scrolls, and its focus must not pop a second card.
  b.addEventListener('focus', () => b.matches(':focus-visible') && actions.focusParty(name));
  return b;
}

/** "3 parties" for the collapsed line; null before the tagger has run or when none were found. */
function partiesCount(a: Annotation): string | null {
  const n = a.parties.length;
  return n ? `${n} ${n === 1 ? 'party' : 'parties'}` : null;
}

/** The collapsed card for narrow windows: one line that expands to the card. */
export function renderPill(a: Annotation, actions: CardActions): HTMLElement {
  const lead = leadOutlet(a);
  const name = lead ? (lead.outlet.shortName ?? lead.outlet.name) : 'Backstory';
  const pub = parsePageTime(a.published);
  const when = pub ? (formatRelative(pub) ?? formatAbsolute(pub)) : null;
  const count = partiesCount(a);
  const mod = parsePageTime(a.modified);
  // "· updated" only when the page was changed after publication (a minute or more).
  const updated = pub && mod && formatUpdateGap(pub, mod) ? 'updated' : null;
  const label = `Backstory: ${lead ? lead.outlet.name : 'no source found'}${when ? `, published ${when}` : ''}${updated ? ', updated' : ''}${count ? `, ${count}` : ''}. Show details`;
  const pill = button('pill', label, '', actions.expand);
  pill.setAttribute('aria-expanded', 'false');
  pill.append(el('span', { class: 'mark', 'aria-hidden': 'true' }, 'B'), el('span', { class: 'pill-name' }, pageText(name)));
  if (when) pill.append(el('span', { class: 'pill-when' }, when));
  if (updated) pill.append(el('span', { class: 'pill-when' }, '· updated'));
  if (count) pill.append(el('span', { class: 'pill-when' }, `· ${count}`));
  return pill;
}

function button(cls: string, label: string | undefined, text: Child, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: cls, 'aria-label': label, title: label }, text);
  b.addEventListener('click', onClick);
  return b;
}
