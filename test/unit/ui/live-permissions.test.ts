import { describe, expect, it } from 'vitest';
import { livePermissions } from '../../../src/ui/live-permissions';
import { LIVE_ORIGINS } from '../../../src/live/live-client';

describe('livePermissions', () => {
  it('asks Chrome for the two services only (it rejects data_collection)', () => {
    expect(livePermissions('chrome-extension://abcdefghijklmnop/')).toEqual({ origins: [...LIVE_ORIGINS] });
  });

  it('asks Firefox also for consent to send website content', () => {
    expect(livePermissions('moz-extension://0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b/')).toEqual({ origins: [...LIVE_ORIGINS], data_collection: ['websiteContent'] });
  });
});
