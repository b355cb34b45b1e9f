import { describe, expect, it } from 'vitest';
import { isAnnotation, parseContentMessage, parsePopupMessage } from '../../../src/background/validate';
import { sampleAnnotation } from '../ui/sample-annotation';

describe('parseContentMessage', () => {
  it('accepts a well-formed report', () => {
    const annotation = sampleAnnotation();
    expect(parseContentMessage({ type: 'page-annotated', annotation, forced: false, highlighted: true })).toEqual({ type: 'page-annotated', annotation, forced: false, highlighted: true });
    // An older content script (before an update) sends no highlight state: it means off.
    expect(parseContentMessage({ type: 'page-annotated', annotation, forced: false })).toEqual({ type: 'page-annotated', annotation, forced: false, highlighted: false });
  });

  it('rejects other types, missing fields and oversized annotations', () => {
    expect(parseContentMessage({ type: 'get-tab-state', tabId: 1 })).toBeNull();
    expect(parseContentMessage({ type: 'page-annotated', annotation: sampleAnnotation() })).toBeNull();
    const huge = sampleAnnotation({ headline: 'x'.repeat(300_000) });
    expect(parseContentMessage({ type: 'page-annotated', annotation: huge, forced: false })).toBeNull();
    expect(parseContentMessage(null)).toBeNull();
    expect(parseContentMessage('page-annotated')).toBeNull();
  });
});

describe('isAnnotation', () => {
  it('checks the fields the UI reads', () => {
    expect(isAnnotation(sampleAnnotation())).toBe(true);
    expect(isAnnotation({ ...sampleAnnotation(), publisher: 'Reuters' })).toBe(false);
    expect(isAnnotation({ ...sampleAnnotation(), agencies: [{ shortName: 'AP' }] })).toBe(false);
    expect(isAnnotation({ ...sampleAnnotation(), published: 1614218220000 })).toBe(false);
    expect(isAnnotation({ ...sampleAnnotation(), evidence: undefined })).toBe(false);
  });
});

describe('parsePopupMessage', () => {
  it('accepts a tab id and nothing else', () => {
    expect(parsePopupMessage({ type: 'get-tab-state', tabId: 7 })).toEqual({ type: 'get-tab-state', tabId: 7 });
    for (const tabId of [-1, 1.5, '7', null]) expect(parsePopupMessage({ type: 'get-tab-state', tabId })).toBeNull();
  });
});

describe('popup messages', () => {
  it('accepts read-tab-now for a tab id and nothing else', () => {
    expect(parsePopupMessage({ type: 'read-tab-now', tabId: 5 })).toEqual({ type: 'read-tab-now', tabId: 5 });
    expect(parsePopupMessage({ type: 'read-tab-now', tabId: -1 })).toBeNull();
    expect(parsePopupMessage({ type: 'read-tab-now', tabId: '5' })).toBeNull();
    expect(parsePopupMessage({ type: 'run-anything', tabId: 5 })).toBeNull();
  });
});

describe('isAnnotation: parties and quotes from the page', () => {
  it('rejects malformed parties and quotes', () => {
    const party = { name: 'Nikol Pashinyan', type: 'person', role: 'Prime Minister', aliases: [], mentions: 2, key: true };
    expect(isAnnotation(sampleAnnotation({ parties: [party as never], quotes: [{ text: 'We are confirming', speaker: null }] }))).toBe(true);
    expect(isAnnotation(sampleAnnotation({ parties: [{ ...party, type: 'spaceship' } as never] }))).toBe(false);
    expect(isAnnotation(sampleAnnotation({ parties: [{ ...party, name: 42 } as never] }))).toBe(false);
    expect(isAnnotation(sampleAnnotation({ quotes: [{ text: 'x', speaker: 7 } as never] }))).toBe(false);
  });
});
