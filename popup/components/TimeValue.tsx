import { describeOffset, formatAbsolute, formatRelative, formatUpdateGap, parsePageTime } from '../../src/ui/time';

/**
 * A page time for the reader: absolute in their zone (or as printed, when the page gave no zone),
 * relative, and what the page actually said. For an update, `since` is the publication time.
 */
export function TimeValue({ iso, since }: { iso: string; since?: string | null }) {
  const t = parsePageTime(iso);
  if (!t) return <span class="raw">{iso}</span>;
  const published = parsePageTime(since);
  // An update reads best against the publication; many sites repeat the publication time as "modified".
  const relative =
    since === iso ? 'same as published' : published ? (formatUpdateGap(published, t) ?? 'not after publishing') : formatRelative(t);
  return (
    <>
      <time dateTime={iso}>{formatAbsolute(t)}</time>
      {relative && <span class="relative">{relative}</span>}
      <span class="original">
        page says <code>{iso}</code> ({describeOffset(t)})
      </span>
    </>
  );
}
