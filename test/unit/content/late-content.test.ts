// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPageChanges, type PageChange } from '../../../content-scripts/page-changes';

/**
 * The late-content watcher counts the text that mutations add and remove: an article body rendered
 * after load is a reason to read again; a node added and taken away, or our own card (its text is in a
 * shadow root), is not.
 */
describe('watchPageChanges: late content', () => {
  let changes: PageChange[];
  let stop: AbortController;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<header><h1>Loading…</h1></header><main id="app"></main>';
    changes = [];
    stop = new AbortController();
    watchPageChanges((c) => changes.push(c), stop.signal);
  });

  afterEach(() => {
    stop.abort();
    vi.useRealTimers();
  });

  const paragraph = (words: number) => {
    const p = document.createElement('p');
    p.textContent = Array.from({ length: words }, (_, i) => `word${i}`).join(' ');
    return p;
  };

  /** Lets the mutation observer's microtask run, then the check and settle timers. */
  async function settle(): Promise<void> {
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(2_000);
  }

  it('reads again when an article body arrives after load', async () => {
    document.getElementById('app')!.append(paragraph(100), paragraph(100));
    await settle();
    expect(changes).toEqual(['content-arrived']);
  });

  it('ignores a little text (a widget, a ticker)', async () => {
    document.getElementById('app')!.append(paragraph(10));
    await settle();
    expect(changes).toEqual([]);
  });

  it('ignores text that is added and removed again', async () => {
    const big = paragraph(200);
    document.getElementById('app')!.append(big);
    big.remove();
    await settle();
    expect(changes).toEqual([]);
  });

  it('counts a replacement by what it adds beyond what it removes', async () => {
    const placeholder = paragraph(150);
    document.getElementById('app')!.append(placeholder);
    await settle();
    expect(changes).toEqual(['content-arrived']);
    // The same amount of text swapped for another: no new content.
    placeholder.replaceWith(paragraph(150));
    await settle();
    expect(changes).toEqual(['content-arrived']);
  });

  it('ignores an element whose text is in a shadow root (our card)', async () => {
    const host = document.createElement('backstory-overlay');
    host.attachShadow({ mode: 'open' }).append(paragraph(300));
    document.body.append(host);
    await settle();
    expect(changes).toEqual([]);
  });
});
