import { describe, expect, it } from 'vitest';
import { stripSiteName } from '../../../src/core/metadata/headline';
import { copyrightHolder } from '../../../src/core/metadata/publisher';

describe('stripSiteName', () => {
  it('removes a trailing site segment named by the site or its domain', () => {
    expect(stripSiteName('Armenian military maintains call | Anadolu Agency', ['Anadolu Agency'], 'aa.com.tr')).toBe('Armenian military maintains call');
    expect(stripSiteName('Big story - BBC News', [], 'bbc.com')).toBe('Big story');
    expect(stripSiteName('The Verge: Apple news today', ['The Verge'], 'theverge.com')).toBe('Apple news today');
  });

  it('cuts a site segment followed by its tagline', () => {
    expect(stripSiteName('Three Ways to Be the Thermostat — Postlight — Digital Strategy, Design and Engineering', [], 'postlight.com')).toBe('Three Ways to Be the Thermostat');
  });

  it('keeps colons and dashes that belong to the headline', () => {
    expect(stripSiteName('Biden: We will act - now', ['Example Times'], 'example.com')).toBe('Biden: We will act - now');
  });
});

describe('copyrightHolder', () => {
  it('reads the holder of a copyright line', () => {
    expect(copyrightHolder('© 2021 Anadolu Agency. All rights reserved.')).toBe('Anadolu Agency');
    expect(copyrightHolder('Copyright 2021 The Associated Press. All rights reserved.')).toBe('The Associated Press');
    expect(copyrightHolder('© 2015-2021 Example Media Group')).toBe('Example Media Group');
  });
  it('drops an abbreviated legal form: the outlet is the brand, not the company', () => {
    expect(copyrightHolder('© 2006–2016 Garden Table LLC | About | FAQ')).toBe('Garden Table');
    expect(copyrightHolder('Copyright © 2020 Example Media, Inc. All rights reserved.')).toBe('Example Media');
    expect(copyrightHolder('© 2021 British Broadcasting Corporation')).toBe('British Broadcasting Corporation');
  });
  it('returns null without a holder', () => {
    expect(copyrightHolder('© 2021')).toBeNull();
  });
});
