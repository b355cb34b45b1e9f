import { describe, expect, it } from 'vitest';
import { routeOf } from '../../../content-scripts/page-changes';

describe('routeOf', () => {
  it('treats a plain anchor as the same page', () => {
    expect(routeOf('https://news.example/story#comments')).toBe('https://news.example/story');
  });
  it('keeps hash routes of single-page sites', () => {
    expect(routeOf('https://news.example/#/story/2')).toBe('https://news.example/#/story/2');
    expect(routeOf('https://news.example/#!story-2')).toBe('https://news.example/#!story-2');
  });
  it('keeps query strings', () => {
    expect(routeOf('https://news.example/app?story=2')).toBe('https://news.example/app?story=2');
  });
});
