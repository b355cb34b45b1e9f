import { zipSync, unzipSync, type Zippable } from 'fflate';

/**
 * Deterministic zips for the store packages: entries sorted by path, one fixed timestamp, Unix
 * permissions 0644 (0755 for executables), deflate level 9. The same inputs give the same bytes
 * on any machine and in any time zone (the DOS timestamp is built from local date parts).
 */
export interface ZipEntry {
  path: string;
  data: Uint8Array;
  executable?: boolean;
}

/** 1 Jan 2000 00:00 local time; DOS timestamps cannot go below 1980. */
const FIXED_MTIME = new Date(2000, 0, 1, 0, 0, 0);

export function makeZip(entries: ZipEntry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files: Zippable = {};
  for (const e of sorted) {
    if (e.path.startsWith('/') || e.path.split('/').includes('..') || e.path.includes('\\')) throw new Error(`bad zip path: ${e.path}`);
    if (e.path in files) throw new Error(`duplicate zip path: ${e.path}`);
    const mode = e.executable ? 0o100755 : 0o100644;
    files[e.path] = [e.data, { level: 9, mtime: FIXED_MTIME, os: 3, attrs: mode << 16 }];
  }
  return zipSync(files);
}

/** Path → bytes for every file in a zip (directories left out). */
export function readZip(zip: Uint8Array): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const [path, data] of Object.entries(unzipSync(zip))) if (!path.endsWith('/')) out.set(path, data);
  return out;
}
