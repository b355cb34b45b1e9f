// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { renderCard, renderPill } from '../../../content-scripts/card/card-view';
import { sampleAnnotation } from '../ui/sample-annotation';

const actions = () => ({ dismiss: vi.fn(), collapse: vi.fn(), expand: vi.fn(), hideSite: vi.fn(), showParty: vi.fn(), focusParty: vi.fn() });

describe('renderCard', () => {
  it('shows the agency, the publisher and the times', () => {
    const card = renderCard(sampleAnnotation(), actions());
    expect(card.querySelector('.lead')?.textContent).toBe('Anadolu Agency');
    expect(card.querySelector('.publisher')?.textContent).toBe('Published by Example News');
    expect(card.querySelector('.timeline')?.textContent).toMatch(/^published .+ · updated 40 min after publishing$/);
    expect([...card.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2021-02-25T04:57:00+03:00',
      '2021-02-25T05:37:00+03:00',
    ]);
  });

  it('gives the lead outlet its profile facts with their source', () => {
    const agency = { name: 'Anadolu Agency', country: 'TR', kind: 'news agency', stateAffiliation: 'SC', profileSource: 'State Media Monitor via state-media-profiles (MIT)' };
    const card = renderCard(sampleAnnotation({ agencies: [agency] }), actions());
    expect(card.querySelector('.profile')?.textContent).toMatch(/^(Türkiye|Turkey) · news agency · State-controlled media \(State Media Monitor: SC\)$/);
    expect(card.querySelector('.profile')?.getAttribute('title')).toBe('Source: State Media Monitor via state-media-profiles (MIT)');
  });

  it('treats page-derived strings as text, never as markup', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const card = renderCard(sampleAnnotation({ agencies: [], publisher: { name: evil } }), actions());
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.lead')?.textContent).toBe(evil);
  });

  it('isolates right-to-left page text, so an Arabic byline does not reorder our labels (seen on an RTL fixture page)', () => {
    const card = renderCard(
      sampleAnnotation({ authors: [{ name: 'سارة الحسيني', url: null }, { name: 'Jo Doe', url: null }], agencies: [], publisher: { name: 'صدى المدينة' } }),
      actions(),
    );
    const authors = card.querySelector('.authors')!;
    expect(authors.textContent).toBe('By سارة الحسيني, Jo Doe');
    // Each name in its own <bdi>, the label and the comma outside them.
    expect([...authors.querySelectorAll('bdi')].map((b) => b.textContent)).toEqual(['سارة الحسيني', 'Jo Doe']);
    expect(card.querySelector('.lead bdi')?.textContent).toBe('صدى المدينة');
  });

  it('lays itself out left to right on a right-to-left page (`all: initial` leaves direction to the page)', () => {
    for (const file of ['../../../content-scripts/card/card.css', '../../../content-scripts/highlights/hover-card.css']) {
      const css = readFileSync(new URL(file, import.meta.url), 'utf8');
      const host = /:host \{([^}]*)\}/.exec(css)![1];
      expect(host, file).toMatch(/direction: ltr !important;/);
      expect(host, file).toMatch(/unicode-bidi: isolate !important;/);
    }
  });

  it('has labelled buttons that call their actions', () => {
    const a = actions();
    const card = renderCard(sampleAnnotation(), a);
    card.querySelector<HTMLButtonElement>('[aria-label="Dismiss the Backstory card"]')!.click();
    card.querySelector<HTMLButtonElement>('[aria-label="Collapse the Backstory card"]')!.click();
    expect(a.dismiss).toHaveBeenCalledOnce();
    expect(a.collapse).toHaveBeenCalledOnce();
  });

  it('says what is missing instead of showing blanks', () => {
    const card = renderCard(sampleAnnotation({ agencies: [], publisher: null, published: null, modified: null }), actions());
    expect(card.querySelector('.lead')?.textContent).toBe('No publisher or agency found');
    expect(card.querySelector('.timeline')?.textContent).toBe('No publication time found');
    expect(card.querySelector('.times')).toBeNull();
  });
});

describe('renderPill', () => {
  it('is one expandable button named after the source', () => {
    const a = actions();
    const pill = renderPill(sampleAnnotation(), a);
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(pill.getAttribute('aria-label')).toMatch(/^Backstory: Anadolu Agency, published .+\. Show details$/);
    expect(pill.textContent).toContain('AA');
    pill.click();
    expect(a.expand).toHaveBeenCalledOnce();
  });
});

describe('card parties and quotes', () => {
  const withParties = () =>
    sampleAnnotation({
      parties: [
        { name: 'Nikol Pashinyan', type: 'person', role: 'Prime Minister', aliases: ['Pashinyan'], mentions: 2, key: true },
        { name: 'Azerbaijan', type: 'place', role: null, aliases: [], mentions: 4, key: true },
        { name: 'Facebook', type: 'organization', role: null, aliases: [], mentions: 1, key: false },
      ],
      quotes: [
        { text: 'At this moment of truth, I call on you', speaker: 'Robert Kocharian' },
        { text: 'Nobody claimed this one', speaker: null },
      ],
    });

  it('lists key parties with roles and quotes with named speakers only', () => {
    const card = renderCard(withParties(), actions());
    expect([...card.querySelectorAll('.party')].map((li) => li.textContent)).toEqual(['Nikol Pashinyan · Prime Minister', 'Azerbaijan']);
    expect([...card.querySelectorAll('.quote')].map((p) => p.textContent)).toEqual(['Robert Kocharian: “At this moment of truth, I call on you”']);
  });

  it('scrolls to a party when its name is clicked', () => {
    const a = actions();
    renderCard(withParties(), a).querySelector<HTMLButtonElement>('[aria-label="Show Nikol Pashinyan in the article"]')!.click();
    expect(a.showParty).toHaveBeenCalledWith('Nikol Pashinyan');
  });

  it('links the background (http only) and never a javascript: URL', () => {
    const a = withParties();
    a.related = [
      { kind: 'encyclopedia', title: 'Nikol Pashinyan on Wikipedia', url: 'https://en.wikipedia.org/wiki/Special:Search?search=Nikol+Pashinyan&go=Go' },
      { kind: 'encyclopedia', title: 'Evil', url: 'javascript:alert(1)' },
      { kind: 'events', title: 'What else happened on 25 February 2021', url: 'https://en.wikipedia.org/wiki/Portal:Current_events/2021_February_25' },
    ];
    const links = [...renderCard(a, actions()).querySelectorAll('.related a')];
    expect(links.map((l) => l.textContent)).toEqual(['Nikol Pashinyan on Wikipedia', 'What else happened on 25 February 2021']);
    expect(links.every((l) => l.getAttribute('href')!.startsWith('https://'))).toBe(true);
  });

  it('says "updated" on the collapsed line when the page changed after publication', () => {
    expect(renderPill(sampleAnnotation(), actions()).textContent).toContain('· updated');
    expect(renderPill(sampleAnnotation({ modified: null }), actions()).textContent).not.toContain('updated');
  });

  it('counts parties on the collapsed line', () => {
    const pill = renderPill(withParties(), actions());
    expect(pill.getAttribute('aria-label')).toMatch(/, 3 parties\. Show details$/);
  });

  it('shows no parties section before the tagger has run', () => {
    expect(renderCard(sampleAnnotation({ parties: [], quotes: [] }), actions()).querySelector('.parties, .quotes')).toBeNull();
  });
});
