import { describe, expect, it } from 'vitest';
import { httpUrl } from '../../../src/ui/safe-url';

describe('httpUrl', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(httpUrl('https://www.aa.com.tr/en/europe/x/2156034')).toBe('https://www.aa.com.tr/en/europe/x/2156034');
    expect(httpUrl('http://example.com')).toBe('http://example.com/');
  });

  it('refuses every other scheme and anything relative', () => {
    for (const bad of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/author/x', '', null, undefined]) {
      expect(httpUrl(bad), String(bad)).toBeNull();
    }
  });
});
