import { useEffect, useState } from 'preact/hooks';
import { clearHistory, exportHistory, readHistory } from '../src/history/history-store';

/**
 * The local reading history: keep it or not (turning it off deletes it), delete it, export it as
 * JSON. It lives in this browser only and is never synced or sent.
 */
export function HistoryControls({ on, onToggle }: { on: boolean; onToggle: (on: boolean) => void }) {
  const [count, setCount] = useState<number | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const refresh = () => readHistory().then((h) => setCount(h.length), () => setCount(null));
  useEffect(() => void refresh(), []);
  const toggle = async (next: boolean) => {
    onToggle(next);
    if (!next) {
      await clearHistory();
      setStatus('History turned off and deleted.');
      await refresh();
    }
  };
  const erase = async () => {
    await clearHistory();
    setStatus('History deleted.');
    await refresh();
  };
  const download = async () => {
    const blob = new Blob([await exportHistory()], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `backstory-history-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  return (
    <div class="history">
      <label class="toggle">
        <input type="checkbox" checked={on} onChange={(e) => void toggle(e.currentTarget.checked)} />
        <span>
          <span class="label">Keep a history of the articles I read</span>
          <span class="hint">Headline, outlet, dates and key parties of each article, so the popup can show your earlier reading about the same people. Stays in this browser.</span>
        </span>
      </label>
      <p class="hint" aria-live="polite">
        {count === null ? '' : count === 1 ? '1 article in your history.' : `${count} articles in your history.`} {status}
      </p>
      <div class="history-actions">
        <button type="button" onClick={download} disabled={!count}>
          Export as JSON
        </button>
        <button type="button" onClick={erase} disabled={!count}>
          Delete history
        </button>
      </div>
    </div>
  );
}
