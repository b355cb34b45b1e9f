import { useEffect, useState } from 'preact/hooks';
import { loadSettings, onSettingsChanged } from '../src/settings/storage';

/** Whether the reader turned live results on (options page); follows changes while the popup is open. */
export function useLiveEnabled(): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => {
    loadSettings().then((s) => setOn(s.networkFeatures), () => setOn(false));
    return onSettingsChanged((s) => setOn(s.networkFeatures));
  }, []);
  return on;
}
