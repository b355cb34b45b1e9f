import { describe, expect, it } from 'vitest';
import { parseBatchList } from '../../../src/cli/batch-list';

describe('parseBatchList', () => {
  it('reads PATH<TAB>URL lines, resolving paths against the list folder and skipping blanks and comments', () => {
    const list = '# pages\n\na.html\thttps://example.com/a\r\n  # indented comment\n/abs/b.html\thttps://example.com/b\n';
    expect(parseBatchList(list, '/lists')).toEqual([
      { input: 'a.html', lineNumber: 3, path: '/lists/a.html', url: 'https://example.com/a' },
      { input: '/abs/b.html', lineNumber: 5, path: '/abs/b.html', url: 'https://example.com/b' },
    ]);
  });

  it('gives a line without URL the file:// URL of its path', () => {
    expect(parseBatchList('../pages/c d.html\n', '/lists/x')[0]).toMatchObject({ path: '/lists/pages/c d.html', url: 'file:///lists/pages/c%20d.html' });
  });

  it('turns malformed lines into error entries in place', () => {
    const entries = parseBatchList('a.html https://example.com/a\nb.html\tnot-a-url\nc.html\thttps://e.com/\textra\n', '/l');
    expect(entries.map((e) => ('error' in e ? e.error : 'ok'))).toEqual([
      expect.stringContaining('TAB'),
      expect.stringContaining('not an absolute URL'),
      expect.stringContaining('3 columns'),
    ]);
    expect(entries.map((e) => e.input)).toEqual(['a.html https://example.com/a', 'b.html', 'c.html']);
  });
});
