import { describe, expect, it } from 'vitest';
import { applicationReadiness, type ReadinessInput } from './application-readiness.js';

const ready: ReadinessInput = {
  personal: { mobile: '13812348000', districtCode: '310104' },
  education: [{}],
  serviceDomains: ['elderly_care'],
  wishes: { serviceDomains: [] },
};

describe('applicationReadiness', () => {
  it('when phone, district, an education entry and a domain are there, then the worker may apply', () => {
    expect(applicationReadiness(ready)).toEqual({ ready: true, missing: [] });
  });

  it('when the record is empty, then every item is missing, in asking order', () => {
    expect(applicationReadiness({ personal: {}, education: [], serviceDomains: [] })).toEqual({
      ready: false,
      missing: ['contact', 'district', 'education', 'domain'],
    });
  });

  it('when the phone is blank text, then contact is missing', () => {
    expect(applicationReadiness({ ...ready, personal: { mobile: '  ', districtCode: '310104' } }).missing).toEqual([
      'contact',
    ]);
  });

  it('when the only domain is a wished-for one, then the domain counts', () => {
    const wishOnly = { ...ready, serviceDomains: [], wishes: { serviceDomains: ['youth'] } };
    expect(applicationReadiness(wishOnly).ready).toBe(true);
    expect(applicationReadiness({ ...wishOnly, wishes: null }).missing).toEqual(['domain']);
  });
});
