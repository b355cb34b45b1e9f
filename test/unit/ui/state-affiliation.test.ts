import { describe, expect, it } from 'vitest';
import { countryName, describeStateAffiliation } from '../../../src/ui/state-affiliation';

describe('describeStateAffiliation', () => {
  it('names the typology model with its code and source', () => {
    expect(describeStateAffiliation('SC')).toBe('State-controlled media (State Media Monitor: SC)');
    expect(describeStateAffiliation('IP')).toBe('Independent public media (State Media Monitor: IP)');
    expect(describeStateAffiliation('XYZ')).toBe('State affiliation: XYZ');
    expect(describeStateAffiliation(null)).toBeNull();
  });
});

describe('countryName', () => {
  it('names the country from its ISO code', () => {
    expect(countryName('TR')).toMatch(/^(Türkiye|Turkey)$/);
    expect(countryName('us')).toBe('United States');
    expect(countryName(null)).toBeNull();
  });
});
