import { describe, expect, it } from 'vitest';
import { countryName, describeStateAffiliation, readableSources } from '../../../src/ui/state-affiliation';

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

describe('readableSources', () => {
  it('drops file paths and names Backstory\'s own tables once', () => {
    expect(readableSources('Backstory agency table (src/core/sources/agencies.data.ts); Backstory curated outlet list (data/sources/curated-outlets.ts); state affiliation: State Media Monitor via state-media-profiles (MIT)')).toBe(
      "Backstory's outlet list; state affiliation: State Media Monitor via state-media-profiles (MIT)",
    );
    expect(readableSources(null)).toBeNull();
  });
});
