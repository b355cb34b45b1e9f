/**
 * The CLI's contact with the outside world, passed to every command so commands can be run in-process
 * by tests with captured output.
 */
export interface Io {
  /** Writes to standard output; resolves once written, so a long batch never piles up in memory. */
  out(text: string): Promise<void>;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads all of standard input. */
  readStdin(): Promise<Uint8Array>;
  /** Folder that relative paths are resolved against. */
  cwd: string;
}

/** The real process's streams. */
export function processIo(): Io {
  // `backstory annotate --batch list | head -1` closes our stdout early: stop quietly, as Unix tools do.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    cwd: process.cwd(),
    out: (text) => new Promise((resolve, reject) => process.stdout.write(text, (error) => (error ? reject(error) : resolve()))),
    err: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
