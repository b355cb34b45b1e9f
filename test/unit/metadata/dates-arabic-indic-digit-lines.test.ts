import { describe, expect, it } from 'vitest';
import { BODY_TEXT, metadataOf, page } from './support/metadata-of';

/**
 * Lines whose only digits are Arabic-Indic ("نشر في: ٢٥ فبراير ٢٠٢١") were skipped before any
 * parsing by a `/\d/` pre-check, which matches ASCII digits only: an Arabic page with no
 * structured data got no time at all.
 */
describe('date lines written in Arabic-Indic digits', () => {
  it('are read as labelled lines and as the line under the headline', () => {
    const html = page('<title>خبر</title>', `
      <main><article><h1>ألمانيا تخفض توقعات النمو للعام الجاري</h1>
      <div class="meta"><div>نشر في: الخميس ٢٥ فبراير ٢٠٢١ - ١٤:٣٧</div><div>آخر تحديث: الخميس ٢٥ فبراير ٢٠٢١ - ١٦:٠٥</div></div>
      ${BODY_TEXT}</article></main>`, 'ar');
    const { fields } = metadataOf(html, 'https://news.example.org/story');
    expect(fields.published).toBe('2021-02-25T14:37:00');
    expect(fields.modified).toBe('2021-02-25T16:05:00');
  });

  it('without a label, between the headline and the body', () => {
    const html = page('<title>خبر</title>', `
      <main><article><h1>ألمانيا تخفض توقعات النمو للعام الجاري</h1>
      <p>الخميس ٢٥ فبراير ٢٠٢١ - ١٤:٣٧</p>
      ${BODY_TEXT}</article></main>`, 'ar');
    expect(metadataOf(html, 'https://news.example.org/story').fields.published).toBe('2021-02-25T14:37:00');
  });
});
