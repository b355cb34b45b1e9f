import { expect } from 'vitest';

/** Every field of the Annotation contract (src/core/types.ts) with its JSON type. */
export const CONTRACT_FIELDS = {
  url: 'string',
  isArticle: 'boolean',
  articleConfidence: 'number',
  headline: 'string|null',
  publisher: 'object|null',
  agencies: 'array',
  authors: 'array',
  published: 'string|null',
  modified: 'string|null',
  section: 'string|null',
  lang: 'string|null',
  canonicalUrl: 'string|null',
  parties: 'array',
  quotes: 'array',
  related: 'array',
  evidence: 'object',
} as const;

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Asserts that a parsed CLI output has every contract field, each with the right JSON type. */
export function expectAnnotationShape(value: Record<string, unknown>): void {
  for (const [field, types] of Object.entries(CONTRACT_FIELDS)) {
    expect(value, `field ${field}`).toHaveProperty(field);
    expect(types.split('|'), `type of ${field}`).toContain(jsonType(value[field]));
  }
  expect(value.articleConfidence).toBeGreaterThanOrEqual(0);
  expect(value.articleConfidence).toBeLessThanOrEqual(1);
  const outlets = [value.publisher, ...(value.agencies as unknown[])].filter((o) => o !== null);
  for (const outlet of outlets) expect(typeof (outlet as { name: unknown }).name).toBe('string');
  for (const person of value.authors as unknown[]) expect(typeof (person as { name: unknown }).name).toBe('string');
  for (const date of [value.published, value.modified]) if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}/);
  for (const items of Object.values(value.evidence as Record<string, unknown>)) {
    expect(Array.isArray(items)).toBe(true);
    for (const item of items as Record<string, unknown>[]) {
      expect([typeof item.source, typeof item.detail, typeof item.raw]).toEqual(['string', 'string', 'string']);
    }
  }
}
