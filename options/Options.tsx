import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, normalizeSite, type Settings } from '../src/settings/settings';
import { loadSettings, onSettingsChanged, updateSettings } from '../src/settings/storage';
import { SitesEditor } from './SitesEditor';
import { HistoryControls } from './HistoryControls';
import { LiveResultsToggle } from './LiveResultsToggle';

type BooleanKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

const TOGGLES: Array<{ key: BooleanKey; label: string; hint: string }> = [
  { key: 'autoShowCard', label: 'Show the Backstory card on articles', hint: 'When off, open the toolbar popup to see what Backstory found.' },
  { key: 'cardCollapsed', label: 'Start the card collapsed to one line', hint: 'The card remembers when you expand or collapse it.' },
  { key: 'alwaysHighlight', label: 'Highlight parties on every article', hint: 'People, organisations and places in the article text, without asking each time.' },
];

/** Every preference, saved as it changes (storage.sync), and kept in step with changes made elsewhere. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings, (e: unknown) => setError(String(e)));
    return onSettingsChanged(setSettings);
  }, []);
  const change = (patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)) => {
    setSettings((shown) => {
      const base = shown ?? DEFAULT_SETTINGS;
      return { ...base, ...(typeof patch === 'function' ? patch(base) : patch) };
    });
    updateSettings(patch).then(setSettings, (e: unknown) => setError(`Could not save: ${String(e)}`));
  };
  if (!settings) return <main class="options">{error ? <p class="error">{error}</p> : <p>Loading…</p>}</main>;
  return (
    <main class="options">
      <h1>Backstory options</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="reading">
        <h2 id="reading">Reading</h2>
        {TOGGLES.map((t) => (
          <label key={t.key} class="toggle">
            <input type="checkbox" checked={settings[t.key]} onChange={(e) => change({ [t.key]: e.currentTarget.checked })} />
            <span>
              <span class="label">{t.label}</span>
              <span class="hint">{t.hint}</span>
            </span>
          </label>
        ))}
      </section>
      <section aria-labelledby="sites">
        <h2 id="sites">Sites where Backstory stays hidden</h2>
        <p class="hint">No card and no highlights on these sites and their subdomains. The popup still works there.</p>
        <SitesEditor
          sites={settings.disabledSites}
          normalize={normalizeSite}
          onAdd={(site) => change((s) => ({ disabledSites: [...s.disabledSites.filter((x) => x !== site), site].sort() }))}
          onRemove={(site) => change((s) => ({ disabledSites: s.disabledSites.filter((x) => x !== site) }))}
        />
      </section>
      <section aria-labelledby="history">
        <h2 id="history">Your reading history</h2>
        <HistoryControls on={settings.readingHistory} onToggle={(readingHistory) => change({ readingHistory })} />
      </section>
      <section aria-labelledby="privacy">
        <h2 id="privacy">Privacy</h2>
        <p class="hint">Backstory reads pages in your browser and sends nothing anywhere unless you turn on live results below. It has no analytics.</p>
        <LiveResultsToggle on={settings.networkFeatures} onChange={(networkFeatures) => change({ networkFeatures })} />
      </section>
    </main>
  );
}
