import { useState } from 'preact/hooks';
import { useTabState, type TabView } from './use-tab-state';
import { ArticleSummary } from './components/ArticleSummary';
import { NotAnArticle } from './components/NotAnArticle';
import { Notice } from './components/Notice';
import { WhyView } from './components/WhyView';
import { ReadNowButton } from './components/ReadNowButton';

/** The popup: what Backstory knows about one tab, with a "Why?" view of the evidence. */
export function App() {
  const { view, reload } = useTabState();
  const [showWhy, setShowWhy] = useState(false);
  return (
    <div class="popup">
      <header class="bar">
        <span class="mark" aria-hidden="true">
          B
        </span>
        <span class="brand">Backstory</span>
        {view.status === 'ready' && (
          <button type="button" class="why-toggle" aria-pressed={showWhy} onClick={() => setShowWhy(!showWhy)}>
            {showWhy ? 'Back to summary' : 'Why?'}
          </button>
        )}
      </header>
      <main>
        <Body view={view} showWhy={showWhy} reload={reload} />
      </main>
    </div>
  );
}

function Body({ view, showWhy, reload }: { view: TabView; showWhy: boolean; reload: () => void }) {
  switch (view.status) {
    case 'loading':
      return <p role="status" class="loading">Reading this tab…</p>;
    case 'failed':
      return (
        <Notice title="Backstory could not get this tab’s details">
          <p>{view.error}</p>
        </Notice>
      );
    case 'unread':
      return (
        <Notice title="Backstory hasn’t read this page">
          <p>
            It reads web pages (http and https) once they have loaded. Browser pages such as settings, new tabs and the
            extension store are closed to extensions.
          </p>
          <p>If this page was already open when Backstory was installed or updated, Backstory can read it now.</p>
          {view.tabId !== null && <ReadNowButton tabId={view.tabId} />}
        </Notice>
      );
    case 'ready': {
      const { annotation, forced } = view.state;
      if (showWhy) return <WhyView annotation={annotation} />;
      if (!annotation.isArticle && !forced) return <NotAnArticle annotation={annotation} tabId={view.tabId} onAnnotated={reload} />;
      return <ArticleSummary annotation={annotation} forced={forced} tabId={view.tabId} highlighted={view.state.highlighted === true} />;
    }
  }
}
