import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../src/messages';
import type { LiveArticle, LiveOutcome } from '../../src/live/live-types';
import { httpUrl } from '../../src/ui/safe-url';
import { LiveProblem } from './LiveStates';

/**
 * Live coverage from GDELT, fetched by the background when the popup opens — only for readers who
 * turned live results on in the options (the background answers `disabled` otherwise).
 */
export function LiveCoverageSection({ tabId }: { tabId: number }) {
  const [outcome, setOutcome] = useState<LiveOutcome<LiveArticle[]> | 'loading'>('loading');
  useEffect(() => {
    void sendToBackground('live-coverage', { tabId }).then((r) => setOutcome(r.ok ? r.value : { state: 'error', detail: r.error }));
  }, [tabId]);
  if (outcome !== 'loading' && outcome.state === 'disabled') return null;
  return (
    <section class="related live" aria-labelledby="live-title" aria-busy={outcome === 'loading'}>
      <h2 id="live-title">Live coverage (GDELT)</h2>
      {outcome === 'loading' ? (
        <p class="loading">Asking GDELT…</p>
      ) : outcome.state === 'ok' ? (
        <ul>
          {outcome.value.slice(0, 8).map((a) => {
            const url = httpUrl(a.url);
            return (
              <li key={a.url}>
                {url ? (
                  <a href={url} target="_blank" rel="noreferrer noopener">
                    {a.title}
                  </a>
                ) : (
                  a.title
                )}
                <span class="party-meta">{[a.domain, a.country, a.seen?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <LiveProblem outcome={outcome} what="GDELT" />
      )}
    </section>
  );
}
