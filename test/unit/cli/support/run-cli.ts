import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
/** The launcher under test: the same file `npx backstory` runs. */
export const BIN = `${REPO}bin/backstory.mjs`;
const BUILT = `${REPO}dist-cli/backstory.mjs`;

/** Output of one CLI run. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/backstory.mjs ...args` with optional stdin bytes and working folder. Asynchronous, so
 * tests can run side by side (each run pays Node's start-up and, for `annotate`, jsdom's load).
 */
export function runCli(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/**
 * Makes sure dist-cli/ holds a built CLI: builds it when missing (`npm test` builds before vitest, so
 * this only runs for `vitest` alone). Returns null when ready, else why the CLI tests must be skipped.
 * It does not rebuild a stale build: run `npm run build` after changing src/.
 */
export function ensureBuiltCli(): string | null {
  if (existsSync(BUILT)) return null;
  const build = spawnSync(process.execPath, [`${REPO}node_modules/vite/bin/vite.js`, 'build', '--config', 'vite.cli.config.ts'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (build.status === 0 && existsSync(BUILT)) return null;
  return `dist-cli/backstory.mjs is missing and \`vite build --config vite.cli.config.ts\` failed:\n${build.stderr || build.stdout}`;
}
