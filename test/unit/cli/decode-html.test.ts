import { describe, expect, it } from 'vitest';
import { decodeHtml, resolveEncoding, sniffDeclaredCharset } from '../../../src/cli/decode-html';
import { encodeWindows1252 } from './support/windows-1252';

const ascii = (text: string) => Buffer.from(text, 'latin1');
const page = (head: string, body: Uint8Array) => Buffer.concat([ascii(`<html><head>${head}</head><body>`), body, ascii('</body></html>')]);

describe('decodeHtml', () => {
  it('reads UTF-8 by default', () => {
    expect(decodeHtml(Buffer.from('<p>Ankara’da</p>'))).toMatchObject({ text: '<p>Ankara’da</p>', encoding: 'utf-8', source: 'default' });
  });

  it('lets a byte-order mark win over a declaration', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="shift_jis"><p>é</p>')]);
    expect(decodeHtml(utf8)).toMatchObject({ text: '<meta charset="shift_jis"><p>é</p>', source: 'bom' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>é</p>', 'utf16le')]);
    expect(decodeHtml(utf16)).toMatchObject({ text: '<p>é</p>', encoding: 'utf-16le' });
  });

  it('follows <meta charset> and http-equiv Content-Type', () => {
    const body = encodeWindows1252('Café “€”');
    expect(decodeHtml(page('<meta charset="windows-1252">', body)).text).toContain('<body>Café “€”</body>');
    expect(decodeHtml(page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', body)).encoding).toBe('windows-1252');
    const turkish = page("<meta http-equiv='content-type' content='text/html;charset=iso-8859-9'>", Buffer.from([0xdd, 0xfe, 0xf0]));
    expect(decodeHtml(turkish).text).toContain('İşğ');
  });

  it('decodes Shift_JIS and the 7-bit ISO-2022-JP', () => {
    expect(decodeHtml(page('<meta charset="Shift_JIS">', Buffer.from([0x93, 0xfa, 0x96, 0x7b]))).text).toContain('日本');
    const jis = Buffer.from([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42]);
    expect(decodeHtml(page('<meta charset="iso-2022-jp">', jis)).text).toContain('日本');
  });

  it('keeps UTF-8 when a page re-saved as UTF-8 still declares its old charset', () => {
    expect(decodeHtml(page('<meta charset="shift_jis">', Buffer.from('日本')))).toMatchObject({ encoding: 'utf-8', source: 'utf-8-content' });
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    expect(decodeHtml(encodeWindows1252('<p>Señor “Café”</p>'))).toMatchObject({ text: '<p>Señor “Café”</p>', source: 'fallback' });
  });

  it('ignores unknown labels, declarations in comments and past the first 1024 bytes', () => {
    const body = Buffer.from('é');
    expect(decodeHtml(page('<meta charset="klingon">', body)).encoding).toBe('utf-8');
    expect(sniffDeclaredCharset(ascii('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">'))).toBe('utf-8');
    expect(sniffDeclaredCharset(ascii(`<head>${' '.repeat(1100)}<meta charset="koi8-r">`))).toBeNull();
  });
});

describe('resolveEncoding', () => {
  it('maps labels as browsers do', () => {
    expect(resolveEncoding('latin1')).toBe('windows-1252');
    expect(resolveEncoding('UTF-16')).toBe('utf-8');
    expect(resolveEncoding('x-user-defined')).toBe('windows-1252');
    expect(resolveEncoding('nonsense')).toBeNull();
  });
});
