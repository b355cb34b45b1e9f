/**
 * The `backstory` command as other tools see it: `node bin/backstory.mjs …` against the built CLI,
 * checking output, exit statuses and the JSON contract. Pure helpers are tested beside this file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAnnotationShape } from './support/annotation-shape';
import { encodeWindows1252 } from './support/windows-1252';
import { ensureBuiltCli, REPO, runCli } from './support/run-cli';

const notBuilt = ensureBuiltCli();
if (notBuilt) console.warn(`Skipping the CLI tests: ${notBuilt}`);

const SEED = join(REPO, 'test/fixtures/pages/anadolu-armenia-2021-02-25.html');
const SEED_URL = 'https://www.aa.com.tr/en/world/armenian-military-maintains-call-for-premier-to-resign/2155224';
const PAGE = `<!doctype html><html lang="en"><head><title>Harbour reopens after storm</title></head>
<body><article><h1>Harbour reopens after storm</h1><p>The harbour reopened on Tuesday after a storm closed it for three days.</p></article></body></html>`;

let dir = '';
const inDir = (name: string) => join(dir, name);
const parse = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
  writeFileSync(inDir('page.html'), PAGE);
  writeFileSync(inDir('empty.html'), '');
  writeFileSync(inDir('blank.html'), ' \n\t\n');
  writeFileSync(inDir('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  writeFileSync(inDir('data.json'), JSON.stringify({ title: 'Not a page', html: '<html><body><h1>x</h1></body></html>' }));
  writeFileSync(inDir('notes.txt'), 'Meeting notes\n\nThe harbour reopened on Tuesday.\n');
  writeFileSync(
    inDir('latin.html'),
    encodeWindows1252(
      '<!DOCTYPE html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' +
        '<title>Café a 2 € en Logroño: la peña celebra su año</title></head><body><article>' +
        '<h1>Café a 2 € en Logroño: la peña celebra su año</h1>' +
        '<p>La peña del barrio celebró el sábado su primer año con “café para todos” y música en la plaza.</p>' +
        '</article></body></html>',
    ),
  );
  mkdirSync(inDir('lists'));
  writeFileSync(
    inDir('lists/batch.tsv'),
    [
      '# inputs for the batch test',
      `../page.html\thttps://news.example.com/2021/02/23/harbour-reopens`,
      '',
      `../missing.html\thttps://news.example.com/missing`,
      `${inDir('data.json')}`,
      `../page.html\tnot a url`,
      `../empty.html\thttps://news.example.com/empty`,
    ].join('\n'),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(notBuilt !== null)('backstory CLI', { concurrent: true }, () => {
  describe('usage and exit statuses', () => {
    it('prints usage for --help and exits 0', async () => {
      for (const args of [['--help'], ['annotate', '--help']]) {
        const run = await runCli(args);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/^Usage: backstory/);
      }
    });

    it('prints the package version for --version', async () => {
      const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
      const run = await runCli(['--version']);
      expect([run.code, run.stdout.trim()]).toEqual([0, version]);
    });

    it('exits 2 with usage on stderr for no command, an unknown command or an unknown flag', async () => {
      for (const args of [[], ['summarize', 'page.html'], ['--frobnicate'], ['annotate', '--frobnicate', 'page.html'], ['annotate'], ['annotate', '--url']]) {
        const run = await runCli(args, { cwd: dir });
        expect(run.code, args.join(' ')).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('Usage: backstory');
      }
    });

    it('exits 2 with a one-line reason for a missing or unreadable FILE', async () => {
      for (const file of ['missing.html', 'lists']) {
        const run = await runCli(['annotate', file], { cwd: dir });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
        expect(run.stderr).toContain(file);
      }
      expect((await runCli(['annotate', 'missing.html'], { cwd: dir })).stderr).toContain('no such file');
    });

    it('rejects a relative --url and --pretty or --url with --batch', async () => {
      expect((await runCli(['annotate', '--url', 'example.com/a', 'page.html'], { cwd: dir })).code).toBe(2);
      expect((await runCli(['annotate', '--batch', 'lists/batch.tsv', '--pretty'], { cwd: dir })).code).toBe(2);
      expect((await runCli(['annotate', '--batch', 'lists/batch.tsv', '--url', 'https://a.example/'], { cwd: dir })).code).toBe(2);
    });
  });

  describe('annotate FILE', () => {
    it('prints one compact JSON line with every contract field; url defaults to the file:// URL', async () => {
      const run = await runCli(['annotate', 'page.html'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
      const annotation = parse(run.stdout);
      expectAnnotationShape(annotation);
      expect(annotation.url).toBe(pathToFileURL(inDir('page.html')).href);
      expect(annotation.headline).toBe('Harbour reopens after storm');
    });

    it('reports --url exactly as given', async () => {
      const url = 'https://News.example.com/2021/02/23/harbour-reopens?utm_source=x';
      const annotation = parse((await runCli(['annotate', `--url=${url}`, 'page.html'], { cwd: dir })).stdout);
      expect(annotation.url).toBe(url);
    });

    it('indents with --pretty, same object', async () => {
      const pretty = (await runCli(['annotate', '--pretty', 'page.html'], { cwd: dir })).stdout;
      expect(pretty).toContain('\n  "url": ');
      expect(JSON.parse(pretty)).toEqual(parse((await runCli(['annotate', 'page.html'], { cwd: dir })).stdout));
    });

    it('reads stdin for -, with about:blank as url unless --url is given', async () => {
      const fromStdin = parse((await runCli(['annotate', '-'], { input: PAGE })).stdout);
      expect(fromStdin.url).toBe('about:blank');
      expect(fromStdin.headline).toBe('Harbour reopens after storm');
      const url = 'https://news.example.com/2021/02/23/harbour-reopens';
      const withUrl = parse((await runCli(['annotate', '--url', url, '-'], { input: PAGE })).stdout);
      const fromFile = parse((await runCli(['annotate', '--url', url, 'page.html'], { cwd: dir })).stdout);
      expect(withUrl).toEqual(fromFile);
    });

    it('decodes a windows-1252 page declared by http-equiv', async () => {
      const annotation = parse((await runCli(['annotate', 'latin.html'], { cwd: dir })).stdout);
      expect(annotation.headline).toBe('Café a 2 € en Logroño: la peña celebra su año');
      expect(JSON.stringify(annotation)).not.toContain('\ufffd');
    });

    it.each([
      ['empty.html', 'empty'],
      ['blank.html', 'empty'],
      ['image.png', 'binary'],
      ['data.json', 'not-html'],
      ['notes.txt', 'not-html'],
    ])('gives %s a blank Annotation with isArticle false (%s)', async (file, kind) => {
      const run = await runCli(['annotate', file], { cwd: dir });
      expect(run.code).toBe(0);
      const annotation = parse(run.stdout);
      expectAnnotationShape(annotation);
      expect(annotation).toMatchObject({ isArticle: false, articleConfidence: 0, headline: null, publisher: null, authors: [] });
      expect(JSON.stringify(annotation.evidence)).toContain(`input sniffing: ${kind}`);
    });

    it('annotates the seed fixture page with the full contract', async () => {
      const run = await runCli(['annotate', '--url', SEED_URL, SEED]);
      expect(run.code).toBe(0);
      const annotation = parse(run.stdout);
      expectAnnotationShape(annotation);
      expect(annotation.url).toBe(SEED_URL);
    });
  });

  describe('annotate --batch LIST', () => {
    it('prints one JSON line per input line, in order, "input" first, errors in place, exit 0', async () => {
      const run = await runCli(['annotate', '--batch', 'lists/batch.tsv'], { cwd: dir });
      expect(run.code).toBe(0);
      const lines = run.stdout.trimEnd().split('\n').map(parse);
      expect(lines.map((line) => line.input)).toEqual(['../page.html', '../missing.html', inDir('data.json'), '../page.html', '../empty.html']);
      for (const line of lines) expect(Object.keys(line)[0]).toBe('input');

      const [page, missing, json, badUrl, empty] = lines;
      expectAnnotationShape(page);
      expect(page).toMatchObject({ url: 'https://news.example.com/2021/02/23/harbour-reopens', headline: 'Harbour reopens after storm' });
      expect(missing).toEqual({ input: '../missing.html', error: expect.stringContaining('no such file') });
      expect(json).toMatchObject({ url: pathToFileURL(inDir('data.json')).href, isArticle: false });
      expect(badUrl).toEqual({ input: '../page.html', error: expect.stringContaining('not an absolute URL') });
      expect(empty).toMatchObject({ url: 'https://news.example.com/empty', isArticle: false });
    });

    it('reads the list from stdin, resolving paths against the working folder', async () => {
      const run = await runCli(['annotate', '--batch', '-'], { cwd: dir, input: 'page.html\thttps://news.example.com/a\n' });
      expect(run.code).toBe(0);
      expect(parse(run.stdout)).toMatchObject({ input: 'page.html', url: 'https://news.example.com/a' });
    });

    it('exits 2 when LIST itself is unreadable', async () => {
      const run = await runCli(['annotate', '--batch', 'no-such-list.tsv'], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain('no-such-list.tsv');
    });
  });
});
