import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { livePermissions } from '../src/ui/live-permissions';

/**
 * The one switch for network features. Turning it on asks the browser for access to the two
 * services (optional host permissions; in Firefox also consent to send website content) first; turning it
 * off gives that back.
 */
export function LiveResultsToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async (next: boolean) => {
    setProblem(null);
    try {
      if (next) {
        // Must run inside the click: the browser shows its permission prompt only for a user action.
        const granted = await browser.permissions.request(livePermissions(browser.runtime.getURL('')) as { origins: string[] });
        if (!granted) {
          setProblem('Live results stay off: the browser did not grant access to GDELT and Wikipedia.');
          return;
        }
      } else {
        await browser.permissions.remove(livePermissions(browser.runtime.getURL('')) as { origins: string[] }).catch(() => false);
      }
      onChange(next);
    } catch (e) {
      setProblem(`Could not change live results: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <>
      <label class="toggle">
        <input type="checkbox" checked={on} onChange={(e) => void toggle(e.currentTarget.checked)} />
        <span>
          <span class="label">Live results from GDELT and Wikipedia</span>
          <span class="hint">
            Off by default. When on, opening the popup asks GDELT for other coverage of the story, and opening a party’s summary asks Wikipedia: those services then see the
            names and headline words searched for (never the page address, never cookies). Results are cached for half an hour.
          </span>
        </span>
      </label>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
