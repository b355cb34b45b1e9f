import { useState } from 'preact/hooks';

/** The editable list of sites: add by host or pasted address (normalised), remove one by one. */
export function SitesEditor({ sites, normalize, onAdd, onRemove }: { sites: string[]; normalize: (s: string) => string | null; onAdd: (site: string) => void; onRemove: (site: string) => void }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const site = normalize(draft);
    if (!site) {
      setProblem(`“${draft.trim()}” is not a site name (try example.com).`);
      return;
    }
    setProblem(null);
    setDraft('');
    if (!sites.includes(site)) onAdd(site);
  };
  return (
    <div class="sites">
      <form onSubmit={add} class="add-site">
        <label for="site-input" class="visually-hidden">
          Site to hide Backstory on
        </label>
        <input id="site-input" type="text" placeholder="example.com" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} aria-invalid={problem ? true : undefined} aria-describedby={problem ? 'site-problem' : undefined} />
        <button type="submit">Add</button>
      </form>
      {problem && (
        <p id="site-problem" class="error" role="alert">
          {problem}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="hint">None yet.</p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={`Show Backstory on ${site} again`} onClick={() => onRemove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
