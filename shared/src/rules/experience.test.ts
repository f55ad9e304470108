import { describe, expect, it } from 'vitest';
import type { ServiceEntryLike } from './experience.js';
import { experienceYearsByDomain, totalExperienceYears } from './experience.js';

const asOf = new Date('2025-01-01T10:00:00+08:00');

describe('experienceYearsByDomain', () => {
  it('when one entry covers calendar 2020, then the domain has 1.0 year (366 days / 365.25)', () => {
    const entries: ServiceEntryLike[] = [{ domains: ['elderly_care'], from: '2020-01-01', to: '2020-12-31' }];
    expect(experienceYearsByDomain(entries, asOf)).toEqual({ elderly_care: 1 });
  });

  it('when two entries in a domain overlap, then the overlap is counted once', () => {
    // 2019-01-01 … 2020-12-31 ∪ 2020-01-01 … 2021-06-30 = 2019-01-01 … 2021-06-30 = 912 days → 2.5 years.
    const entries: ServiceEntryLike[] = [
      { domains: ['child_welfare'], from: '2019-01-01', to: '2020-12-31' },
      { domains: ['child_welfare'], from: '2020-01-01', to: '2021-06-30' },
    ];
    expect(experienceYearsByDomain(entries, asOf)).toEqual({ child_welfare: 2.5 });
  });

  it('when an entry lies wholly inside another, then it adds nothing', () => {
    const entries: ServiceEntryLike[] = [
      { domains: ['school'], from: '2018-01-01', to: '2021-12-31' },
      { domains: ['school'], from: '2019-03-01', to: '2019-09-30' },
    ];
    // 1461 days / 365.25 = 4.0
    expect(experienceYearsByDomain(entries, asOf)).toEqual({ school: 4 });
  });

  it('when entries are back to back, then no day is lost or doubled', () => {
    const entries: ServiceEntryLike[] = [
      { domains: ['disability'], from: '2021-01-01', to: '2021-06-30' },
      { domains: ['disability'], from: '2021-07-01', to: '2021-12-31' },
    ];
    // 365 days → 0.999 → 1.0
    expect(experienceYearsByDomain(entries, asOf)).toEqual({ disability: 1 });
  });

  it('when an entry is ongoing, then it runs to asOf inclusive', () => {
    // 2024-07-01 … 2025-01-01 = 185 days → 0.506 → 0.5
    const entries: ServiceEntryLike[] = [{ domains: ['youth_affairs'], from: '2024-07-01', to: null }];
    expect(experienceYearsByDomain(entries, asOf)).toEqual({ youth_affairs: 0.5 });
  });

  it('when an entry lists two domains, then both get its time, and other domains are absent', () => {
    const entries: ServiceEntryLike[] = [
      { domains: ['elderly_care', 'community_building'], from: '2022-01-01', to: '2023-12-31' },
      { domains: ['elderly_care'], from: '2024-01-01', to: '2024-12-31' },
    ];
    // 730 days → 2.0; 730 + 366 = 1096 days → 3.0
    expect(experienceYearsByDomain(entries, asOf)).toEqual({ elderly_care: 3, community_building: 2 });
  });

  it('when an entry starts after asOf or ends before it starts, then it is ignored', () => {
    const entries: ServiceEntryLike[] = [
      { domains: ['medical'], from: '2025-02-01', to: null },
      { domains: ['medical'], from: '2023-05-01', to: '2023-04-01' },
    ];
    expect(experienceYearsByDomain(entries, asOf)).toEqual({});
  });

  it('when an entry ends after asOf, then only the time up to asOf counts', () => {
    // 2024-01-01 … 2025-01-01 = 367 days → 1.005 → 1.0; without clipping 2024-01-01 … 2026-12-31 would be 3.0
    const entries: ServiceEntryLike[] = [{ domains: ['charity'], from: '2024-01-01', to: '2026-12-31' }];
    expect(experienceYearsByDomain(entries, asOf)).toEqual({ charity: 1 });
  });
});

describe('totalExperienceYears', () => {
  it('when posts in different domains overlap, then the total counts the overlap once', () => {
    const entries: ServiceEntryLike[] = [
      { domains: ['elderly_care'], from: '2019-01-01', to: '2020-12-31' },
      { domains: ['social_assistance'], from: '2020-01-01', to: '2021-06-30' },
      { domains: [], from: '2023-01-01', to: '2023-06-30' },
    ];
    // 912 days + 181 days = 1093 days → 2.99 → 3.0
    expect(totalExperienceYears(entries, asOf)).toBe(3);
  });

  it('when there is no history, then the total is 0', () => {
    expect(totalExperienceYears([], asOf)).toBe(0);
  });
});
