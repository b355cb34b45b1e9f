import { useState } from 'preact/hooks';
import { sendToTab } from '../../src/messages';

/**
 * The accessible "Highlight parties" switch: a button with role=switch whose `aria-checked` follows
 * the page's state as the background reports it (the keyboard shortcut can flip it too).
 */
export function HighlightSwitch({ tabId, on }: { tabId: number; on: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    const reply = await sendToTab(tabId, 'set-highlights', { on: !on });
    setBusy(false);
    setError(reply.ok ? null : reply.error);
  };
  return (
    <div class="switch-row">
      <button type="button" role="switch" aria-checked={on} class="switch" disabled={busy} onClick={toggle}>
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-label">Highlight parties</span>
      </button>
      <span class="switch-keys">Alt+Shift+H</span>
      {error && <p class="error">{error}</p>}
    </div>
  );
}
