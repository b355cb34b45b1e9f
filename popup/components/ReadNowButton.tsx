import { useState } from 'preact/hooks';
import { sendToBackground } from '../../src/messages';

/** Reads a tab the content script never ran in; the view updates when the page reports. */
export function ReadNowButton({ tabId }: { tabId: number }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const read = async () => {
    setState({ busy: true, error: null });
    const reply = await sendToBackground('read-tab-now', { tabId });
    setState({ busy: false, error: reply.ok ? null : reply.error });
  };
  return (
    <>
      <button type="button" class="primary" disabled={state.busy} onClick={read}>
        {state.busy ? 'Reading…' : 'Read this page now'}
      </button>
      {state.error && <p class="error">{state.error}</p>}
    </>
  );
}
