import type { Io } from './io';

/** One `backstory <name>` subcommand. Register it in `commands/index.ts`. */
export interface Command {
  name: string;
  /** One line for the global usage. */
  summary: string;
  /** The command's full usage text, printed by `backstory <name> --help` and after a usage error. */
  usage: string;
  /**
   * Runs with the arguments after the command name; resolves to the exit status.
   * Throws `UsageError` for a bad command line and `InputError` for an unreadable input.
   */
  run(args: string[], io: Io): Promise<number>;
}
