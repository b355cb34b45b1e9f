import { describe, expect, it } from 'vitest';
import { leadOutlet, publisherDiffers } from '../../../src/ui/outlets';
import { sampleAnnotation } from './sample-annotation';

describe('leadOutlet', () => {
  it('puts the credited agency first', () => {
    expect(leadOutlet(sampleAnnotation())).toMatchObject({ role: 'agency', outlet: { name: 'Anadolu Agency' } });
  });

  it('falls back to the publisher, then to nothing', () => {
    expect(leadOutlet(sampleAnnotation({ agencies: [] }))).toMatchObject({ role: 'publisher', outlet: { name: 'Example News' } });
    expect(leadOutlet(sampleAnnotation({ agencies: [], publisher: null }))).toBeNull();
  });
});

describe('publisherDiffers', () => {
  it('ignores case and accents', () => {
    const a = sampleAnnotation({ publisher: { name: 'Agence France-Presse' } });
    expect(publisherDiffers(a, { name: 'agence france-présse' })).toBe(false);
    expect(publisherDiffers(a, { name: 'Reuters' })).toBe(true);
    expect(publisherDiffers(sampleAnnotation({ publisher: null }), { name: 'Reuters' })).toBe(false);
  });
});
