import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../src/history/history-entry';
import { readHistory } from '../src/history/history-store';

/** The reader's local history, read once when the popup opens (empty when off or unreadable). */
export function useHistory(): HistoryEntry[] {
  const [history, setHistory] = useState<HistoryEntry[]>([]);
  useEffect(() => {
    readHistory().then(setHistory, () => setHistory([]));
  }, []);
  return history;
}
