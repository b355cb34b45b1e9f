import { useState } from 'preact/hooks';
import type { Party, PartyType } from '../../src/core/types';
import { sendToTab } from '../../src/messages';
import { PartySummary } from './PartySummary';
import type { HistoryEntry } from '../../src/history/history-entry';
import { timelineFor } from '../../src/history/earlier-reading';

const TYPE_LABELS: Record<PartyType, string> = { person: 'Person', organization: 'Organisation', place: 'Place' };

const GROUPS: ReadonlyArray<{ type: PartyType; title: string }> = [
  { type: 'person', title: 'People' },
  { type: 'organization', title: 'Organisations' },
  { type: 'place', title: 'Places' },
];
/** Without key parties (a short or odd article), this many of the most mentioned show at first. */
const SHOWN_WITHOUT_KEY = 5;

/**
 * Parties grouped by type, key ones first in each group (each name scrolls the page to its first
 * mention); the others behind one "more" toggle so the popup stays short.
 */
export function PartiesSection({ parties, history, tabId, live, lang }: { parties: Party[]; history: HistoryEntry[]; tabId: number; live: boolean; lang: string }) {
  const [all, setAll] = useState(false);
  const anyKey = parties.some((p) => p.key);
  const shownFirst = new Set(anyKey ? parties.filter((p) => p.key) : parties.slice(0, SHOWN_WITHOUT_KEY));
  const hidden = parties.length - shownFirst.size;
  const visible = (p: Party) => all || shownFirst.has(p);
  return (
    <section class="parties" aria-labelledby="parties-title">
      <h2 id="parties-title">Who and where</h2>
      {parties.length === 0 ? (
        <p class="missing">No people, organisations or places found in the article text.</p>
      ) : (
        <>
          {GROUPS.map((g) => {
            const members = parties.filter((p) => p.type === g.type && visible(p)).sort((a, b) => Number(b.key) - Number(a.key) || b.mentions - a.mentions);
            if (!members.length) return null;
            return (
              <div key={g.type} class="party-group">
                <h3>{g.title}</h3>
                <ul class="party-list">
                  {members.map((p) => (
                    <PartyItem key={p.name} party={p} timeline={timelineFor(history, p.name)} tabId={tabId} live={live} lang={lang} />
                  ))}
                </ul>
              </div>
            );
          })}
          {hidden > 0 && (
            <button type="button" class="link-button" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? 'Show fewer' : `${hidden} more named in the text`}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function PartyItem({ party: p, timeline, tabId, live, lang }: { party: Party; timeline: HistoryEntry[]; tabId: number; live: boolean; lang: string }) {
  const [about, setAbout] = useState(false);
  const details = [p.role, p.parent ? `part of ${p.parent}` : null].filter(Boolean).join(' · ');
  const also = p.aliases.length ? `also “${p.aliases.join('”, “')}”` : null;
  return (
    <li class={`party party-${p.type}`} data-type={p.type}>
      <span class="party-type" title={TYPE_LABELS[p.type]} aria-label={TYPE_LABELS[p.type]}>
        {p.type === 'person' ? 'P' : p.type === 'organization' ? 'O' : 'L'}
      </span>
      <span class="party-text">
        <button type="button" class="party-name" dir="auto" title="Show in the article" onClick={() => void sendToTab(tabId, 'show-party', { name: p.name })}>
          {p.name}
        </button>
        {details && <span class="party-role"> — {details}</span>}
        <span class="party-meta">
          {p.mentions === 1 ? '1 mention' : `${p.mentions} mentions`}
          {also && ` · ${also}`}
          {live && (
            <>
              {' · '}
              <button type="button" class="link-button inline" aria-expanded={about} onClick={() => setAbout(!about)}>
                {about ? 'hide summary' : 'summary'}
              </button>
            </>
          )}
        </span>
        {about && <PartySummary name={p.name} lang={lang} />}
        {timeline.length > 0 && (
          <details class="timeline">
            <summary>
              In your reading: {timeline.length} earlier {timeline.length === 1 ? 'article' : 'articles'}
            </summary>
            <ol>
              {timeline.slice(-5).map((e) => (
                <li key={e.url}>
                  <time dateTime={new Date(e.readAt).toISOString()}>{new Date(e.readAt).toLocaleDateString()}</time> {e.headline ?? e.url}
                  {e.publisher ? ` (${e.publisher})` : ''}
                </li>
              ))}
            </ol>
          </details>
        )}
      </span>
    </li>
  );
}
