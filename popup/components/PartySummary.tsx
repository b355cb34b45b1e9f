import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../src/messages';
import type { LiveOutcome, PartySummary as Summary } from '../../src/live/live-types';
import { httpUrl } from '../../src/ui/safe-url';
import { LiveProblem } from './LiveStates';

/** A party's Wikipedia summary, asked for when the reader opens it (live results only). */
export function PartySummary({ name, lang }: { name: string; lang: string }) {
  const [outcome, setOutcome] = useState<LiveOutcome<Summary> | 'loading'>('loading');
  useEffect(() => {
    void sendToBackground('party-summary', { name, lang }).then((r) => setOutcome(r.ok ? r.value : { state: 'error', detail: r.error }));
  }, [name, lang]);
  if (outcome === 'loading') return <p class="loading">Asking Wikipedia…</p>;
  if (outcome.state === 'disabled') return <p class="missing">Live results are off (Backstory options).</p>;
  if (outcome.state !== 'ok') return <LiveProblem outcome={outcome} what="Wikipedia" />;
  const url = httpUrl(outcome.value.url);
  return (
    <div class="summary-text">
      <p>{outcome.value.extract}</p>
      <p class="party-meta">
        {url ? (
          <a href={url} target="_blank" rel="noreferrer noopener">
            {outcome.value.attribution}
          </a>
        ) : (
          outcome.value.attribution
        )}
      </p>
    </div>
  );
}
