import { useState } from 'preact/hooks';
import type { Annotation } from '../../src/core/types';
import { sendToTab } from '../../src/messages';
import { Notice } from './Notice';

/** The detector's "no", with the reader's way to overrule it. */
export function NotAnArticle({ annotation, tabId, onAnnotated }: { annotation: Annotation; tabId: number; onAnnotated: () => void }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const annotateAnyway = async () => {
    setState({ busy: true, error: null });
    const reply = await sendToTab(tabId, 'annotate-anyway', {});
    if (reply.ok) onAnnotated();
    else setState({ busy: false, error: reply.error });
  };
  return (
    <Notice title="This page doesn't look like a news article">
      <p>
        Backstory reads articles only, so it stopped here
        {annotation.articleConfidence > 0 ? ` (article likelihood ${Math.round(annotation.articleConfidence * 100)} %)` : ''}.
        “Why?” shows the signals it saw.
      </p>
      <button type="button" class="primary" disabled={state.busy} onClick={annotateAnyway}>
        {state.busy ? 'Reading…' : 'Annotate anyway'}
      </button>
      {state.error && (
        <p role="alert" class="error">
          {state.error}
        </p>
      )}
    </Notice>
  );
}
