/** `backstory ner --conll FILE` through the built CLI, as other tools run it. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuiltCli, REPO, runCli } from '../cli/support/run-cli';

const notBuilt = ensureBuiltCli();
if (notBuilt) console.warn(`Skipping the ner CLI tests: ${notBuilt}`);

const FIXTURE = join(REPO, 'test/fixtures/ner/harbour-strike.conll');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-ner-'));
  writeFileSync(join(dir, 'empty.conll'), '\n\n');
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'latin1.conll'), Buffer.from('Caf\xe9 O\nLisboa O\n', 'latin1'));
  writeFileSync(join(dir, 'four-columns.conll'), 'Lisbon NNP I-NP I-LOC\r\nrejoices VBZ I-VP O\r\n');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(notBuilt !== null)('backstory ner --conll', () => {
  it('prints every token with an IOB2 tag, keeping sentence and document breaks', async () => {
    const { code, stdout, stderr } = await runCli(['ner', '--conll', FIXTURE]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const input = readFileSync(FIXTURE, 'utf8').split('\n');
    const output = stdout.split('\n');
    expect(output).toHaveLength(input.length);
    output.forEach((line, i) => {
      const [token, expected] = input[i].split(' ');
      if (token === '' || token === '-DOCSTART-') return expect(line).toBe(input[i]);
      const [printed, tag, ...rest] = line.split(' ');
      expect(printed).toBe(token);
      expect(rest).toEqual([]);
      expect(tag).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
      // The hand-written expectations are clear-cut: the shipped model should get them all.
      expect(`${token} ${tag}`).toBe(`${token} ${expected}`);
    });
  });

  it('works from any folder and reads only the first column', async () => {
    const { code, stdout } = await runCli(['ner', '--conll', 'four-columns.conll'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('Lisbon B-LOC\nrejoices O\n');
  });

  it('reads standard input for -', async () => {
    const { code, stdout } = await runCli(['ner', '--conll', '-'], { input: 'Angela\nMerkel\nvisited\nParis\n', cwd: dir });
    expect(code).toBe(0);
    expect(stdout).toBe('Angela B-PER\nMerkel I-PER\nvisited O\nParis B-LOC\n');
  });

  it.each([
    ['a missing file', ['--conll', 'missing.conll'], /cannot read missing\.conll: no such file/],
    ['an empty file', ['--conll', 'empty.conll'], /empty\.conll is empty/],
    ['a binary file', ['--conll', 'image.png'], /image\.png is binary data/],
    ['a file that is not UTF-8', ['--conll', 'latin1.conll'], /latin1\.conll is not UTF-8 text/],
    ['a folder', ['--conll', '.'], /cannot read \.: is a directory/],
  ])('rejects %s with one line on stderr and exit 2', async (_, args, message) => {
    const { code, stdout, stderr } = await runCli(['ner', ...args], { cwd: dir });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('answers a bad command line with its usage and exit 2', async () => {
    for (const args of [[], ['file.conll'], ['--conll']]) {
      const { code, stderr } = await runCli(['ner', ...args], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain('Usage: backstory ner --conll FILE');
    }
  });

  it('prints its usage for --help', async () => {
    const { code, stdout } = await runCli(['ner', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: backstory ner --conll FILE');
  });
});
