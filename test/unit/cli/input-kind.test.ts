import { describe, expect, it } from 'vitest';
import { classifyInput, looksBinary, looksLikeHtml } from '../../../src/cli/input-kind';

const kindOf = (text: string) => classifyInput(Buffer.from(text), text).kind;

describe('looksLikeHtml', () => {
  it.each([
    '<!DOCTYPE html><html><body></body></html>',
    '\n  <html lang="en">',
    '<!-- saved page --><!doctype html>',
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">',
    '<p>A fragment</p>',
    '<br> <b>Warning</b>: session_start(): headers already sent <!DOCTYPE html>',
    'Warning: cannot modify header\n<!DOCTYPE html><html>',
  ])('accepts %j', (text) => expect(looksLikeHtml(text)).toBe(true));

  it.each([
    '{"title": "x", "html": "<html></html>"}',
    '[1, 2, 3]',
    'Plain notes about <p> tags',
    '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>',
    '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    '%PDF-1.7',
    "const PAGE = '<!doctype html><html><body></body></html>';",
  ])('rejects %j', (text) => expect(looksLikeHtml(text)).toBe(false));
});

describe('classifyInput', () => {
  it('tells empty, binary, not-HTML and HTML apart', () => {
    expect(kindOf('')).toBe('empty');
    expect(kindOf(' \r\n\t')).toBe('empty');
    expect(kindOf('{"a": 1}')).toBe('not-html');
    expect(kindOf('<html><body>x</body></html>')).toBe('html');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(classifyInput(png, png.toString('latin1')).kind).toBe('binary');
  });

  it('treats control-byte noise as binary but not UTF-16 text or ISO-2022-JP escapes', () => {
    expect(looksBinary(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))))).toBe(true);
    expect(looksBinary(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html>', 'utf16le')]))).toBe(false);
    expect(looksBinary(Buffer.from([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x1b, 0x28, 0x42]))).toBe(false);
  });
});
