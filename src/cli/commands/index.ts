import type { Command } from '../command';
import { annotateCommand } from './annotate';
import { nerCommand } from './ner';

/**
 * Every `backstory` subcommand, by name. Adding one (e.g. `ner --conll FILE`) is a file beside this
 * one exporting a {@link Command}, plus its line here.
 */
export const COMMANDS: ReadonlyMap<string, Command> = new Map([annotateCommand, nerCommand].map((command) => [command.name, command]));
