import type { Annotation } from '../../src/core/types';
import { earlierReading } from '../../src/history/earlier-reading';
import { entryFor, type HistoryEntry } from '../../src/history/history-entry';
import { httpUrl } from '../../src/ui/safe-url';

/** "Earlier reading about these parties": the reader's own history, read from this browser only. */
export function EarlierReadingSection({ annotation, history }: { annotation: Annotation; history: HistoryEntry[] }) {
  const current = entryFor(annotation, Date.now());
  const found = current ? earlierReading(history, current) : [];
  if (!found.length) return null;
  return (
    <section class="related earlier" aria-labelledby="earlier-title">
      <h2 id="earlier-title">Your earlier reading about these parties</h2>
      <ul>
        {found.map(({ entry, shared }) => {
          const url = httpUrl(entry.url);
          const title = entry.headline ?? entry.url;
          return (
            <li key={entry.url} dir="auto">
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
