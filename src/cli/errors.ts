/** Exit statuses of the `backstory` command; part of its contract. */
export const EXIT = {
  ok: 0,
  /** A bug: something threw that should not have. */
  internal: 1,
  /** Bad command line, or an input file (or batch list) that cannot be read. */
  usage: 2,
} as const;

/** A bad command line: the command prints its usage after the message and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** An input that cannot be read: a one-line reason on stderr, exit 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** A short reason for a failed file read ("no such file", "permission denied"...), from Node's error code. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent of the path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
