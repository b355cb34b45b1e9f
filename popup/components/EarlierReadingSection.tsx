import { useEffect, useState } from 'preact/hooks';
import type { Annotation } from '../../src/core/types';
import { earlierReading, type EarlierReading } from '../../src/history/earlier-reading';
import { entryFor } from '../../src/history/history-entry';
import { readHistory } from '../../src/history/history-store';
import { httpUrl } from '../../src/ui/safe-url';

/** "Earlier reading about these parties": the reader's own history, read from this browser only. */
export function EarlierReadingSection({ annotation }: { annotation: Annotation }) {
  const [found, setFound] = useState<EarlierReading[] | null>(null);
  const current = entryFor(annotation, Date.now());
  const key = current ? current.keyParties.map((p) => p.name).join('|') : '';
  useEffect(() => {
    if (!current) return;
    readHistory().then((history) => setFound(earlierReading(history, current)), () => setFound([]));
  }, [current?.url, key]);
  if (!found?.length) return null;
  return (
    <section class="related earlier" aria-labelledby="earlier-title">
      <h2 id="earlier-title">Your earlier reading about these parties</h2>
      <ul>
        {found.map(({ entry, shared }) => {
          const url = httpUrl(entry.url);
          const title = entry.headline ?? entry.url;
          return (
            <li key={entry.url}>
              {url ? (
                <a href={url} target="_blank" rel="noreferrer noopener">
                  {title}
                </a>
              ) : (
                title
              )}
              <span class="party-meta">
                {[entry.publisher, `read ${new Date(entry.readAt).toLocaleDateString()}`, `shares ${shared.join(', ')}`].filter(Boolean).join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
