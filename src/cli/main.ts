import { version } from '../../package.json';
import type { Command } from './command';
import { COMMANDS } from './commands';
import { EXIT, InputError, UsageError } from './errors';
import { processIo, type Io } from './io';

/**
 * Entry of the `backstory` command (built into dist-cli/backstory.mjs; bin/backstory.mjs calls it).
 * Resolves to the exit status instead of exiting, so output is flushed and tests can call it.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(usage());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    await io.out(usage());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    await io.out(`${version}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.get(name);
  if (!command) {
    io.err(`backstory: unknown ${name.startsWith('-') ? 'option' : 'command'} ${JSON.stringify(name)}\n\n${usage()}`);
    return EXIT.usage;
  }
  return runCommand(command, rest, io);
}

async function runCommand(command: Command, args: string[], io: Io): Promise<number> {
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`backstory ${command.name}: ${error.message}\n\n${command.usage}`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(`backstory ${command.name}: ${error.message}\n`);
      return EXIT.usage;
    }
    io.err(`backstory ${command.name}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.internal;
  }
}

/** The global usage text, listing the commands from the table. */
export function usage(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((name) => name.length)) + 3;
  const commands = [...COMMANDS.values()].map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n');
  return `Usage: backstory <command> [options]

Commands:
${commands}

Options:
  -h, --help   show this help; \`backstory <command> --help\` for a command's
  -V, --version
               print the version

Exit status: 0 done, 1 internal error, 2 usage error or unreadable input.
`;
}
