import type { RelatedKind, RelatedLink } from '../../src/core/types';
import { httpUrl } from '../../src/ui/safe-url';

const GROUPS: ReadonlyArray<{ kinds: RelatedKind[]; title: string }> = [
  { kinds: ['encyclopedia'], title: 'Read about' },
  { kinds: ['coverage', 'gdelt'], title: 'Same story elsewhere' },
  { kinds: ['events'], title: 'That day' },
];

/**
 * Background links, grouped (the reader's own history has its own, richer section). Links open in a new tab and only on the reader's click: Backstory
 * itself fetches nothing. Only http(s) addresses become links.
 */
export function RelatedSection({ related }: { related: RelatedLink[] }) {
  const groups = GROUPS.map((g) => ({ ...g, links: related.filter((l) => g.kinds.includes(l.kind) && httpUrl(l.url)) })).filter((g) => g.links.length);
  if (!groups.length) return null;
  return (
    <section class="related" aria-labelledby="related-title">
      <h2 id="related-title">Background</h2>
      {groups.map((g) => (
        <div key={g.title} class="related-group">
          <h3>{g.title}</h3>
          <ul>
            {g.links.map((l) => (
              <li key={l.url}>
                <a href={httpUrl(l.url)!} target="_blank" rel="noreferrer noopener">
                  {l.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
